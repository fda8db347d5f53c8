import Foundation
import RolesKit

/// One opened index file and the per-request workers over it. Requests hold on to the `ServedIndex` they
/// started with, so a reload never changes the index under a request in flight.
final class ServedIndex: Sendable {
    /// A matcher and a title search over one index, used by one request at a time.
    final class Worker {
        let matcher: Matcher
        let search: TitleSearch
        /// Nil when the index has no exposure labels.
        let classifier: ExposureClassifier?
        let finder: AdjacentFinder

        init(index: RolesIndex, vocabulary: IndexVocabulary, taskPostings: PostingsInMemory, bm25: PostingsInMemory) {
            matcher = Matcher(index: index, vocabulary: vocabulary, bm25: bm25)
            search = TitleSearch(index: index)
            let neighbours = try? TaskNeighbours(index: index, vocabulary: vocabulary, taskPostings: taskPostings, bm25: bm25)
            classifier = try? ExposureClassifier(index: index, neighbours: neighbours)
            finder = AdjacentFinder(index: index, neighbours: neighbours)
        }
    }

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
        // BM25 and compares their lines with the task statements without reading the index.
        let vocabulary = try index.vocabulary()
        let taskPostings = try index.postingsInMemory(.tasks)
        let bm25 = try index.postingsInMemory(.bm25)
        workers = Pool { Worker(index: index, vocabulary: vocabulary, taskPostings: taskPostings, bm25: bm25) }
    }

    /// Runs `body` with a worker of its own.
    func withWorker<T>(_ body: (Worker) throws -> T) rethrows -> T {
        try workers.withElement(body)
    }
}
