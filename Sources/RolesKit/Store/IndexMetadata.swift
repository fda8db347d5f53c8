import RolesCore

/// What an index records about how it was built.
public struct IndexMetadata: Codable, Equatable, Sendable {
    public var schemaVersion: Int
    public var builtAt: String
    public var toolVersion: String
    public var analyzer: Analyzer.Settings
    public var weights: FieldWeights
    public var weighting: String
    public var attribution: [String]

    public static let weightingDescription =
        "sublinear tf (1 + ln c) of field-weighted counts, smoothed idf ln((1 + N) / (1 + df)) + 1, L2-normalized"
}

/// A file or folder an index was built from, with the SHA-256 of its content.
public struct IndexSource: Codable, Equatable, Sendable {
    /// `corpus`, `onet`, …
    public var kind: String
    /// A stable name within the kind: `Corpus` for the corpus, the file name for O*NET files.
    public var name: String
    /// Absolute path when built.
    public var path: String
    public var sha256: String

    public init(kind: String, name: String, path: String, sha256: String) {
        self.kind = kind
        self.name = name
        self.path = path
        self.sha256 = sha256
    }
}

/// Counts an index holds, as `roles index info` shows them.
public struct IndexCounts: Codable, Equatable, Sendable {
    public var roles: Int
    public var titles: Int
    public var tasks: Int
    public var skills: Int
    public var terms: Int
}
