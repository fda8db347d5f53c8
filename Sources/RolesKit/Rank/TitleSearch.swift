import RolesCore

/// Finds roles by title or keywords: the roles whose documents score best are re-ranked by how close
/// their nearest title is, so "AP clerk" puts the role titled that way above roles that merely mention it.
/// A query that is one of the roles' titles adds their share of `ExactTitles.weight`, as `Matcher.match`
/// does, so of the roles all titled `Cashier` the one it names most is first, and each is a candidate.
public struct TitleSearch {
    /// Weight of the nearest title's cosine in the final score; the role document's cosine gets the rest.
    /// Even: a title alone should not outrank a role whose whole description fits the words.
    public static let titleWeight: Float = 0.5
    /// Candidates re-ranked, at least: deep enough that a role with a matching title but a weaker
    /// document still reaches the re-ranking.
    public static let minimumCandidates = 50

    let matcher: Matcher

    public init(index: RolesIndex) {
        matcher = Matcher(index: index)
    }

    public func search(_ text: String, top: Int) throws -> [SearchMatch] {
        let index = matcher.index
        // A short query is a title: its abbreviations are spelled out, as in `Matcher.match`.
        let reading = TitleChannel.read(text)
        let query: Query
        do {
            query = try matcher.query(reading.title ?? text, source: "the query")
        } catch MatchError.noKnownWords where reading.grams != nil {
            return try searchByGrams(reading, top: top)
        }
        let workspace = matcher.workspace
        query.load(into: workspace)
        let scores = BLASRanker.scores(weights: query.weights, workspace: workspace)
        let vector = query.vector
        var exact = [Float](repeating: 0, count: scores.count)
        if reading.title != nil, let titles = try matcher.exactQuery(text, spelled: reading.spelled) {
            TermAccumulation.add(weights: titles.weights, postings: titles.entries.map(\.postings), scale: ExactTitles.weight, to: &exact)
        }
        var candidates = TopK.select(scores, k: max(top, Self.minimumCandidates))
        let chosen = Set(candidates.map(\.index))
        for role in exact.indices where exact[role] > 0 && !chosen.contains(role) { candidates.append((role, scores[role])) }
        var results: [(score: Float, match: SearchMatch)] = []
        for candidate in candidates {
            let titles = try index.titles(ofRole: candidate.index)
            let best = titles.map { (title: $0.text, similarity: vector.dot($0.vector)) }
                .max { $0.similarity < $1.similarity || ($0.similarity == $1.similarity && $0.title > $1.title) }
            let titleScore = max(0, best?.similarity ?? 0)
            let score = (1 - Self.titleWeight) * candidate.score + Self.titleWeight * titleScore + exact[candidate.index]
            let role = index.roles[candidate.index]
            let why = MatchExplanation(
                terms: query.contributions(ofRole: candidate.index, in: workspace, limit: Matcher.explainedTerms),
                title: titleScore > 0 ? best?.title : nil)
            results.append((score, SearchMatch(
                id: role.id, soc: role.soc, title: role.title, score: score,
                alternateTitles: titles.filter { $0.kind == "alternate" }.map(\.text), why: why)))
        }
        return Self.ranked(results, top: top)
    }

    /// A title none of whose words the index knows (`Phlebotomst`, `Zookeeper`), found as `Matcher.match`
    /// finds it: by the cosine of its grams with each role's titles' (`TitleChannel`), the best roles
    /// re-ranked with their nearest title by grams in place of the document and title cosines. Unknown
    /// words, as for any query, when even the best role is under `TitleChannel.gramsAloneMinimum` (chance
    /// pieces of unrelated titles).
    private func searchByGrams(_ reading: TitleChannel.Reading, top: Int) throws -> [SearchMatch] {
        let index = matcher.index
        guard let grams = reading.grams, let titles = try matcher.titleQuery(grams) else {
            throw MatchError.noKnownWords(source: "the query")
        }
        var scores = [Float](repeating: 0, count: index.roles.count)
        TermAccumulation.add(weights: titles.weights, postings: titles.entries.map(\.postings), scale: 1, to: &scores)
        let candidates = TopK.select(scores, k: max(top, Self.minimumCandidates)).filter { $0.score > 0 }
        guard let first = candidates.first, TitleChannel.weight * first.score >= TitleChannel.gramsAloneMinimum else {
            throw MatchError.noKnownWords(source: "the query")
        }
        let nearest = try matcher.closestTitles(byGrams: titles, roles: candidates.map(\.index))
        var results: [(score: Float, match: SearchMatch)] = []
        for (candidate, closest) in zip(candidates, nearest) {
            let score = (1 - Self.titleWeight) * candidate.score + Self.titleWeight * (closest?.similarity ?? 0)
            let role = index.roles[candidate.index]
            results.append((score, SearchMatch(
                id: role.id, soc: role.soc, title: role.title, score: score,
                alternateTitles: try index.titles(ofRole: candidate.index).filter { $0.kind == "alternate" }.map(\.text),
                why: MatchExplanation(terms: [], title: closest?.text))))
        }
        return Self.ranked(results, top: top)
    }

    /// The `top` best, ties by role id.
    private static func ranked(_ results: [(score: Float, match: SearchMatch)], top: Int) -> [SearchMatch] {
        results.sorted { $0.score > $1.score || ($0.score == $1.score && $0.match.id < $1.match.id) }
            .prefix(top).map(\.match)
    }
}
