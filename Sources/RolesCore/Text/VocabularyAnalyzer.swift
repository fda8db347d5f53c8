/// The counts of a text's terms that a vocabulary knows, by term id, in increasing id order.
public struct TermIDCounts: Equatable, Sendable {
    public var ids: [Int32]
    public var counts: [Int32]
    /// Whether the text had any term at all, known or not.
    public var hasTerms: Bool
    /// How many distinct terms the text has, known or not (as many as `Analyzer.termCounts` gives); 0
    /// unless asked for.
    public var distinctTerms: Int
    /// Per term, where its first occurrence in the text came from, for `VocabularyAnalyzer.surface(_:)`: the
    /// analyzer's word slots as a `PairTable.key`, the first -1 for a single word.
    public var surfaces: [UInt64]

    public init(ids: [Int32], counts: [Int32], hasTerms: Bool, distinctTerms: Int = 0, surfaces: [UInt64] = []) {
        self.ids = ids
        self.counts = counts
        self.hasTerms = hasTerms
        self.distinctTerms = distinctTerms
        self.surfaces = surfaces
    }
}

/// Analyzes texts into counts of vocabulary term ids: the same terms as `Analyzer.termCounts`, restricted
/// to those `vocabulary` holds. Each word is hashed once per text; its stem, and the bigram of each pair of
/// stems, is looked up in the vocabulary once per analyzer and remembered.
///
/// Not `Sendable`: it keeps those memos and a scratch count per vocabulary term. Use one per thread.
public final class VocabularyAnalyzer {
    public var settings: Analyzer.Settings { state.settings }
    public var vocabulary: TermTable { state.vocabulary }
    /// Memos are dropped when they grow past this many entries, to bound memory on endless streams.
    static let memoLimit = 1 << 20

    private let normalizer = TextNormalizer()
    private let tokenizer = Tokenizer()
    /// Everything a text updates, in one value so that a text is analyzed in one exclusive access.
    private var state: State

    public init(settings: Analyzer.Settings, vocabulary: TermTable) {
        state = State(settings: settings, vocabulary: vocabulary)
    }

    /// - Parameter distinct: whether to count the distinct terms the vocabulary does not know too.
    /// - Complexity: O(n) in the length of the text, plus O(k log k) to order its k known terms.
    public func counts(_ text: String, distinct: Bool = false) -> TermIDCounts {
        state.counts(tokenizer: tokenizer, normalized: normalizer.normalize(text), distinct: distinct)
    }

    /// The number of the last text counted: the keys of its `TermIDCounts.surfaces` are valid while this
    /// stays the same.
    public var textNumber: UInt32 { state.text }

    /// The words a term of the last text counted came from, as `Analyzer.analyze` gives them: the word
    /// (`nurses`), or the two words of a bigram with the stop words between them left out (`registered
    /// nurses`). Valid until the next call of `counts`.
    public func surface(_ key: UInt64) -> String {
        let first = Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
        let second = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
        return first < 0 ? state.words.term(second) : state.words.term(first) + " " + state.words.term(second)
    }

    private struct State {
        let settings: Analyzer.Settings
        let vocabulary: TermTable
        let stemmer = Porter2Stemmer()
        /// Distinct words seen, by slot.
        var words = TermTable()
        /// Word slot → stem slot, or -1 for a stop word.
        var wordStems: [Int32] = []
        /// Distinct stems seen, by slot.
        var stems = TermTable()
        /// Stem slot → vocabulary id, or -1.
        var stemIDs: [Int32] = []
        /// (stem slot, stem slot) → vocabulary id of the bigram, or -1.
        var bigrams = PairTable()
        /// Per vocabulary term, 1 + its place in `touched` while the current text has it, else 0.
        var scratch: [Int32]
        /// The current text's terms in order of first occurrence, with their counts and where each first
        /// came from.
        var touched: [Int32] = []
        var touchedCounts: [Int32] = []
        var touchedSurfaces: [UInt64] = []
        var order: [UInt64] = []
        var pair: [UInt8] = []
        /// Per stem slot, the last text it was counted in (for distinct terms).
        var stemSeen: [UInt32] = []
        var text: UInt32 = 0
        var pairsSeen = Set<UInt64>()

        init(settings: Analyzer.Settings, vocabulary: TermTable) {
            self.settings = settings
            self.vocabulary = vocabulary
            scratch = [Int32](repeating: 0, count: vocabulary.count)
        }

