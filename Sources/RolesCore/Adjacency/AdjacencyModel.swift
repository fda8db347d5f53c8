import Foundation

/// The second stage of role-to-role adjacency: a logistic model that re-ranks each role's closest roles
/// by the first-stage score (`Adjacency.score`) using how the pair compares on several measures at once.
///
/// Features of a move from role i to role j, all computed from the index's own data:
/// - `text`, `neighbourhood`: the two cosines of the first stage.
/// - `gap`, `rise`: preparation levels between the two, unsigned and signed (j minus i); 0 when unknown.
/// - `logRank`, `logReverseRank`: ln(1 + rank) of j among i's roles and of i among j's, by first-stage
///   score (0 is the closest). A move that both sides rank high is a better move.
/// - `relativeNeighbourhood`: the neighbourhood cosine over the row's largest one.
/// - `zText`: the text cosine as a z-score within i's row, so a role whose text is like many others'
///   is not favoured for that alone.
/// - `sameMajor`, `sameBroad`: 1 when the SOC codes share their major group (two digits) or their broad
///   occupation (five digits).
/// - With O*NET ratings on both sides: `knowledge` and `skills` (cosines of the importance ratings) and
///   their z-scores within i's row.
///
/// The coefficients are fitted by `Tools/fit-adjacency` on O*NET Related Occupations (29.3): every role's
/// 60 first-stage candidates, labelled 1 when O*NET lists the candidate as a Primary related occupation.
/// Fivefold cross-validated (folds by origin role, three seeds), recall@10 of Primary rose from 0.580 to
/// 0.608 and nDCG@20 from 0.729 to 0.751 with ratings; without ratings the model reaches 0.591 / 0.733.
/// A pairwise (RankNet-style) fit of the same features gave 0.612, within noise, and loses the
/// probability a caller can read, so the pointwise fit is kept.
/// The coefficients apply to raw feature values (the fit's standardization is folded into them).
public enum AdjacencyModel {
    /// First-stage candidates re-ranked per role.
    public static let candidates = 60

    /// One set of coefficients: the intercept, then one per feature in `Features` order.
    public struct Coefficients: Sendable {
        public var intercept: Float
        public var weights: [Float]
    }

    /// A move's feature values, in the order of the coefficients.
    public struct Features: Sendable {
        public var text: Float
        public var neighbourhood: Float
        public var gap: Float
        public var rise: Float
        public var logRank: Float
        public var logReverseRank: Float
        public var relativeNeighbourhood: Float
        public var zText: Float
        public var sameMajor: Float
        public var sameBroad: Float
        /// Knowledge cosine, skill cosine and their row z-scores, when both roles have ratings.
        public var ratings: (knowledge: Float, skills: Float, zKnowledge: Float, zSkills: Float)?

        public init(
            text: Float, neighbourhood: Float, gap: Float, rise: Float, logRank: Float, logReverseRank: Float,
            relativeNeighbourhood: Float, zText: Float, sameMajor: Float, sameBroad: Float,
            ratings: (knowledge: Float, skills: Float, zKnowledge: Float, zSkills: Float)?
        ) {
            self.text = text
            self.neighbourhood = neighbourhood
            self.gap = gap
            self.rise = rise
            self.logRank = logRank
            self.logReverseRank = logReverseRank
            self.relativeNeighbourhood = relativeNeighbourhood
            self.zText = zText
            self.sameMajor = sameMajor
            self.sameBroad = sameBroad
            self.ratings = ratings
        }

        var values: [Float] {
            var values = [text, neighbourhood, gap, rise, logRank, logReverseRank, relativeNeighbourhood, zText, sameMajor, sameBroad]
            if let ratings { values += [ratings.knowledge, ratings.skills, ratings.zKnowledge, ratings.zSkills] }
            return values
        }
    }

    /// A move's log-odds in named parts, each the sum of its features' terms (weight times value); the
    /// probability is `1 / (1 + exp(−logit))`. This is how a move's score is explained.
    public struct Parts: Equatable, Sendable, Codable {
        /// The intercept: the log-odds of a move with every feature at zero.
        public var baseline: Float
        /// Text and neighbourhood cosines, the neighbourhood relative to the row's best, the text z-score.
        public var similarity: Float
        /// Ranks of each role in the other's first stage.
        public var ranks: Float
        /// Preparation levels between the two, and up or down.
        public var preparation: Float
        /// Same SOC major group, same broad occupation.
        public var occupationGroup: Float
        /// Knowledge and skill rating cosines and their z-scores; 0 without ratings.
        public var ratings: Float

