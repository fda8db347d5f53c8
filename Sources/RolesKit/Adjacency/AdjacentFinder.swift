import Foundation
import RolesCore

/// Ranks the roles a person or a role can move to, with what carries over and what is missing.
public final class AdjacentFinder {
    public static let shownShared = 5
    public static let shownGaps = 5
    /// A statement passes on the work activities of its nearest task statement only when the two are at
    /// least this similar; below it, the nearest task is a guess (a skills list, a heading).
    public static let minimumTaskSimilarity: Float = 0.2
    /// Longest skill name looked for, in words: technology names run to five or six words.
    static let longestPhrase = 8

    public let index: RolesIndex
    let matcher: Matcher
    /// Role positions by id.
    lazy var roleIndex: [String: Int] = Dictionary(index.roles.map { ($0.id, $0.idx) }, uniquingKeysWith: { first, _ in first })
    private var sharedNeighbours: TaskNeighbours?
    /// The reader of the shared task search when there is one, so both fill one set of caches.
    let reader: TransitionReader
    /// For the text's and the person's scores over every role, one after the other.
    private let workspace: GatherWorkspace

    /// - Parameter neighbours: a task search to share with an exposure classifier of the same index.
    public init(index: RolesIndex, neighbours: TaskNeighbours? = nil) {
        self.index = index
        self.matcher = neighbours?.matcher ?? Matcher(index: index)
        self.sharedNeighbours = neighbours
        self.reader = neighbours?.reader ?? TransitionReader(index: index)
        self.workspace = GatherWorkspace(roleCount: index.roles.count)
    }

    func neighbours() throws -> TaskNeighbours {
        if let sharedNeighbours { return sharedNeighbours }
        let made = try TaskNeighbours(index: index, reader: reader)
        sharedNeighbours = made
        return made
    }

    /// The stored closest roles of a role.
    public func adjacent(toRole idx: Int, top: Int) throws -> AdjacentResponse {
        let origin = try reader.facts(ofRole: idx)
        let profile = try reader.profile(ofRole: idx)
        let stored = try index.adjacent(toRole: idx, limit: top)
        let moves = try stored.map { other, score in
            try move(to: other, score: score, profile: profile, originBeta: origin.exposure?.beta, origin: origin)
        }
        return AdjacentResponse(
            role: origin, person: nil, adjacent: moves, saferMoves: SaferMoves.select(moves, minimumShare: SaferMoves.minimumShareFromRole),
            index: IndexSummary(index))
    }

    /// The roles closest to a person's text, leaving out the role the text matches best (where the person
    /// is now): the stored moves of the roles the text matches (`Adjacency.personScores`), plus the text's
    /// own similarity to each role; what carries over and what is missing are the person's own. A text
    /// that names no skill and has no statement like a task (a bare title) is taken to have the profile
    /// of the role it matches best, so its moves read like that role's.
    /// - Parameters:
    ///   - query: the text as a query when the caller has it already (from a match).
    ///   - matches: the text's matches when the caller has them already, best first; used when there are
    ///     at least `Adjacency.personRoles`.
    ///   - textScores: the query's cosine with every role when the caller has it already (a match of the
    ///     same query computes it).
    public func adjacent(
        toText text: String, source: String, top: Int, beta: Float?, query: Query? = nil, matches: [RoleMatch]? = nil,
        textScores given: [Float]? = nil
    ) throws -> AdjacentResponse {
        let query = try query ?? matcher.query(text, source: source)
        let roleCount = index.roles.count
        let textScores: [Float]
        if let given, given.count == roleCount {
            textScores = given
        } else {
            query.load(into: workspace)
            textScores = BLASRanker.scores(weights: query.weights, workspace: workspace)
        }
        let matched = try (matches.flatMap { $0.count >= Adjacency.personRoles ? $0 : nil }
            ?? matcher.match(text, source: source, top: Adjacency.personRoles, detail: .terms).matches)
            .prefix(Adjacency.personRoles)
            .compactMap { match in roleIndex[match.id].map { (role: $0, confidence: match.confidence) } }
        let current = matched.first?.role ?? (textScores.indices.max { textScores[$0] < textScores[$1] } ?? 0)
        let found = try personProfile(text, textScores: textScores)
        let person = found.weights.isEmpty ? try reader.profile(ofRole: current) : found
        guard !person.weights.isEmpty else { throw MatchError.noTasks(source: source) }
        let postings = try reader.skillPostings(person.vector.indices)
        workspace.load(person.vector.indices.map { postings[$0] ?? SparseVector() })
        let skillScores = BLASRanker.scores(weights: person.vector.values, workspace: workspace)
        let stored = try matched.map { try (role: $0.role, confidence: $0.confidence, moves: reader.storedMoves(ofRole: $0.role)) }
        var blended = Adjacency.personScores(
            matched: stored.map { ($0.role, $0.confidence, $0.moves.map { ($0.other, $0.score.score) }) },
            text: textScores)
        blended[current] = -.infinity
        let origin = try reader.facts(ofRole: current)
        let personBeta = beta ?? origin.exposure?.beta
        let moves = try TopK.select(blended, k: min(top, max(0, roleCount - 1))).map { best in
            let profile = try reader.profile(ofRole: best.index)
            let score = AdjacencyScore(
                score: best.score, text: textScores[best.index], skills: skillScores[best.index],
                coverage: Adjacency.coverage(of: profile.weights, by: person.weights))
            return try move(to: best.index, score: score, profile: StoredProfile(weights: person.weights, vector: person.vector),
                            originBeta: personBeta, origin: origin)
        }
        // The skills the text itself shows; none for a bare title.
        let items = try reader.skillItems(found.vector.indices)
        var skills: [SkillPart] = []
        for (id, weight) in zip(found.vector.indices, found.vector.values) {
            if let item = items[id] { skills.append(SkillPart(name: item.name, kind: item.kind, weight: weight)) }
        }
        skills.sort(by: Adjacency.heavierFirst)
        return AdjacentResponse(
            role: origin, person: PersonProfile(skills: Array(skills.prefix(12)), beta: beta), adjacent: moves,
            saferMoves: SaferMoves.select(moves, minimumShare: SaferMoves.minimumShareFromText), index: IndexSummary(index))
    }

