import ArgumentParser
import Foundation
import RolesKit

enum RolesVersionString {
    static let value = RolesVersion.current
}

/// The index option every reading command shares.
struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The index file to read.", valueName: "path"))
    var index: String?

    /// Opens the index named by `--index`, or the built-in one, building it from `Corpus/` first when it
    /// is missing or out of date.
    func open() throws -> RolesIndex {
        if let index { return try RolesIndex(path: index) }
        guard let location = IndexLocation.builtIn() else {
            throw CLIError("no index given and no Corpus/ folder found from here; pass --index PATH, or run from the roles folder.")
        }
        if IndexLocation.needsBuild(location) {
            Console.note("building the built-in index from \(location.corpus) …")
            _ = try IndexBuilder.build(BuildSources(corpus: location.corpus), to: location.index)
        }
        do {
            return try RolesIndex(path: location.index)
        } catch StoreError.schemaMismatch {
            // The built-in index is ours to rebuild: it was written by another version of roles.
            Console.note("rebuilding the built-in index from \(location.corpus) for this version of roles …")
            _ = try IndexBuilder.build(BuildSources(corpus: location.corpus), to: location.index)
            return try RolesIndex(path: location.index)
        }
    }
}

/// How many results to show.
struct TopOption: ParsableArguments {
    static let limit = 1000

    @Option(name: .long, help: ArgumentHelp("How many roles to list (1–\(Self.limit)).", valueName: "n"))
    var top: Int = 10

    func validate() throws {
        guard (1...Self.limit).contains(top) else {
            throw ValidationError("--top must be a whole number from 1 to \(Self.limit); got \(top).")
        }
    }
}

/// A runtime failure with a message for the person at the terminal (exit code 1).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

enum Console {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("roles: \(message)\n".utf8))
    }

    static func printJSON(_ value: some Encodable) throws {
        var data = try RolesJSON.encoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}
