/// How two roles compare as a move from one (the origin) to the other (the destination).
public struct AdjacencyScore: Equatable, Sendable, Codable {
    /// The ranking score: for a move between two roles, the second stage's probability
    /// (`AdjacencyModel.probability`); for a move from a person's text, `Adjacency.personScores`.
    public var score: Float
    /// Cosine of the two roles' text vectors (what the work is described as).
    public var text: Float
    /// Cosine of the two roles' rows of text similarities: how alike their closest roles are. Nil for
    /// a person's text, which has no row.
    public var neighbourhood: Float?
    /// Cosine of the two skill profiles (the symmetric overlap).
    public var skills: Float
    /// Share of the destination's weighted profile the origin already has (one-way, 0…1).
    public var coverage: Float
    /// For a move between two roles, the parts of the score's log-odds. Nil for a person's text.
    public var parts: AdjacencyModel.Parts?

    public init(score: Float, text: Float, neighbourhood: Float? = nil, skills: Float, coverage: Float, parts: AdjacencyModel.Parts? = nil) {
        self.score = score
        self.text = text
        self.neighbourhood = neighbourhood
        self.skills = skills
        self.coverage = coverage
        self.parts = parts
    }
}

/// A skill shared by two profiles, or missing from the origin.
public struct SkillPart: Equatable, Sendable, Codable {
    public var name: String
    public var kind: SkillItem.Kind
    /// For a shared skill, its part of the skill overlap (the product of the two unit weights); for a
    /// gap, its share of the destination's weighted profile.
    public var weight: Float

    public init(name: String, kind: SkillItem.Kind, weight: Float) {
        self.name = name
        self.kind = kind
        self.weight = weight
    }
}

/// The maths of adjacency, shared by the index build, role-to-role and text-to-role comparisons.
public enum Adjacency {
    /// Weights of the first-stage adjacency score (role-to-role moves are then re-ranked by
    /// `AdjacencyModel`): text similarity (titles, tasks, descriptions, activities,
    /// technologies) and neighbourhood similarity (roles whose closest roles are alike: two nursing
    /// specialties share their neighbours even where their wording differs), minus a small penalty per
    /// preparation level between the two. Skill-profile overlap is reported and explains each move, but
    /// weighs nothing in the ranking: on O*NET Related Occupations (29.3) every mix that gave it weight
    /// ranked worse (text alone recall@10 0.564, nDCG@20 0.717; 0.8 text + 0.2 skills 0.532 / 0.686).
    /// The weights were chosen on one random half of the occupations and checked on the other, in both
    /// directions (text 0.85, neighbourhood 0.15 and a penalty of 0.003 or 0.006 chosen each time; on
    /// the held-out halves recall@10 rose from 0.558 to 0.571 and from 0.570 to 0.589).
    public static let textWeight: Float = 0.85
    public static let neighbourhoodWeight: Float = 0.15
    public static let skillsWeight: Float = 0
    public static let preparationPenalty: Float = 0.005
    /// Adjacent roles stored per role at build.
    public static let storedPerRole = 50

    /// The score of a move between two roles.
    public static func score(text: Float, neighbourhood: Float, skills: Float, preparationGap: Int) -> Float {
        textWeight * text + neighbourhoodWeight * neighbourhood + skillsWeight * skills - preparationPenalty * Float(preparationGap)
    }

    /// Roles a person's text matches whose moves are mixed into the person's moves.
    public static let personRoles = 3
    /// Weight of the text's own cosine with a role in the score of a move from a person's text.
    public static let personTextWeight: Float = 1

    /// Scores of moves from a person's text, for every role: the stored move probabilities of the roles
    /// the text matches best, each weighted by its match confidence (and a matched role counting as a
    /// move of probability 1 from itself), plus `personTextWeight` times the text's cosine with the role.
    /// The person is who their closest roles say they are, and their own wording breaks ties and reaches
    /// roles no stored move lists. On the development set's texts against O*NET Related Occupations of
    /// each text's occupation (Tools/eval --only adjacency), recall@10 of Primary was 0.376 with text and
    /// skill similarity alone and is 0.544 with this. In the trials that chose it, the best match's moves
    /// alone gave 0.531, the mixture of three 0.549 and the mixture plus the text 0.547 (kept: the
    /// person's own words still count). The figures were chosen on these texts, so they are not a clean test.
    /// - Parameters:
    ///   - matched: the matched roles, best first, with their confidence and stored moves (role, probability).
    ///   - text: the text's cosine with every role.
    public static func personScores(matched: [(role: Int, confidence: Float, moves: [(other: Int, probability: Float)])], text: [Float]) -> [Float] {
        var scores = text.map { personTextWeight * $0 }
        let total = matched.reduce(Float(0)) { $0 + $1.confidence }
        for (role, confidence, moves) in matched {
            let weight = total > 0 ? confidence / total : 1 / Float(matched.count)
            scores[role] += weight
            for (other, probability) in moves { scores[other] += weight * probability }
        }
        return scores
    }