    /// A person's skill profile: technologies, skills and knowledge areas the text names (on word
    /// boundaries, after the same analysis as the index), and the work activities of the task statement
    /// closest to each of its statements, weighted by that similarity; then weighted by specificity.
    public func personProfile(_ text: String, textScores: [Float]? = nil) throws -> StoredProfile {
        var raw: [Int32: Float] = [:]
        let neighbours = try neighbours()
        for id in try reader.skillItems(inText: text, analyzer: matcher.analyzer, longest: Self.longestPhrase) { raw[id] = 1 }
        var activityWeights: [String: Float] = [:]
        for statement in neighbours.statements(of: text, textScores: textScores) {
            guard let found = try neighbours.nearest(statement), let nearest = found.nearest,
                  found.best >= Self.minimumTaskSimilarity else { continue }
            for activity in try reader.activities(ofTask: nearest.task) {
                activityWeights["activity:" + activity.id, default: 0] += nearest.similarity
            }
        }
        for (key, id) in try reader.skillItemIDs(keys: activityWeights.keys) {
            raw[id, default: 0] += activityWeights[key] ?? 0
        }
        let items = try reader.skillItems(raw.keys)
        let weights = SparseVector(Dictionary(uniqueKeysWithValues: raw.compactMap { id, weight in
            items[id].map { (Int(id), Float(TFIDFWeighting.tf(Double(weight))) * $0.idf) }
        }))
        return StoredProfile(weights: weights, vector: weights.normalized())
    }

    func move(to other: Int, score: AdjacencyScore, profile: StoredProfile, originBeta: Float?, origin: RoleFacts) throws -> AdjacentRole {
        let destination = try reader.profile(ofRole: other)
        let facts = try reader.facts(ofRole: other)
        // Names are read only for the items that can be shown.
        let overlap = Adjacency.overlap(origin: profile.vector, destination: destination.vector)
        let missing = Adjacency.missing(origin: profile.vector, destinationWeights: destination.weights)
        let heaviestShared = Adjacency.heaviest(overlap, limit: Self.shownShared)
        let heaviestGaps = Adjacency.heaviest(missing, limit: Self.shownGaps)
        let lookup = try reader.skillItemLookup((heaviestShared + heaviestGaps).map(\.index))
        var wageRatio: Double? = nil
        if let mine = origin.wage?.median, mine > 0, let theirs = facts.wage?.median { wageRatio = theirs / mine }
        var preparationChange: Int? = nil
        if let mine = origin.preparation, let theirs = facts.preparation { preparationChange = theirs - mine }
        var betaChange: Float? = nil
        if let mine = originBeta, let theirs = facts.exposure?.beta { betaChange = theirs - mine }
        return AdjacentRole(
            id: facts.id, soc: facts.soc, title: facts.title, score: score.score, text: score.text,
            neighbourhood: score.neighbourhood, skills: score.skills,
            coverage: score.coverage, scoreParts: score.parts,
            shared: Adjacency.named(overlap, candidates: heaviestShared, items: lookup, limit: Self.shownShared),
            gaps: Adjacency.named(missing, candidates: heaviestGaps, items: lookup, limit: Self.shownGaps),
            preparation: facts.preparation, preparationChange: preparationChange, exposure: facts.exposure,
            betaChange: betaChange, wage: facts.wage, wageRatio: wageRatio)
    }
}
