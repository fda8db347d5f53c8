import RolesCore

/// Finds the task statements of an index closest to a line of text.
///
/// Not `Sendable`: it keeps a gather workspace and caches. Use one per thread.
public final class TaskNeighbours {
    /// The nearest tasks of one statement.
    public struct Found: Sendable {
        /// The most similar labelled tasks, best first (up to `maximumLabelled`).
        public var labelled: [(task: Int, similarity: Float)]
        /// The most similar task, labelled or not.
        public var nearest: (task: Int, similarity: Float)?
    }

    /// Labelled neighbours kept per statement: the most any vote asks for.
    public static let maximumLabelled = 200
    /// Statements remembered, so that exposure and moves for one text search each statement once.
    static let cachedStatements = 512
    /// Task postings of terms remembered across statements.
    static let cachedTerms = 50_000

    public let index: RolesIndex
    let matcher: Matcher
    /// Tasks, activities and skill items read so far, shared with whoever uses these neighbours.
    public let reader: TransitionReader
    /// Each task's label, by global task number.
    public let labels: [Exposure?]
    private let workspace: GatherWorkspace
    private var found: [String: Found?] = [:]
    private var postings: [Int32: SparseVector] = [:]

    /// - Parameter vocabulary: the index vocabulary in memory, for neighbours that serve many texts.
    public init(index: RolesIndex, reader: TransitionReader? = nil, vocabulary: IndexVocabulary? = nil) throws {
        self.index = index
        self.matcher = Matcher(index: index, vocabulary: vocabulary)
        self.reader = reader ?? TransitionReader(index: index)
        self.labels = try index.taskLabels()
        self.workspace = GatherWorkspace(roleCount: labels.count)
    }

    /// The nearest tasks of a statement; nil when it has no word the index knows.
    /// - Complexity: O(T · k) for T tasks and k known terms of the statement (one `cblas_sgemv`).
    public func search(_ line: String) throws -> Found? {
        if let cached = found[line] { return cached }
        let result = try compute(line)
        if found.count >= Self.cachedStatements { found.removeAll(keepingCapacity: true) }
        found[line] = result
        return result
    }

    private func compute(_ line: String) throws -> Found? {
        guard let query = try? matcher.query(line, source: "line") else { return nil }
        let missing = query.entries.map(\.id).filter { postings[$0] == nil }
        if !missing.isEmpty {
            if postings.count + missing.count > Self.cachedTerms { postings.removeAll(keepingCapacity: true) }
            let read = try index.taskPostings(missing)
            for id in missing { postings[id] = read[id] ?? SparseVector() }
        }
        workspace.load(query.entries.map { postings[$0.id] ?? SparseVector() })
        var scores = BLASRanker.scores(weights: query.weights, workspace: workspace)
        let nearest = TopK.select(scores, k: 1).first.flatMap { $0.score > 0 ? ($0.index, $0.score) : nil }
        for i in scores.indices where labels[i] == nil { scores[i] = -.infinity }
        let labelled = TopK.select(scores, k: Self.maximumLabelled).filter { $0.score > 0 }.map { ($0.index, $0.score) }
        return Found(labelled: labelled, nearest: nearest)
    }
}
