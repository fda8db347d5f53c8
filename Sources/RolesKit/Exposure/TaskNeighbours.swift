import Foundation
import RolesCore

/// Finds the task statements of an index closest to a line of text.
///
/// Not `Sendable`: it keeps scores per task and caches. Use one per thread.
public final class TaskNeighbours {
    /// The nearest tasks of one statement.
    public struct Found: Sendable {
        /// The most similar labelled tasks, best first (as many as asked for), ranked as `nearest` is; each
        /// with its cosine.
        public var labelled: [(task: Int, similarity: Float)]
        /// The most similar task, labelled or not; in a text of several statements, the tasks of the roles
        /// the whole text matches come first (`statements(of:textScores:)`).
        public var nearest: (task: Int, similarity: Float)?
        /// The highest cosine of the statement with any task: how much it reads as a task at all.
        public var best: Float
    }

    /// Labelled neighbours sought per statement when no number is asked for.
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
    private typealias Entry = (
        nearest: (task: Int, similarity: Float)?, best: Float, labelled: [(task: Int, similarity: Float)]?, limit: Int
    )
    private var postings: [Int32: SparseVector] = [:]
    private let table: PostingsInMemory?
    /// A score per task, zero between statements, and the tasks a statement reached.
    private var scores: [Float]
    private var touched: [Int32] = []
    /// The last text split into statements, with its statements.
    private var lastSplit: (text: String, statements: [String])?
    /// While the statements of a text of several are searched, how well the whole text matches each role
    /// (`context(of:textScores:)`); nil otherwise.
    private var context: [Float]?
    /// The role of each task, by global task number; read when a text first has a context.
    private var taskRoles: [Int32]?

    /// How much the whole text weighs in choosing a statement's tasks: a task's cosine with the statement
    /// is multiplied by `1 + contextWeight · c`, c near 1 for the roles the text is about
    /// (`context(of:textScores:)`). A resume's `Critical care nurse with six years in a 24-bed intensive
    /// care unit` was nearest to an ambulance driver's `Drive mobile intensive care unit to specified
    /// location`; among its nurse's tasks it finds `Prioritize nursing care for assigned critically ill
    /// patients`. On the development set's resumes, ads and task lists, the share of statements whose
    /// nearest labelled task belongs to the text's own occupation went from 0.110 to 0.440 at 2 (0.307 at 1,
    /// 0.529 at 4, where the cosine starts to matter too little); labelling the O*NET tasks of held-out
    /// occupations as one list per occupation stayed at 0.858 accuracy.
    static let contextWeight: Float = 2
    /// The power the ratio of a role's cosine with the text to the best role's is raised to: 4 leaves a
    /// role at half the best score a context of 0.06, at 90% of it 0.66.
    static let contextPower = 4.0
    /// Statements a text needs for a context: a single statement is its own context.
    static let contextStatements = 2

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
    /// for its exposure and for its moves. A new text of several statements also sets the context their
    /// tasks are chosen in (`contextWeight`), until the next text.
    /// - Parameter textScores: the text's cosine with every role, when a match has computed it
    ///   (`MatchResult.textScores`); otherwise computed here.
    public func statements(of text: String, textScores: [Float]? = nil) -> [String] {
        if let last = lastSplit, last.text == text { return last.statements }
        let statements = TaskLines.split(text)
        lastSplit = (text, statements)
        let context = statements.count >= Self.contextStatements ? try? self.context(of: text, textScores: textScores) : nil
        if context != nil || self.context != nil { found.removeAll(keepingCapacity: true) }
        self.context = context
        return statements
    }

    /// Per role, its cosine with the whole text over the best role's, raised to `contextPower`: near 1 for
    /// the roles the text is about, near 0 for the rest. Nil when the text matches no role.
    private func context(of text: String, textScores given: [Float]?) throws -> [Float]? {
        if taskRoles == nil { taskRoles = try index.taskRoles() }
        let scores: [Float]
        if let given, given.count == index.roles.count {
            scores = given
        } else {
            let query = try matcher.query(text, source: "the text")
            query.load(into: matcher.workspace)
            scores = BLASRanker.scores(weights: query.weights, workspace: matcher.workspace)
        }
        guard let best = scores.max(), best > 0 else { return nil }
        return scores.map { Float(pow(Double(max(0, $0) / best), Self.contextPower)) }
    }

    /// The nearest tasks of a statement, with at most `limit` labelled ones; nil when it has no word the
    /// index knows.
    /// - Complexity: O(P + U log limit) for the P task postings of the statement's known terms, reaching U
    ///   tasks.
    public func search(_ line: String, labelled limit: Int = maximumLabelled) throws -> Found? {
        if let cached = found[line] {
            guard let entry = cached else { return nil }
            if let labelled = entry.labelled, entry.limit >= limit {
                return Found(labelled: Array(labelled.prefix(limit)), nearest: entry.nearest, best: entry.best)
            }
        }
        let result = try compute(line, labelled: limit)
        remember(line, result.map { ($0.nearest, $0.best, $0.labelled, limit) })
        return result
    }

    /// The most similar task of a statement, labelled or not; nil when it has no word the index knows
    /// or resembles no task. Costs less than `search` the first time: the labelled tasks are not sought.
    public func nearest(_ line: String) throws -> Found? {
        if let cached = found[line] { return cached.map { Found(labelled: [], nearest: $0.nearest, best: $0.best) } }
        let result = try compute(line, labelled: 0)
        remember(line, result.map { ($0.nearest, $0.best, hasLabels ? nil : $0.labelled, Int.max) })
        return result.map { Found(labelled: [], nearest: $0.nearest, best: $0.best) }
    }

    private func remember(_ line: String, _ entry: Entry?) {
        if found.count >= Self.cachedStatements && found[line] == nil { found.removeAll(keepingCapacity: true) }
        found[line] = entry
    }

    private func compute(_ line: String, labelled limit: Int) throws -> Found? {
        let wanted = limit > 0
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
        var best: Float = 0
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
            let reached = UnsafeBufferPointer(y)
            let context = self.context, taskRoles = self.taskRoles ?? []
            let weight = Self.contextWeight
            func ranking(_ task: Int) -> Float {
                guard let context else { return reached[task] }
                return reached[task] * (1 + weight * context[Int(taskRoles[task])])
            }
            // The best score, the lowest task on ties (as `TopK` orders them).
            var bestRanking: Float = 0
            for t in touched {
                let task = Int(t), score = ranking(task)
                best = max(best, reached[task])
                if let current = nearest, score < bestRanking || (score == bestRanking && task > current.task) { continue }
                nearest = (task, reached[task])
                bestRanking = score
            }
            if wanted && hasLabels {
                // The best of the labelled tasks reached (often thousands), by a heap rather than a sort.
                labelled = TopK.select(
                    touched.lazy.filter { self.labels[Int($0)] != nil }.map { (index: Int($0), score: ranking(Int($0))) },
                    k: limit
                ).map { (task: $0.index, similarity: reached[$0.index]) }
            }
            for t in touched { y[Int(t)] = 0 }
        }
        self.touched = touched
        guard wanted && hasLabels else { return Found(labelled: [], nearest: nearest, best: best) }
        return Found(labelled: labelled, nearest: nearest, best: best)
    }
}