        public init(baseline: Float, similarity: Float, ranks: Float, preparation: Float, occupationGroup: Float, ratings: Float) {
            self.baseline = baseline
            self.similarity = similarity
            self.ranks = ranks
            self.preparation = preparation
            self.occupationGroup = occupationGroup
            self.ratings = ratings
        }

        public var logit: Float { baseline + similarity + ranks + preparation + occupationGroup + ratings }
        public var probability: Float { 1 / (1 + exp(-logit)) }
    }

    /// The parts of a move's log-odds under the model its ratings allow.
    public static func parts(_ features: Features) -> Parts {
        let model = features.ratings == nil ? textOnly : withRatings
        let values = features.values
        precondition(values.count == model.weights.count, "one coefficient per feature")
        let terms = zip(model.weights, values).map { $0 * $1 }
        // Feature order: text, neighbourhood, gap, rise, logRank, logReverseRank, relativeNeighbourhood,
        // zText, sameMajor, sameBroad, then the four rating features.
        return Parts(
            baseline: model.intercept, similarity: terms[0] + terms[1] + terms[6] + terms[7], ranks: terms[4] + terms[5],
            preparation: terms[2] + terms[3], occupationGroup: terms[8] + terms[9], ratings: terms.dropFirst(10).reduce(0, +))
    }

    /// The fitted probability that a move is among O*NET's Primary related occupations of its origin.
    public static func probability(_ features: Features) -> Float {
        parts(features).probability
    }

    /// 1 when two SOC codes (`NN-NNNN`) share their major group, and when they share their broad occupation.
    public static func socGroups(_ a: String?, _ b: String?) -> (major: Float, broad: Float) {
        guard let a, let b, a.count >= 7, b.count >= 7 else { return (0, 0) }
        return (a.prefix(2) == b.prefix(2) ? 1 : 0, a.prefix(6) == b.prefix(6) ? 1 : 0)
    }

    // Fitted by Tools/fit-adjacency; see the type's comment. Knowledge and skill cosines enter as a
    // contrast (almost equal and opposite weights): two roles whose knowledge is more alike than their
    // skills are closer than their skills alone say.
    static let textOnly = Coefficients(
        intercept: -0.896345,
        weights: [-1.5665, -5.22592, -0.403134, -0.129726, -1.03271, -0.293504, 7.78211, 0.241293, -0.328687, 1.08665])
    static let withRatings = Coefficients(
        intercept: -1.05261,
        weights: [0.192659, -4.41689, -0.395569, -0.138522, -1.10341, -0.227489, 7.44616, 0.158887, -0.392178, 1.06366,
                  28.704, -28.3452, 0.0085366, -0.0142256])
}

/// All pairs of a set of roles, with what the second stage needs: the first stage's order of every row,
/// each row's statistics, and the roles' preparation levels, SOC codes and rating cosines.
public struct AdjacencyPairs: Sendable {
    /// Cosines of two roles' knowledge and skill importance ratings; `has` marks roles with both kinds.
    public struct Ratings: Sendable {
        public var knowledge: [Float]
        public var skills: [Float]
        public var has: [Bool]

        public init(knowledge: [Float], skills: [Float], has: [Bool]) {
            self.knowledge = knowledge
            self.skills = skills
            self.has = has
        }
    }

    public let n: Int
    public let text: [Float]
    public let neighbourhood: [Float]
    /// Per row, the other roles by first-stage score, best first (ties by index).
    public let order: [[Int32]]
    let rank: [Int32]
    let preparation: [Int?]
    let soc: [String?]
    let textRows: RowStatistics
    let neighbourhoodRows: RowStatistics
    let ratings: Ratings?
    let knowledgeRows: RowStatistics?
    let skillRows: RowStatistics?

