import RolesCore

/// Finds the task statements of an index closest to a line of text.
public final class TaskNeighbours {
    public let index: RolesIndex
    let matcher: Matcher
    /// Each task's label, by global task number.
    public let labels: [Exposure?]

    public init(index: RolesIndex) throws {
        self.index = index
        self.matcher = Matcher(index: index)
        self.labels = try index.taskLabels()
    }

    /// Cosine similarity of the line with every task, by global task number; nil when the line has no
    /// word the index knows.
    /// - Complexity: O(T · k) for T tasks and k known terms of the line (one `cblas_sgemv`).
    public func similarities(_ line: String) throws -> [Float]? {
        guard let query = try? matcher.query(line, source: "line") else { return nil }
        let postings = try index.taskPostings(query.entries.map(\.id))
        let empty = SparseVector()
        return BLASRanker.scores(
            weights: query.weights, postings: query.entries.map { postings[$0.id] ?? empty }, roleCount: labels.count)
    }

    /// The nearest `k` tasks by similarity, optionally only labelled ones, best first.
    public func nearest(_ similarities: [Float], k: Int, labelledOnly: Bool) -> [(task: Int, similarity: Float)] {
        var scores = similarities
        if labelledOnly {
            for i in scores.indices where labels[i] == nil { scores[i] = -.infinity }
        }
        return TopK.select(scores, k: k).filter { $0.score > 0 }.map { ($0.index, $0.score) }
    }
}
