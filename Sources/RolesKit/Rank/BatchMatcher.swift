import Foundation
import RolesCore

/// Codes a stream of texts: JSONL `{"id", "text"}` in, JSONL `{"id", "matches"}` out in input order,
/// with an error record for each bad line. Each block of lines is analyzed and scored on all cores;
/// vocabulary lookups for the block happen once, between the two parallel steps.
public final class BatchMatcher {
    /// Lines per block: large enough to keep both cores busy, small enough to stream.
    public static let blockSize = 512

    let index: RolesIndex
    let top: Int
    let workers: Int
    private let matchers: [Matcher]
    private var known: [String: TermEntry] = [:]
    private var unknown = Set<String>()
    private var lineNumber = 0

    public init(index: RolesIndex, top: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.index = index
        self.top = top
        self.workers = max(1, workers)
        matchers = (0..<max(1, workers)).map { _ in Matcher(index: index) }
    }

    private enum Prepared {
        case failed(id: String?, line: Int, message: String)
        case analyzed(id: String, line: Int, counts: [String: Int])
    }

    /// Codes one block of input lines and returns one JSON line (without line break) per record.
    /// Blank input lines produce no record.
    public func process(_ lines: [LineReader.Line]) throws -> [Data] {
        let first = lineNumber + 1
        lineNumber += lines.count
        let prepared: [Prepared?] = Parallel.map(lines.count, workers: workers) { worker, i in
            self.prepare(lines[i], line: first + i, matcher: self.matchers[worker])
        }
        var missing = Set<String>()
        for case .analyzed(_, _, let counts)? in prepared {
            for term in counts.keys where known[term] == nil && !unknown.contains(term) { missing.insert(term) }
        }
        if !missing.isEmpty {
            let found = try index.lookup(missing)
            known.merge(found) { old, _ in old }
            unknown.formUnion(missing.filter { found[$0] == nil })
        }
        let known = self.known
        return Parallel.map(prepared.count, workers: workers) { worker, i -> Data? in
            guard let item = prepared[i] else { return nil }
            let record: BatchRecord
            switch item {
            case .failed(let id, let line, let message):
                record = .error(id: id, line: line, message: message)
            case .analyzed(let id, let line, let counts):
                record = self.score(id: id, line: line, counts: counts, known: known, matcher: self.matchers[worker])
            }
            return JSONLineWriter.line(record)
        }.compactMap { $0 }
    }

    private func prepare(_ input: LineReader.Line, line: Int, matcher: Matcher) -> Prepared? {
        guard case .text(let data) = input else {
            return .failed(id: nil, line: line, message: "line \(line) is longer than the \(TextInput.maxBytes / (1 << 20)) MiB limit; split the text.")
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let input: BatchInput
        do {
            input = try JSONDecoder().decode(BatchInput.self, from: data)
        } catch DecodingError.typeMismatch {
            return .failed(id: nil, line: line, message: "line \(line) is not a JSON object; write {\"id\": ..., \"text\": ...}.")
        } catch {
            return .failed(id: nil, line: line, message: "line \(line) is not valid JSON; write {\"id\": ..., \"text\": ...}.")
        }
        guard let id = input.id else {
            return .failed(id: nil, line: line, message: "line \(line) has no \"id\" string or number; give every line an id.")
        }
        guard let text = input.text else {
            return .failed(id: id, line: line, message: "line \(line) has no \"text\" string; give the text to match.")
        }
        do {
            return .analyzed(id: id, line: line, counts: try matcher.analyze(text, source: "line \(line)"))
        } catch {
            return .failed(id: id, line: line, message: error.description)
        }
    }

    private func score(id: String, line: Int, counts: [String: Int], known: [String: TermEntry], matcher: Matcher) -> BatchRecord {
        let query = Query(counts: counts, entries: known)
        guard !query.isEmpty else {
            return .error(id: id, line: line, message: MatchError.noKnownWords(source: "line \(line)").description)
        }
        do {
            return .matches(id: id, matches: try matcher.rank(query, top: top, detail: .terms))
        } catch {
            return .error(id: id, line: line, message: "\(error)")
        }
    }
}

/// One input line of `roles match --batch`. Fields of the wrong type read as absent, so that the
/// error record can still name the id when only the text is wrong.
struct BatchInput: Decodable {
    var id: String?
    var text: String?

    enum CodingKeys: String, CodingKey { case id, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let string = try? container.decode(String.self, forKey: .id) {
            id = string
        } else if let number = try? container.decode(Int64.self, forKey: .id) {
            id = String(number)
        } else if let number = try? container.decode(Double.self, forKey: .id), number.isFinite {
            id = String(number)
        }
        text = try? container.decode(String.self, forKey: .text)
    }
}
