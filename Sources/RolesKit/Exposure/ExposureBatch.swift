import Foundation
import RolesCore

/// One output line of `roles exposure --batch`.
public struct ExposureRecord: Encodable, Sendable {
    public var id: String
    public var label: Exposure
    public var meaning: String
    public var beta: Float
    public var confidence: Float
    public var probabilities: [String: Float]
    public var statements: Int
    public var recognised: Int
}

/// Labels a stream of texts: JSONL `{"id", "text"}` in, JSONL `{"id", "label", "beta", …}` out in input
/// order, an error record `{"id", "line", "error"}` for each bad line. Blocks of lines run on all cores.
public final class ExposureBatch {
    public static let blockSize = 256

    /// A first block of at least this many lines has the index's tables read into memory (`init`).
    public static let inMemoryFrom = 32

    let workers: Int
    let index: RolesIndex
    let k: Int
    let activityWeight: Float
    /// Made for the first block, from its size.
    private var classifiers: [ExposureClassifier] = []
    private var lineNumber = 0

    /// A batch whose first block has `inMemoryFrom` lines or more reads the vocabulary, every term's task
    /// postings and every task with its work activities into memory first, shared by the workers: it
    /// compares thousands of statements with the task statements, and read term by term and task by task
    /// through one connection, the index kept the workers waiting on each other (1,000 ten-line texts:
    /// 3.0 s, 0.7 s from memory). A shorter batch reads only what its lines need, as one text does,
    /// without paying some 0.1 s for the tables.
    public init(index: RolesIndex, k: Int = ExposureVote.neighbours, activityWeight: Float = ExposureVote.activityWeight,
                workers: Int = Parallel.defaultWorkers) throws {
        self.workers = max(1, workers)
        self.index = index
        self.k = k
        self.activityWeight = activityWeight
        // Fails now, rather than at the first line, on an index without labels.
        classifiers = [try ExposureClassifier(index: index, k: k, activityWeight: activityWeight)]
    }

    /// The classifiers for the first block, of `count` lines.
    private func prepare(forBlockOf count: Int) throws {
        if count >= Self.inMemoryFrom {
            let vocabulary = try index.vocabulary()
            let taskPostings = try index.postingsInMemory(.tasks)
            let tasks = try TaskTable(index: index)
            classifiers = try (0..<workers).map { _ in
                let neighbours = try TaskNeighbours(
                    index: index, reader: TransitionReader(index: index, tasks: tasks), vocabulary: vocabulary, taskPostings: taskPostings)
                return try ExposureClassifier(index: index, k: k, activityWeight: activityWeight, neighbours: neighbours)
            }
        } else {
            classifiers += try (classifiers.count..<workers).map { _ in try ExposureClassifier(index: index, k: k, activityWeight: activityWeight) }
        }
    }

    /// One JSON line (without line break) per non-blank input line.
    public func process(_ lines: [LineReader.Line]) throws -> [Data] {
        if lineNumber == 0 { try prepare(forBlockOf: lines.count) }
        let first = lineNumber + 1
        lineNumber += lines.count
        return Parallel.map(lines.count, workers: workers) { worker, i -> Data? in
            let line = first + i
            let record: Result<ExposureRecord, BatchFailure>
            switch BatchInput.read(lines[i], line: line, purpose: "label") {
            case nil:
                return nil
            case .failure(let failure):
                record = .failure(failure)
            case .success(let input):
                do {
                    let exposure = try self.classifiers[worker].classify(input.text, source: "line \(line)", explain: false)
                    record = .success(ExposureRecord(
                        id: input.id, label: exposure.label, meaning: exposure.meaning, beta: exposure.beta,
                        confidence: exposure.confidence,
                        probabilities: exposure.probabilities,
                        statements: exposure.statements, recognised: exposure.recognised))
                } catch {
                    record = .failure(BatchFailure(id: input.id, line: line, message: "\(error)"))
                }
            }
            switch record {
            case .success(let value): return (try? RolesJSON.encoder(pretty: false).encode(value)) ?? Data()
            case .failure(let failure): return JSONLineWriter.line(.error(id: failure.id, line: failure.line, message: failure.message))
            }
        }.compactMap { $0 }
    }
}
