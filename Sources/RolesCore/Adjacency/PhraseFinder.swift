/// Finds the skill phrases of a table (`SkillPhrase`) in texts: every run of consecutive words of a text
/// that is a phrase, among its stems (stop words left out) and, for phrases marked with
/// `SkillPhrase.surfaceMark`, among its words as written.
///
/// The phrases are a trie over word ids, and each distinct word of the texts is read once: its surface
/// form's id, its stem's id (when the word is not a stop word) and whether either is a phrase word are
/// remembered. A text's runs then cost an array read and a table probe per word, with no `String` made
/// or hashed. It finds what walking the runs as joined strings against the phrase table finds.
///
/// Not `Sendable`: it remembers the words it has read. Use one per thread.
public final class PhraseFinder {
    /// Node 0 is the root of stem phrases, node 1 of surface phrases; `items[node]` are the items whose
    /// phrase ends there.
    private var items: [[Int32]] = [[], []]
    /// (node, word id) → child node.
    private var edges = PairTable()
    /// Every word of a phrase, numbered.
    private var phraseWords: [String: Int32] = [:]

    private let normalizer = TextNormalizer()
    private let tokenizer = Tokenizer()
    private let stemmer = Porter2Stemmer()
    /// Words read so far, and per word its phrase word id as written and its stem's (−1 when not a
    /// phrase word, −2 for the stem of a stop word, which the stem runs leave out).
    private var words = TermTable()
    private var wordIDs: [(surface: Int32, stem: Int32)] = []
    private var surfaceRun: [Int32] = []
    private var stemRun: [Int32] = []
    /// Words remembered at most, to bound memory on endless streams.
    static let memoLimit = 1 << 20

    /// - Parameter phrases: phrase → item ids, as `RolesIndex.skillPhrases()` gives them: stems joined by
    ///   spaces, or `mark` and words as written joined by spaces.
    public init(phrases: [String: [Int32]], mark: String = SkillPhrase.surfaceMark) {
        for (phrase, ids) in phrases {
            let surface = phrase.hasPrefix(mark)
            let parts = (surface ? phrase.dropFirst(mark.count) : Substring(phrase)).split(separator: " ", omittingEmptySubsequences: false)
            // A phrase with no word, or an empty one, is never a run of words.
            guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { continue }
            var node: Int32 = surface ? 1 : 0
            for part in parts {
                let word = String(part)
                let id = phraseWords[word] ?? Int32(phraseWords.count)
                phraseWords[word] = id
                let key = PairTable.key(node, id)
                if let child = edges[key] {
                    node = child
                } else {
                    let child = Int32(items.count)
                    items.append([])
                    edges.insert(key, child)
                    node = child
                }
            }
            items[Int(node)] += ids
        }
    }

    /// The items whose phrase is a run of at most `longest` consecutive words of `text`, in increasing id.
    /// - Complexity: O(n · longest) for n words, stopping early where no phrase goes on.
    public func items(in text: String, longest: Int) -> [Int32] {
        if words.count > Self.memoLimit {
            words = TermTable()
            wordIDs = []
        }
        surfaceRun.removeAll(keepingCapacity: true)
        stemRun.removeAll(keepingCapacity: true)
        // A boundary between two words is a word of its own (`SkillPhrase.boundary`), as in the phrases.
        let boundary = phraseWords[SkillPhrase.boundary] ?? -1
        var wordBreak = false, stemBreak = false
        tokenizer.tokenize(normalizer.normalize(text)) { word, startsPhrase in
            if startsPhrase { (wordBreak, stemBreak) = (true, true) }
            let ids = self.ids(of: word)
            if wordBreak && !surfaceRun.isEmpty { surfaceRun.append(boundary) }
            wordBreak = false
            surfaceRun.append(ids.surface)
            if ids.stem != -2 {
                if stemBreak && !stemRun.isEmpty { stemRun.append(boundary) }
                stemBreak = false
                stemRun.append(ids.stem)
            }
        }
        var found = Set<Int32>()
        walk(stemRun, root: 0, longest: longest, into: &found)
        walk(surfaceRun, root: 1, longest: longest, into: &found)
        return found.sorted()
    }

    private func walk(_ run: [Int32], root: Int32, longest: Int, into found: inout Set<Int32>) {
        for start in run.indices {
            var node = root
            for position in start..<min(run.count, start + longest) {
                let word = run[position]
                guard word >= 0, let child = edges[PairTable.key(node, word)] else { break }
                found.formUnion(items[Int(child)])
                node = child
            }
        }
    }

    private func ids(of bytes: UnsafeBufferPointer<UInt8>) -> (surface: Int32, stem: Int32) {
        if let known = words.id(of: bytes) { return wordIDs[Int(known)] }
        let word = String(decoding: bytes, as: UTF8.self)
        let stem: Int32 = StopWords.english.contains(word) ? -2 : phraseWords[SkillPhrase.stem(word, stemmer: stemmer)] ?? -1
        let ids = (surface: phraseWords[word] ?? -1, stem: stem)
        words.insert(bytes)
        wordIDs.append(ids)
        return ids
    }
}