        mutating func counts(tokenizer: Tokenizer, normalized: [UInt8], distinct: Bool) -> TermIDCounts {
            if words.count > VocabularyAnalyzer.memoLimit || bigrams.count > VocabularyAnalyzer.memoLimit { forget() }
            if text == .max { stemSeen = Array(repeating: 0, count: stemSeen.count); text = 0 }
            text += 1
            var distinctStems = 0
            pairsSeen.removeAll(keepingCapacity: true)
            var hasTerms = false
            var previous: Int32 = -1, previousWord: Int32 = -1
            let bigramsOn = settings.bigrams
            tokenizer.tokenize(normalized) { word, startsPhrase in
                if startsPhrase { previous = -1 }
                let (wordSlot, slot) = self.slots(of: word)
                if slot < 0 { return }
                hasTerms = true
                add(stemIDs[Int(slot)], surface: PairTable.key(-1, wordSlot))
                if distinct {
                    if Int(slot) >= stemSeen.count { stemSeen += repeatElement(0, count: Int(slot) + 1 - stemSeen.count) }
                    if stemSeen[Int(slot)] != text {
                        stemSeen[Int(slot)] = text
                        distinctStems += 1
                    }
                }
                if bigramsOn, previous >= 0 {
                    add(bigram(previous, slot), surface: PairTable.key(previousWord, wordSlot))
                    if distinct { pairsSeen.insert(PairTable.key(previous, slot)) }
                }
                previous = slot
                previousWord = wordSlot
            }
            // In increasing term id: each (id, place) packed in one integer, so the sort is an integer sort.
            order.removeAll(keepingCapacity: true)
            for (place, id) in touched.enumerated() { order.append(UInt64(UInt32(bitPattern: id)) << 32 | UInt64(place)) }
            order.sort()
            var ids: [Int32] = [], counts: [Int32] = [], surfaces: [UInt64] = []
            ids.reserveCapacity(order.count)
            counts.reserveCapacity(order.count)
            surfaces.reserveCapacity(order.count)
            for packed in order {
                let place = Int(packed & 0xFFFF_FFFF)
                ids.append(touched[place])
                counts.append(touchedCounts[place])
                surfaces.append(touchedSurfaces[place])
            }
            for id in touched { scratch[Int(id)] = 0 }
            touched.removeAll(keepingCapacity: true)
            touchedCounts.removeAll(keepingCapacity: true)
            touchedSurfaces.removeAll(keepingCapacity: true)
            return TermIDCounts(
                ids: ids, counts: counts, hasTerms: hasTerms, distinctTerms: distinctStems + pairsSeen.count, surfaces: surfaces)
        }

        @inline(__always)
        private mutating func add(_ id: Int32, surface: UInt64) {
            guard id >= 0 else { return }
            let place = scratch[Int(id)]
            if place == 0 {
                touched.append(id)
                touchedCounts.append(1)
                touchedSurfaces.append(surface)
                scratch[Int(id)] = Int32(touched.count)
            } else {
                touchedCounts[Int(place) - 1] += 1
            }
        }

        /// The word slot of a word, and its stem slot or -1 for a stop word.
        private mutating func slots(of bytes: UnsafeBufferPointer<UInt8>) -> (word: Int32, stem: Int32) {
            if let known = words.id(of: bytes) { return (known, wordStems[Int(known)]) }
            let word = String(decoding: bytes, as: UTF8.self)
            let slot: Int32
            if StopWords.english.contains(word) {
                slot = -1
            } else {
                let stem = stemmer.stem(word)
                slot = stems.insert(stem)
                if Int(slot) == stemIDs.count { stemIDs.append(vocabulary.id(of: stem) ?? -1) }
            }
            let wordSlot = words.insert(bytes)
            wordStems.append(slot)
            return (wordSlot, slot)
        }

        private mutating func bigram(_ first: Int32, _ second: Int32) -> Int32 {
            let key = PairTable.key(first, second)
            if let id = bigrams[key] { return id }
            pair.removeAll(keepingCapacity: true)
            stems.appendTerm(first, to: &pair)
            pair.append(UInt8(ascii: " "))
            stems.appendTerm(second, to: &pair)
            let id = pair.withUnsafeBufferPointer { vocabulary.id(of: $0) } ?? -1
            bigrams.insert(key, id)
            return id
        }

        private mutating func forget() {
            words = TermTable()
            wordStems = []
            stems = TermTable()
            stemIDs = []
            bigrams = PairTable()
            stemSeen = []
        }
    }
}
