import Foundation
import RolesCore

/// The JSON documents `roles` prints with `--json` and serves over HTTP: one set of types, one encoder.
public enum RolesJSON {
    /// Snake-case keys in alphabetical order (the same bytes for the same answer, run after run), no
    /// escaped slashes.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// Where an answer came from: the index file and what it was built from, with the attribution its
/// sources require.
public struct IndexSummary: Codable, Equatable, Sendable {
    public var path: String
    public var builtAt: String
    public var toolVersion: String
    public var roles: Int
    public var sources: [String]
    public var attribution: [String]

    public init(_ index: RolesIndex) {
        path = index.path
        builtAt = index.metadata.builtAt
        toolVersion = index.metadata.toolVersion
        roles = index.roles.count
        sources = Array(Set(index.sources.map(\.kind))).sorted()
        attribution = index.metadata.attribution
    }
}

/// `roles match --json`.
public struct MatchResponse: Codable, Sendable {
    public struct QueryInfo: Codable, Sendable {
        public var source: String
        /// Distinct terms (words and word pairs) in the text.
        public var terms: Int
        /// How many of them the index knows.
        public var knownTerms: Int
    }
    public var query: QueryInfo
    public var matches: [RoleMatch]
    /// Which statements of the text are exposed to AI; absent when the index has no labels or no
    /// statement resembles a task.
    public var exposure: TextExposure?
    /// Where the person can move; absent when the text shows no skills the index knows.
    public var transitions: Transitions?
    public var index: IndexSummary

    public init(source: String, result: MatchResult, index: RolesIndex, exposure: TextExposure? = nil, transitions: Transitions? = nil) {
        query = QueryInfo(source: source, terms: result.distinctTerms, knownTerms: result.knownTerms)
        matches = result.matches
        self.exposure = exposure
        self.transitions = transitions
        self.index = IndexSummary(index)
    }
}

/// A role found by `roles search`, with its alternate titles so a caller sees why it matched.
public struct SearchMatch: Codable, Sendable {
    public var id: String
    public var soc: String?
    public var title: String
    public var score: Float
    public var alternateTitles: [String]
    public var why: MatchExplanation
}

/// `roles search --json`.
public struct SearchResponse: Codable, Sendable {
    public var query: String
    public var matches: [SearchMatch]
    public var index: IndexSummary

    public init(query: String, matches: [SearchMatch], index: IndexSummary) {
        self.query = query
        self.matches = matches
        self.index = index
    }
}

/// `roles index info --json`.
public struct InfoResponse: Codable, Sendable {
    public var path: String
    public var schemaVersion: Int
    public var builtAt: String
    public var toolVersion: String
    public var counts: IndexCounts
    public var sources: [IndexSource]
    public var analyzer: Analyzer.Settings
    public var weights: FieldWeights
    public var weighting: String
    public var attribution: [String]

    public init(_ index: RolesIndex) throws {
        path = index.path
        schemaVersion = index.metadata.schemaVersion
        builtAt = index.metadata.builtAt
        toolVersion = index.metadata.toolVersion
        counts = try index.counts()
        sources = index.sources
        analyzer = index.metadata.analyzer
        weights = index.metadata.weights
        weighting = index.metadata.weighting
        attribution = index.metadata.attribution
    }
}

/// One output line of `roles match --batch`: the matches for an input line, or why it failed.
public enum BatchRecord: Encodable, Sendable {
    case matches(id: String, matches: [RoleMatch])
    /// `id` is nil when the line was unreadable; `line` is its 1-based line number in the input.
    case error(id: String?, line: Int, message: String)

    enum CodingKeys: String, CodingKey { case id, matches, line, error }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .matches(let id, let matches):
            try container.encode(id, forKey: .id)
            try container.encode(matches, forKey: .matches)
        case .error(let id, let line, let message):
            try container.encode(id, forKey: .id)
            try container.encode(line, forKey: .line)
            try container.encode(message, forKey: .error)
        }
    }
}
