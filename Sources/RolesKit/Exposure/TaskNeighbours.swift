import RolesCore

/// Finds the task statements of an index closest to a line of text.
///
/// Not `Sendable`: it keeps scores per task and caches. Use one per thread.
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
    /// Whether any task has a label: without, there are no labelled neighbours to look for.
    private let hasLabels: Bool
    /// Per statement, its nearest tasks (nil when it has no known word); `labelled` is nil until asked for.
    private var found: [String: Entry?] = [:]
    private typealias Entry = (nearest: (task: Int, similarity: Float)?, labelled: [(task: Int, similarity: Float)]?)
    private var postings: [Int32: SparseVector] = [:]
    private let table: PostingsInMemory?
    /// A score per task, zero between statements, and the tasks a statement reached.
    private var scores: [Float]
    private var touched: [Int32] = []
    /// The last text split into statements, with its statements.
    private var lastSplit: (text: String, statements: [String])?

    /// - Parameters:
    ///   - vocabulary: the index vocabulary in memory, for neighbours that serve many texts.
    ///   - taskPostings: every term's task postings in memory, likewise; without, each term's are read
    ///     from the index when first met.
    ///   - bm25: every word's BM25 postings in memory, for the matcher these neighbours share.
    public init(
        index: RolesIndex, reader: TransitionReader? = nil, vocabulary: IndexVocabulary? = nil, taskPostings: PostingsInMemory? = nil,
        bm25: PostingsInMemory? = nil
    ) throws {
        self.index = index
        self.table = taskPostings
        self.matcher = Matcher(index: index, vocabulary: vocabulary, bm25: bm25)
        self.reader = reader ?? TransitionReader(index: index)
        self.labels = try index.taskLabels()
        self.hasLabels = labels.contains { $0 != nil }
        self.scores = [Float](repeating: 0, count: labels.count)
    }

    /// A text's statements (`TaskLines.split`), the last text's kept: a match report splits the same text
    /// for its exposure and for its moves.
    public func statements(of text: String) -> [String] {
        if let last = lastSplit, last.text == text { return last.statements }
        let statements = TaskLines.split(text)
        lastSplit = (text, statements)
        return statements
    }

    /// The nearest tasks of a statement; nil when it has no word the index knows.
    /// - Complexity: O(P + U log U) for the P task postings of the statement's known terms, reaching U tasks.
    public func search(_ line: String) throws -> Found? {
        if let cached = found[line] {
            guard let entry = cached else { return nil }
            if let labelled = entry.labelled { return Found(labelled: labelled, nearest: entry.nearest) }
        }
        let result = try compute(line, labelled: true)
        remember(line, result.map { ($0.nearest, $0.labelled) })
        return result
    }

    /// The most similar task of a statement, labelled or not; nil when it has no word the index knows
    /// or resembles no task. Costs less than `search` the first time: the labelled tasks are not sought.
    public func nearest(_ line: String) throws -> (task: Int, similarity: Float)? {
        if let cached = found[line] { return cached?.nearest }
        let result = try compute(line, labelled: false)
        remember(line, result.map { ($0.nearest, hasLabels ? nil : $0.labelled) })
        return result?.nearest
    }

    private func remember(_ line: String, _ entry: Entry?) {
        if found.count >= Self.cachedStatements && found[line] == nil { found.removeAll(keepingCapacity: true) }
        found[line] = entry
    }

    private func compute(_ line: String, labelled wanted: Bool) throws -> Found? {
        guard let (ids, weights) = try? matcher.weightedTerms(line, source: "line") else { return nil }
        let missing = table == nil ? ids.filter { postings[$0] == nil } : []
        if !missing.isEmpty {
            if postings.count + missing.count > Self.cachedTerms { postings.removeAll(keepingCapacity: true) }
            let read = try index.termPostings(missing)
            for id in missing { postings[id] = read[id] ?? SparseVector() }
        }
        // Added term by term, in term order, into the scores of the tasks the terms reach (a few thousand
        // of the tens of thousands), rather than gathered for a matrix product over every task. Only the
        // tasks reached can score above zero, so only they are searched and cleared after.
        // Taken out for the loop (and put back with its capacity), so appending needs no uniqueness check.
        var touched: [Int32] = []
        swap(&touched, &self.touched)
        touched.removeAll(keepingCapacity: true)
        var nearest: (task: Int, similarity: Float)? = nil
        var labelled: [(task: Int, similarity: Float)] = []
        scores.withUnsafeMutableBufferPointer { y in
            func add(_ weight: Float, _ tasks: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Float>, _ range: Range<Int>) {
                for p in range {
                    let product = weight * values[p]
                    if product == 0 { continue }
                    let task = Int(tasks[p])
                    if y[task] == 0 { touched.append(tasks[p]) }
                    y[task] += product
                }
            }
            for (id, weight) in zip(ids, weights) {
                if let table {
                    table.items.withUnsafeBufferPointer { tasks in
                        table.values.withUnsafeBufferPointer { values in add(weight, tasks, values, table.range(of: id)) }
                    }
                } else if let list = postings[id] {
                    list.indices.withUnsafeBufferPointer { tasks in
                        list.values.withUnsafeBufferPointer { values in add(weight, tasks, values, 0..<tasks.count) }
                    }
                }
            }
            // The best score, the lowest task on ties (as `TopK` orders them).
            for t in touched {
                let task = Int(t), score = y[task]
                if let best = nearest, score < best.similarity || (score == best.similarity && task > best.task) { continue }
                nearest = (task, score)
            }
            if wanted && hasLabels {
                // The best of the labelled tasks reached (often thousands), by a heap rather than a sort.
                let reached = UnsafeBufferPointer(y)
                labelled = TopK.select(
                    touched.lazy.filter { self.labels[Int($0)] != nil }.map { (index: Int($0), score: reached[Int($0)]) },
                    k: Self.maximumLabelled
                ).map { (task: $0.index, similarity: $0.score) }
            }
            for t in touched { y[Int(t)] = 0 }
        }
        self.touched = touched
        guard wanted && hasLabels else { return Found(labelled: [], nearest: nearest) }
        return Found(labelled: labelled, nearest: nearest)
    }
}
