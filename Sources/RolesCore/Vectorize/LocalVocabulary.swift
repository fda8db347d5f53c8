extension RoleVectorizer {
    /// One worker's vocabulary: local ids in order of first sight, with the shortest surface form seen.
    ///
    /// Counts the same terms as `Analyzer.analyze` would report, but each word is hashed once per
    /// occurrence and stems, bigrams and surface forms are worked out once per distinct word or pair of
    /// words, so a build makes no string per term occurrence.
    final class LocalVocabulary {
        let settings: Analyzer.Settings
        private let normalizer = TextNormalizer()
        private let tokenizer = Tokenizer()
        private let stemmer = Porter2Stemmer()

        /// Distinct words, by slot; per word, its term id (-1 for a stop word).
        private var words = TermTable()
        private var wordTerms: [Int32] = []
        /// Distinct stems, by slot; per stem, its unigram term id.
        private var stems = TermTable()
        private var stemTerms: [Int32] = []
        /// Per word, its stem slot (-1 for a stop word).
        private var wordStems: [Int32] = []
        /// (stem slot, stem slot) → bigram term id.
        private var stemPairs = PairTable()
        /// Per bigram term, the pair of word slots its display came from, so a repeat costs no string.
        private var displayPairs: [UInt64] = []

        /// Term id → the term (a stem or two stems) and the best surface form seen.
        private var termStrings: [String] = []
        private(set) var displays: [String] = []

        private var document: [Double] = []
        /// Per term, its occurrences in the document as a plain word (unigrams only, unweighted).
        private var plain: [Double] = []
        private var documentMark: [Int32] = []
        private var documentTouched: [Int32] = []
        private var documentStamp: Int32 = 0
        private var own: [Double] = []
        private var ownTouched: [Int32] = []

        init(settings: Analyzer.Settings) {
            self.settings = settings
        }

        func terms() -> [String] { termStrings }

        func beginDocument() {
            documentStamp += 1
            documentTouched.removeAll(keepingCapacity: true)
        }

        /// The document's weighted counts since `beginDocument()`, and its plain word counts: each
        /// unigram occurrence counted once, whatever its field.
        func endDocument() -> (weighted: FieldCounts, words: FieldCounts) {
            var weighted = FieldCounts(), words = FieldCounts()
            weighted.ids = documentTouched.exactCopy()
            weighted.counts = documentTouched.map { document[Int($0)] }
            for term in documentTouched where plain[Int(term)] > 0 {
                words.ids.append(term)
                words.counts.append(plain[Int(term)])
            }
            for term in documentTouched {
                document[Int(term)] = 0
                plain[Int(term)] = 0
            }
            return (weighted, words)
        }

        /// Adds `weight` per term occurrence of `text` to the document and returns the text's own
        /// counts (one per occurrence).
        @discardableResult
        func count(_ text: String, weight: Double) -> FieldCounts {
            var previousWord: Int32 = -1
            tokenizer.tokenize(normalizer.normalize(text)) { bytes, startsPhrase in
                if startsPhrase { previousWord = -1 }
                let word = self.word(bytes)
                guard wordStems[Int(word)] >= 0 else { return }
                add(wordTerms[Int(word)], weight: weight)
                plain[Int(wordTerms[Int(word)])] += 1
                if settings.bigrams, previousWord >= 0 {
                    add(bigram(previousWord, word), weight: weight)
                }
                previousWord = word
            }
            var result = FieldCounts()
            result.ids = ownTouched.exactCopy()
            result.counts = ownTouched.map { own[Int($0)] }
            for term in ownTouched { own[Int(term)] = 0 }
            ownTouched.removeAll(keepingCapacity: true)
            return result
        }

        @inline(__always)
        private func add(_ term: Int32, weight: Double) {
            let t = Int(term)
            if own[t] == 0 { ownTouched.append(term) }
            own[t] += 1
            if documentMark[t] != documentStamp {
                documentMark[t] = documentStamp
                documentTouched.append(term)
            }
            document[t] += weight
        }

        /// The slot of a word, learning its stem and unigram term at first sight.
        private func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            if let known = words.id(of: bytes) { return known }
            let slot = words.insert(bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            if StopWords.english.contains(text) {
                wordStems.append(-1)
                wordTerms.append(-1)
                return slot
            }
            let stem = stemmer.stem(text)
            let stemSlot = stems.insert(stem)
            if Int(stemSlot) == stemTerms.count { stemTerms.append(newTerm(stem, surface: text)) }
            let term = stemTerms[Int(stemSlot)]
            offer(text, to: term)
            wordStems.append(stemSlot)
            wordTerms.append(term)
            return slot
        }

        /// The bigram term of two words, learning it at first sight and offering its surface form when it
        /// could be better than the display kept.
        private func bigram(_ first: Int32, _ second: Int32) -> Int32 {
            let wordKey = PairTable.key(first, second)
            let stemKey = PairTable.key(wordStems[Int(first)], wordStems[Int(second)])
            if let term = stemPairs[stemKey] {
                let t = Int(term)
                if displayPairs[t] != wordKey,
                   words.length(first) + 1 + words.length(second) <= displays[t].utf8.count {
                    let surface = words.term(first) + " " + words.term(second)
                    if offer(surface, to: term) { displayPairs[t] = wordKey }
                }
                return term
            }
            let stem = stems.term(wordStems[Int(first)]) + " " + stems.term(wordStems[Int(second)])
            let term = newTerm(stem, surface: words.term(first) + " " + words.term(second))
            displayPairs[Int(term)] = wordKey
            stemPairs.insert(stemKey, term)
            return term
        }

        private func newTerm(_ term: String, surface: String) -> Int32 {
            let id = Int32(termStrings.count)
            termStrings.append(term)
            displays.append(surface)
            document.append(0)
            plain.append(0)
            documentMark.append(0)
            own.append(0)
            displayPairs.append(.max)
            return id
        }

        /// Keeps `surface` as the term's display if it is better; returns whether it was kept.
        @discardableResult
        private func offer(_ surface: String, to term: Int32) -> Bool {
            guard RoleVectorizer.isBetterDisplay(Substring(surface), than: displays[Int(term)]) else { return false }
            displays[Int(term)] = surface
            return true
        }
    }
}

extension Array where Element == Int32 {
    /// A copy in a buffer of its own, of exactly its size: a scratch list that is emptied and reused
    /// keeps its capacity, and a result sharing that buffer would keep it too.
    func exactCopy() -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
