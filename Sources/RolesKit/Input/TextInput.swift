import Foundation

/// Why an input text could not be read.
public enum InputError: Error, CustomStringConvertible, Equatable, Sendable {
    case missing(source: String)
    case unreadable(source: String, reason: String)
    case tooLarge(source: String, limit: Int)
    case binary(source: String)
    case notUTF8(source: String, offset: Int)

    public var description: String {
        switch self {
        case .missing(let source):
            "\(source): no such file; check the path."
        case .unreadable(let source, let reason):
            "\(source): cannot be read (\(reason))."
        case .tooLarge(let source, let limit):
            "\(source) is larger than the \(limit / (1 << 20)) MiB limit for one text; split it, or use `roles match --batch` with one text per line."
        case .binary(let source):
            "\(source) looks like a binary file (it contains NUL bytes); convert PDF or Word documents to plain text first."
        case .notUTF8(let source, let offset):
            "\(source) is not UTF-8 text (invalid byte at offset \(offset)); convert it, for example with `iconv -t UTF-8`."
        }
    }
}

/// Reads one text (a resume, a job ad) from a file or standard input, within a size limit, so that
/// memory stays bounded whatever is passed in.
public enum TextInput {
    /// The largest text one match takes: a resume or job ad is a few kilobytes, and a megabyte is a
    /// small book. The same limit applies to HTTP request bodies.
    public static let maxBytes = 1 << 20

    /// Reads `path`, or standard input when `path` is `-` or nil.
    public static func read(_ path: String?) throws(InputError) -> (text: String, source: String) {
        let source = path == nil || path == "-" ? "standard input" : path!
        let data: Data
        if let path, path != "-" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(source: path) }
            if isDirectory.boolValue { throw .unreadable(source: path, reason: "it is a folder") }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(source: path, reason: "permission denied") }
            defer { try? handle.close() }
            data = try readBounded(handle, source: source)
        } else {
            data = try readBounded(FileHandle.standardInput, source: source)
        }
        return (try decode(data, source: source), source)
    }

    static func readBounded(_ handle: FileHandle, source: String) throws(InputError) -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 16) } catch { throw .unreadable(source: source, reason: "\(error)") }
            guard let chunk, !chunk.isEmpty else { break }
            data.append(chunk)
            if data.count > maxBytes { throw .tooLarge(source: source, limit: maxBytes) }
        }
        return data
    }

    /// Decodes UTF-8, refusing binary files and invalid bytes with a message that says where.
    public static func decode(_ data: Data, source: String) throws(InputError) -> String {
        if data.contains(0) { throw .binary(source: source) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Find the first invalid byte to name it.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw .notUTF8(source: source, offset: offset)
    }
}
