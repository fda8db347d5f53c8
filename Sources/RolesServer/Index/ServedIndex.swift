import Foundation
import RolesKit

/// One opened index file and the per-request workers over it. Requests hold on to the `ServedIndex` they
/// started with, so a reload never changes the index under a request in flight.
final class ServedIndex: Sendable {
    /// A matcher and a title search over one index, used by one request at a time.
    final class Worker {
        let index: RolesIndex
        let matcher: Matcher
        let search: TitleSearch
        /// Nil when the index has no exposure labels.
        let classifier: ExposureClassifier?
        let finder: AdjacentFinder

        init(index: RolesIndex, vocabulary: IndexVocabulary, taskPostings: PostingsInMemory, bm25: PostingsInMemory, tasks: TaskTable) {
            self.index = index
            matcher = Matcher(index: index, vocabulary: vocabulary, bm25: bm25)
            search = TitleSearch(index: index)
            let neighbours = try? TaskNeighbours(
                index: index, reader: TransitionReader(index: index, tasks: tasks), vocabulary: vocabulary, taskPostings: taskPostings,
                bm25: bm25)
            classifier = try? ExposureClassifier(index: index, neighbours: neighbours)
            finder = AdjacentFinder(index: index, neighbours: neighbours)
        }

        /// `roles match --json` of one text: its matches, and the exposure of its statements and its moves.
        func report(_ text: String, source: String, top: Int) throws -> MatchResponse {
            let result = try matcher.match(text, source: source, top: top)
            let (exposure, transitions) = MatchReport.extras(
                text: text, source: source, classifier: classifier, finder: finder,
                query: result.query, matches: result.matches, textScores: result.textScores)
            return MatchResponse(source: source, result: result, index: index, exposure: exposure, transitions: transitions)
        }
    }

    /// Texts each prepared worker answers before the index is served. A worker reads parts of the index
    /// when it first needs them; the second text makes it read the skill phrase table into a trie, some
    /// 50 ms on O*NET that a request would otherwise wait for.
    static let warmUpTexts = [
        "Registered nurse, intensive care unit",
        """
        Experience
        - Assess patients, give medications and keep their charts up to date in Epic
        - Train new staff on the unit's procedures and schedule their shifts
        - Answer questions from families and coordinate care with physicians
        """,
    ]

    let index: RolesIndex
    let summary: IndexSummary
    /// `GET /v1/index`, counted once: the counts scan whole tables.
    let info: InfoResponse
    let identity: FileIdentity?
    let workers: Pool<Worker>

    /// Opens the index at `path`. The file's identity is taken first, so a file replaced while it is
    /// being opened is noticed and opened again on the next check.
    init(path: String) throws {
        identity = FileIdentity(path: path)
        // As many connections as requests computing at once (`ComputeGate`), so their reads do not queue.
        let index = try RolesIndex(path: path, concurrentReaders: max(2, ProcessInfo.processInfo.activeProcessorCount))
        self.index = index
        summary = IndexSummary(index)
        info = try InfoResponse(index)
        // Read once and shared: every worker analyzes texts straight to vocabulary ids, scores long texts by
        // BM25, compares their lines with the task statements and reads those tasks and their work activities
        // without reading the index.
        let vocabulary = try index.vocabulary()
        let taskPostings = try index.postingsInMemory(.tasks)
        let bm25 = try index.postingsInMemory(.bm25)
        let tasks = try TaskTable(index: index)
        workers = Pool { Worker(index: index, vocabulary: vocabulary, taskPostings: taskPostings, bm25: bm25, tasks: tasks) }
        // As many workers as requests compute at once, made and warmed up now rather than by the first requests.
        workers.prepare(count: ComputeGate.defaultWidth) { worker in
            for text in Self.warmUpTexts { _ = try? worker.report(text, source: "warm-up", top: 1) }
        }
    }

    /// Runs `body` with a worker of its own.
    func withWorker<T>(_ body: (Worker) throws -> T) rethrows -> T {
        try workers.withElement(body)
    }
}
