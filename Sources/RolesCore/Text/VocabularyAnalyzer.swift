/// The counts of a text's terms that a vocabulary knows, by term id, in increasing id order.
public struct TermIDCounts: Equatable, Sendable {
    public var ids: [Int32]
    public var counts: [Int32]
    /// Whether the text had any term at all, known or not.
    public var hasTerms: Bool

    public init(ids: [Int32], counts: [Int32], hasTerms: Bool) {
        self.ids = ids
        self.counts = counts
        self.hasTerms = hasTerms
    }
}

/// Analyzes texts into counts of vocabulary term ids: the same terms as `Analyzer.termCounts`, restricted
/// to those `vocabulary` holds. Each word is hashed once per text; its stem, and the bigram of each pair of
/// stems, is looked up in the vocabulary once per analyzer and remembered.
///
/// Not `Sendable`: it keeps those memos and a scratch count per vocabulary term. Use one per thread.
public final class VocabularyAnalyzer {
    public let settings: Analyzer.Settings
    public let vocabulary: TermTable
    /// Memos are dropped when they grow past this many entries, to bound memory on endless streams.
    static let memoLimit = 1 << 20

    private let normalizer = TextNormalizer()
    private let tokenizer = Tokenizer()
    private let stemmer = Porter2Stemmer()
    /// Word → stem slot, or -1 for a stop word.
    private var words: [String: Int32] = [:]
    /// Distinct stems seen, by slot.
    private var stems = TermTable()
    /// Stem slot → vocabulary id, or -1.
    private var stemIDs: [Int32] = []
    /// (stem slot, stem slot) → vocabulary id of the bigram, or -1.
    private var bigrams: [UInt64: Int32] = [:]
    private var scratch: [Int32]
    private var touched: [Int32] = []
    private var pair: [UInt8] = []

    public init(settings: Analyzer.Settings, vocabulary: TermTable) {
        self.settings = settings
        self.vocabulary = vocabulary
        scratch = [Int32](repeating: 0, count: vocabulary.count)
    }

    /// - Complexity: O(n) in the length of the text, plus O(k log k) to order its k known terms.
    public func counts(_ text: String) -> TermIDCounts {
        if words.count > Self.memoLimit || bigrams.count > Self.memoLimit { forget() }
        let tokens = tokenizer.tokenize(normalizer.normalize(text))
        var hasTerms = false
        var previous: Int32 = -1
        for token in tokens {
            if token.startsPhrase { previous = -1 }
            let slot = self.slot(of: token.text)
            if slot < 0 { continue }
            hasTerms = true
            add(stemIDs[Int(slot)])
            if settings.bigrams, previous >= 0 {
                add(bigram(previous, slot))
            }
            previous = slot
        }
        touched.sort()
        let counts = touched.map { scratch[Int($0)] }
        for id in touched { scratch[Int(id)] = 0 }
        let ids = touched
        touched.removeAll(keepingCapacity: true)
        return TermIDCounts(ids: ids, counts: counts, hasTerms: hasTerms)
    }

    @inline(__always)
    private func add(_ id: Int32) {
        guard id >= 0 else { return }
        if scratch[Int(id)] == 0 { touched.append(id) }
        scratch[Int(id)] += 1
    }

    /// The stem slot of a word, or -1 for a stop word.
    private func slot(of word: String) -> Int32 {
        if let slot = words[word] { return slot }
        let slot: Int32
        if StopWords.english.contains(word) {
            slot = -1
        } else {
            let stem = stemmer.stem(word)
            slot = stems.insert(stem)
            if Int(slot) == stemIDs.count { stemIDs.append(vocabulary.id(of: stem) ?? -1) }
        }
        words[word] = slot
        return slot
    }

    private func bigram(_ first: Int32, _ second: Int32) -> Int32 {
        let key = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
        if let id = bigrams[key] { return id }
        pair.removeAll(keepingCapacity: true)
        stems.appendTerm(first, to: &pair)
        pair.append(UInt8(ascii: " "))
        stems.appendTerm(second, to: &pair)
        let id = pair.withUnsafeBufferPointer { vocabulary.id(of: $0) } ?? -1
        bigrams[key] = id
        return id
    }

    private func forget() {
        words = [:]
        stems = TermTable()
        stemIDs = []
        bigrams = [:]
    }
}
