import Foundation
import RolesCore

/// Codes a stream of texts: JSONL `{"id", "text"}` in, JSONL `{"id", "matches"}` out in input order,
/// with an error record for each bad line. The index vocabulary is read into memory once, at the first
/// block; then each block of lines is decoded, analyzed, scored and written on all cores in one step.
public final class BatchMatcher {
    /// Lines per block at most: large enough that handing blocks to the cores costs little, small enough
    /// to stream.
    public static let blockSize = 4096
    /// Bytes of input per block at most, so that a block of long texts stays small in memory.
    public static let blockBytes = 8 << 20

    let index: RolesIndex
    let top: Int
    let workers: Int
    private var scorers: [BatchScorer] = []
    private var lineNumber = 0

    public init(index: RolesIndex, top: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.index = index
        self.top = top
        self.workers = max(1, workers)
    }

    /// Codes one block of input lines and returns one JSON line (without line break) per record.
    /// Blank input lines produce no record.
    public func process(_ lines: [LineReader.Line]) throws -> [Data] {
        let first = lineNumber + 1
        lineNumber += lines.count
        let scorers = try self.prepareScorers()
        return Parallel.map(lines.count, workers: workers) { worker, i -> Data? in
            scorers[worker].record(for: lines[i], line: first + i).map(JSONLineWriter.line)
        }.compactMap { $0 }
    }

    /// Codes one block of input lines and appends one JSON line, with its line break, per record.
    public func process(_ lines: [LineReader.Line], into output: inout [UInt8]) throws {
        let first = lineNumber + 1
        lineNumber += lines.count
        let scorers = try self.prepareScorers()
        let records = Parallel.map(lines.count, workers: workers) { worker, i -> [UInt8] in
            guard let record = scorers[worker].record(for: lines[i], line: first + i) else { return [] }
            var out: [UInt8] = []
            out.reserveCapacity(4096)
            JSONLineWriter.write(record, into: &out)
            out.append(UInt8(ascii: "\n"))
            return out
        }
        for record in records { output.append(contentsOf: record) }
    }

    private func prepareScorers() throws -> [BatchScorer] {
        if scorers.isEmpty {
            let vocabulary = try index.vocabulary()
            let index = self.index
            let grams = Lazy { try index.vocabulary(.titleGrams) }
            let heads = Lazy { try index.vocabulary(.titleHeads) }
            let exactTitles = Lazy { try index.vocabulary(.exactTitles) }
            let bm25 = Lazy { try index.postingsInMemory(.bm25) }
            scorers = (0..<workers).map { _ in
                BatchScorer(index: index, vocabulary: vocabulary, grams: grams, heads: heads, exactTitles: exactTitles, bm25: bm25, top: top)
            }
        }
        return scorers
    }
}
