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

    let workers: Int
    private let classifiers: [ExposureClassifier]
    private var lineNumber = 0

    public init(index: RolesIndex, k: Int = ExposureVote.neighbours, activityWeight: Float = ExposureVote.activityWeight,
                workers: Int = Parallel.defaultWorkers) throws {
        self.workers = max(1, workers)
        classifiers = try (0..<max(1, workers)).map { _ in try ExposureClassifier(index: index, k: k, activityWeight: activityWeight) }
    }

    /// One JSON line (without line break) per non-blank input line.
    public func process(_ lines: [LineReader.Line]) -> [Data] {
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