    /// Levels between two preparation levels, 0 when either is unknown.
    public static func preparationGap(_ a: Int?, _ b: Int?) -> Int {
        guard let a, let b else { return 0 }
        return abs(a - b)
    }

    /// Share of `destination`'s weighted profile (raw weights times idf) that `origin` has.
    /// - Complexity: O(m + n), a merge of the two index lists.
    public static func coverage(of destination: SparseVector, by origin: SparseVector) -> Float {
        let total = destination.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var i = 0, j = 0
        var covered: Float = 0
        while i < destination.indices.count && j < origin.indices.count {
            if destination.indices[i] == origin.indices[j] {
                covered += destination.values[i]
                i += 1
                j += 1
            } else if destination.indices[i] < origin.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return covered / total
    }

    /// An item of a profile with its weight, before it is named.
    public typealias Weighted = (index: Int32, weight: Float)

    /// The items both profiles have, with their part of the overlap (the product of the two unit weights).
    /// - Complexity: O(m + n), a merge of the two sorted index lists.
    public static func overlap(origin: SparseVector, destination: SparseVector) -> [Weighted] {
        var found: [Weighted] = []
        var i = 0, j = 0
        while i < origin.indices.count && j < destination.indices.count {
            if origin.indices[i] == destination.indices[j] {
                found.append((origin.indices[i], origin.values[i] * destination.values[j]))
                i += 1
                j += 1
            } else if origin.indices[i] < destination.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return found
    }

    /// The destination's items the origin lacks, with their share of the destination's weighted profile.
    /// - Complexity: O(m + n), a merge of the two sorted index lists.
    public static func missing(origin: SparseVector, destinationWeights: SparseVector) -> [Weighted] {
        let total = destinationWeights.values.reduce(0, +)
        guard total > 0 else { return [] }
        var found: [Weighted] = []
        var j = 0
        for (index, weight) in zip(destinationWeights.indices, destinationWeights.values) {
            while j < origin.indices.count && origin.indices[j] < index { j += 1 }
            if j < origin.indices.count && origin.indices[j] == index { continue }
            found.append((index, weight / total))
        }
        return found
    }

    /// The items that can be among the `limit` heaviest once named: every one at least as heavy as the
    /// `limit`-th (ties at the cut are kept, for names to break them). Only these need names.
    public static func heaviest(_ items: [Weighted], limit: Int) -> [Weighted] {
        guard limit > 0 else { return [] }
        guard items.count > limit else { return items }
        let bar = items.map(\.weight).sorted(by: >)[limit - 1]
        return items.filter { $0.weight >= bar }
    }

    /// Names the heaviest of `weighted` and returns the `limit` heaviest parts, heaviest first (ties by
    /// name). An item without a name is passed over, as if it were not there.
    /// - Parameter candidates: `heaviest(weighted, limit: limit)`, when the caller has it already.
    public static func named(_ weighted: [Weighted], candidates: [Weighted]? = nil, items: (Int32) -> SkillItem?, limit: Int) -> [SkillPart] {
        func name(_ list: [Weighted]) -> [SkillPart] {
            list.compactMap { part in items(part.index).map { SkillPart(name: $0.name, kind: $0.kind, weight: part.weight) } }
        }
        let candidates = candidates ?? heaviest(weighted, limit: limit)
        var parts = name(candidates)
        if parts.count < min(limit, candidates.count) { parts = name(weighted) }
        parts.sort(by: Self.heavierFirst)
        return Array(parts.prefix(limit))
    }

    /// The skills both profiles have, by their part of the overlap, largest first.
    public static func shared(origin: SparseVector, destination: SparseVector, items: (Int32) -> SkillItem?, limit: Int) -> [SkillPart] {
        named(overlap(origin: origin, destination: destination), items: items, limit: limit)
    }

    /// The destination's skills the origin lacks, by their share of the destination's weighted profile.
    public static func gaps(origin: SparseVector, destinationWeights: SparseVector, items: (Int32) -> SkillItem?, limit: Int) -> [SkillPart] {
        named(missing(origin: origin, destinationWeights: destinationWeights), items: items, limit: limit)
    }

    /// Heavier parts first; ties by name, so the order is stable.
    public static func heavierFirst(_ a: SkillPart, _ b: SkillPart) -> Bool {
        a.weight > b.weight || (a.weight == b.weight && a.name < b.name)
    }
}
