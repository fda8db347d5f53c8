import RolesCore

/// Finds roles by title or keywords: the roles whose documents score best are re-ranked by how close
/// their nearest title is, so "AP clerk" puts the role titled that way above roles that merely mention it.
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
        let query = try matcher.query(TitleChannel.read(text).title ?? text, source: "the query")
        let workspace = matcher.workspace
        query.load(into: workspace)
        let scores = BLASRanker.scores(weights: query.weights, workspace: workspace)
        let vector = query.vector
        var results: [(score: Float, match: SearchMatch)] = []
        for candidate in TopK.select(scores, k: max(top, Self.minimumCandidates)) {
            let titles = try index.titles(ofRole: candidate.index)
            let best = titles.map { (title: $0.text, similarity: vector.dot($0.vector)) }
                .max { $0.similarity < $1.similarity || ($0.similarity == $1.similarity && $0.title > $1.title) }
            let titleScore = max(0, best?.similarity ?? 0)
            let score = (1 - Self.titleWeight) * candidate.score + Self.titleWeight * titleScore
            let role = index.roles[candidate.index]
            let why = MatchExplanation(
                terms: query.contributions(ofRole: candidate.index, in: workspace, limit: Matcher.explainedTerms),
                title: titleScore > 0 ? best?.title : nil)
            results.append((score, SearchMatch(
                id: role.id, soc: role.soc, title: role.title, score: score,
                alternateTitles: titles.filter { $0.kind == "alternate" }.map(\.text), why: why)))
        }
        return results.sorted { $0.score > $1.score || ($0.score == $1.score && $0.match.id < $1.match.id) }
            .prefix(top).map(\.match)
    }
}
