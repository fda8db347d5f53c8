import Foundation
import RolesCore

/// `roles exposure --json` and `POST /v1/exposure`.
public struct ExposureResponse: Encodable, Sendable {
    public struct QueryInfo: Encodable, Sendable {
        public var source: String
        public var statements: Int
        public var recognised: Int
    }

    public var query: QueryInfo
    public var exposure: TextExposure
    public var index: IndexSummary

    public init(source: String, exposure: TextExposure, index: RolesIndex) {
        self.query = QueryInfo(source: source, statements: exposure.statements, recognised: exposure.recognised)
        self.exposure = exposure
        self.index = IndexSummary(index)
    }
}

/// A role as adjacency reports compare it: exposure, pay and preparation beside its identity.
public struct RoleFacts: Codable, Sendable {
    public var id: String
    public var soc: String?
    public var title: String
    public var preparation: Int?
    public var exposure: ExposureShares?
    public var wage: Wage?

    public init(index: RolesIndex, role idx: Int) throws {
        let role = index.roles[idx]
        id = role.id
        soc = role.soc
        title = role.title
        preparation = role.preparation
        exposure = try index.exposure(ofRole: idx)
        wage = try index.wage(ofRole: idx)
    }
}

/// One adjacent role: how close, what carries over, what is missing, and how it compares.
public struct AdjacentRole: Codable, Sendable {
    public var id: String
    public var soc: String?
    public var title: String
    /// The ranking score. From a role: the fitted probability (0–1) that the move is among the role's
    /// closest related occupations (`AdjacencyModel`). From a person's text: the move probabilities of
    /// the roles the text matches, weighted by match confidence, plus the text's cosine with the role
    /// (`Adjacency.personScores`).
    public var score: Float
    public var text: Float
    /// How alike the two roles' closest roles are; absent for moves from a person's text.
    public var neighbourhood: Float?
    /// Symmetric skill overlap (cosine of the two profiles).
    public var skills: Float
    /// Share of this role's weighted profile the origin already has.
    public var coverage: Float
    /// For a move from a role: the parts of the score's log-odds (score = 1 / (1 + e^−Σ parts)).
    public var scoreParts: AdjacencyModel.Parts?
    public var shared: [SkillPart]
    public var gaps: [SkillPart]
    public var preparation: Int?
    /// This role's preparation level minus the origin's.
    public var preparationChange: Int?
    public var exposure: ExposureShares?
    /// This role's β minus the origin's.
    public var betaChange: Float?
    public var wage: Wage?
    /// This role's median wage over the origin's.
    public var wageRatio: Double?
}

/// `roles adjacent --json` and `GET /v1/roles/{id}/adjacent`.
public struct AdjacentResponse: Encodable, Sendable {
    /// The role the moves start from; for a person's text, the closest role.
    public var role: RoleFacts?
    /// For a person's text: the skills found in it and its exposure β.
    public var person: PersonProfile?
    public var adjacent: [AdjacentRole]
    public var saferMoves: [String]
    public var index: IndexSummary

    public init(role: RoleFacts?, person: PersonProfile?, adjacent: [AdjacentRole], saferMoves: [String], index: IndexSummary) {
        self.role = role
        self.person = person
        self.adjacent = adjacent
        self.saferMoves = saferMoves
        self.index = index
    }
}

/// What a person's text says about their skills.
public struct PersonProfile: Codable, Sendable {
    /// Technologies, skills and knowledge named in the text, and work activities of the tasks its
    /// statements resemble, heaviest first.
    public var skills: [SkillPart]
    public var beta: Float?
}

/// The moves part of a match report.
public struct Transitions: Codable, Sendable {
    /// The closest role, where the person is taken to be now.
    public var from: RoleFacts
    public var person: PersonProfile
    public var adjacent: [AdjacentRole]
    public var saferMoves: [String]

    public init?(_ response: AdjacentResponse) {
        guard let from = response.role, let person = response.person else { return nil }
        self.from = from
        self.person = person
        self.adjacent = response.adjacent
        self.saferMoves = response.saferMoves
    }
}

/// The exposure and transitions of a matched text, as `roles match` reports them.
public enum MatchReport {
    /// Adjacent roles shown in a match report.
    public static let shownMoves = 5

    /// The exposure of the text's statements and the moves from its closest role; each part is nil when
    /// the index or the text cannot support it (no labels; no statement resembling a task).
    /// - Parameters:
    ///   - query: the text as a query, when a match has made it already.
    ///   - matches: the match's roles, best first, when a match has ranked them already.
    ///   - textScores: the query's cosine with every role, when a match has computed it
    ///     (`MatchResult.textScores`).
    public static func extras(
        text: String, source: String, index: RolesIndex, query: Query? = nil, matches: [RoleMatch]? = nil, textScores: [Float]? = nil
    ) -> (TextExposure?, Transitions?) {
        let neighbours = try? TaskNeighbours(index: index)
        return extras(text: text, source: source, classifier: try? ExposureClassifier(index: index, neighbours: neighbours),
                      finder: AdjacentFinder(index: index, neighbours: neighbours), query: query, matches: matches, textScores: textScores)
    }

    /// The same with a classifier (nil when the index has no labels) and a finder kept between texts.
    public static func extras(
        text: String, source: String, classifier: ExposureClassifier?, finder: AdjacentFinder, query: Query? = nil,
        matches: [RoleMatch]? = nil, textScores: [Float]? = nil
    ) -> (TextExposure?, Transitions?) {
        let exposure = try? classifier?.classify(text, source: source, textScores: textScores)
        let moves = try? finder.adjacent(
            toText: text, source: source, top: shownMoves, beta: exposure?.beta, query: query, matches: matches, textScores: textScores)
        return (exposure, moves.flatMap(Transitions.init))
    }
}
