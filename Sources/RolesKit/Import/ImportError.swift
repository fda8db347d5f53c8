/// Why a source could not be imported. Each message names the file (and line and column where there is
/// one) and says what to do.
public enum ImportError: Error, CustomStringConvertible, Equatable {
    case missingFile(path: String, what: String)
    case unreadable(path: String, reason: String)
    case missingColumn(path: String, column: String)
    case malformedRow(path: String, line: Int, column: Int, message: String)
    case invalidCorpus(problems: [CorpusProblem])
    case sourceMoved(path: String)
    case sourceChanged(path: String)

    public var description: String {
        switch self {
        case .missingFile(let path, let what):
            "\(path): missing; \(what)."
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)); check that the file exists and is readable text."
        case .missingColumn(let path, let column):
            "\(path): the header has no column \"\(column)\"; use the file in its published format, unchanged."
        case .malformedRow(let path, let line, let column, let message):
            "\(path):\(line):\(column): \(message)"
        case .invalidCorpus(let problems):
            problems.map(\.description).joined(separator: "\n")
                + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in the corpus; fix them and build again."
        case .sourceMoved(let path):
            "\(path): recorded as a source of the index but no longer there; put it back or run `roles index build` with the new location."
        case .sourceChanged(let path):
            "\(path): changed since the index was built; run `roles index build` with the same options to index the new content."
        }
    }
}

/// A problem found in a corpus file, with the line it is on.
public struct CorpusProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