    /// - Parameters:
    ///   - text: text cosines, R × R row-major.
    ///   - neighbourhood: neighbourhood cosines, R × R.
    ///   - first: the first-stage score of a move from row to column.
    public init(
        text: [Float], neighbourhood: [Float], preparation: [Int?], soc: [String?], ratings: Ratings?,
        first: (Int, Int) -> Float
    ) {
        let n = preparation.count
        precondition(text.count == n * n && neighbourhood.count == n * n, "R × R matrices")
        self.n = n
        self.text = text
        self.neighbourhood = neighbourhood
        self.preparation = preparation
        self.soc = soc
        order = Parallel.map(n) { _, i in
            var scores = [Float](repeating: -.infinity, count: n)
            for j in 0..<n where j != i { scores[j] = first(i, j) }
            var order = (0..<Int32(n)).filter { Int($0) != i }
            order.sort { a, b in
                let x = scores[Int(a)], y = scores[Int(b)]
                return x > y || (x == y && a < b)
            }
            return order
        }
        var rank = [Int32](repeating: 0, count: n * n)
        for i in 0..<n {
            for (position, j) in order[i].enumerated() { rank[i * n + Int(j)] = Int32(position) }
        }
        self.rank = rank
        textRows = RowStatistics(text, rowCount: n)
        neighbourhoodRows = RowStatistics(neighbourhood, rowCount: n)
        self.ratings = ratings
        knowledgeRows = ratings.map { RowStatistics($0.knowledge, rowCount: n, included: $0.has) }
        skillRows = ratings.map { RowStatistics($0.skills, rowCount: n, included: $0.has) }
    }

    /// The features of the move from role i to role j.
    public func features(_ i: Int, _ j: Int) -> AdjacencyModel.Features {
        let at = i * n + j
        let groups = AdjacencyModel.socGroups(soc[i], soc[j])
        let rise: Float = if let a = preparation[i], let b = preparation[j] { Float(b - a) } else { 0 }
        var rated: (knowledge: Float, skills: Float, zKnowledge: Float, zSkills: Float)?
        if let ratings, let knowledgeRows, let skillRows, ratings.has[i] && ratings.has[j] {
            rated = (ratings.knowledge[at], ratings.skills[at],
                     knowledgeRows.z(ratings.knowledge[at], row: i), skillRows.z(ratings.skills[at], row: i))
        }
        return AdjacencyModel.Features(
            text: text[at], neighbourhood: neighbourhood[at], gap: abs(rise), rise: rise,
            logRank: log1p(Float(rank[at])), logReverseRank: log1p(Float(rank[j * n + i])),
            relativeNeighbourhood: neighbourhood[at] / neighbourhoodRows.maximum[i],
            zText: textRows.z(text[at], row: i), sameMajor: groups.major, sameBroad: groups.broad, ratings: rated)
    }

    /// Role i's first-stage candidates re-ranked by the model, most probable first (equal probabilities
    /// keep the first stage's order), with the parts of each one's log-odds.
    public func reranked(_ i: Int) -> [(other: Int, probability: Float, parts: AdjacencyModel.Parts)] {
        let scored = order[i].prefix(AdjacencyModel.candidates).enumerated().map { position, j in
            let parts = AdjacencyModel.parts(features(i, Int(j)))
            return (position: position, other: Int(j), probability: parts.probability, parts: parts)
        }
        return scored.sorted { a, b in
            a.probability > b.probability || (a.probability == b.probability && a.position < b.position)
        }.map { ($0.other, $0.probability, $0.parts) }
    }
}

/// Per-row statistics of an R × R similarity matrix, diagonal left out: what z-scores and relative
/// values within a row divide by.
public struct RowStatistics: Sendable {
    public var mean: [Float]
    public var deviation: [Float]
    public var maximum: [Float]

    /// - Parameter included: rows (and columns) that take part; others get mean 0, deviation 1.
    public init(_ matrix: [Float], rowCount n: Int, included: [Bool]? = nil) {
        mean = [Float](repeating: 0, count: n)
        deviation = [Float](repeating: 1, count: n)
        maximum = [Float](repeating: 1, count: n)
        for i in 0..<n where included?[i] ?? true {
            var sum: Double = 0, squares: Double = 0, count = 0
            var largest = -Float.infinity
            for j in 0..<n where j != i && (included?[j] ?? true) {
                let x = matrix[i * n + j]
                sum += Double(x)
                squares += Double(x) * Double(x)
                count += 1
                largest = max(largest, x)
            }
            guard count > 0 else { continue }
            let m = sum / Double(count)
            let variance = max(0, squares / Double(count) - m * m)
            mean[i] = Float(m)
            if variance > 0 { deviation[i] = Float(variance.squareRoot()) }
            if largest > 0 { maximum[i] = largest }
        }
    }

    public func z(_ x: Float, row: Int) -> Float { (x - mean[row]) / deviation[row] }
}
