import Crypto
import Foundation

/// SHA-256 of the sources an index is built from, to tell later whether they changed.
enum SourceHash {
    static func file(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path: path, reason: "no such file or no permission")
        }
        return hex(SHA256.hash(data: data))
    }

    /// The hash of bytes already read.
    static func bytes(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// One hash over several files: each file's name and content, in the given order.
    static func files(_ paths: [(name: String, path: String)]) throws -> String {
        var hasher = SHA256()
        for (name, path) in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ImportError.unreadable(path: path, reason: "no such file or no permission")
            }
            hasher.update(data: Data(name.utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: Data(SHA256.hash(data: data)))
        }
        return hex(hasher.finalize())
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
