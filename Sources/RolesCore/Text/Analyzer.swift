/// The text pipeline shared by indexing and querying: normalize → tokenize → drop stop words → stem →
/// add word bigrams within each phrase.
///
/// Not `Sendable`: it memoizes stems in a cache of its own, so give each thread its own analyzer.
public final class Analyzer {
    public struct Settings: Codable, Equatable, Sendable {
        /// Word bigrams are added to unigrams, within a phrase and across removed stop words.
        public var bigrams: Bool
        public var stemmer: String
        public var stopWords: String

        public static let standard = Settings(bigrams: true, stemmer: "porter2", stopWords: "english")
    }

    public let settings: Settings
    private let normalizer = TextNormalizer()
    private let tokenizer = Tokenizer()
    private let stemmer = Porter2Stemmer()
    private var stems: [String: String] = [:]

    public init(settings: Settings = .standard) {
        self.settings = settings
    }

    /// The terms of a text in order: each kept word's stem, then the bigram it forms with the word before it.
    public func terms(_ text: String) -> [String] {
        var terms: [String] = []
        analyze(text) { term, _ in terms.append(term) }
        return terms
    }

    /// Calls `body` with every term and the surface form it came from (`nurs`, `nurses`;
    /// `regist nurs`, `registered nurses`).
    /// - Complexity: O(n) in the length of the text; stems are memoized.
    public func analyze(_ text: String, _ body: (_ term: String, _ surface: Substring) -> Void) {
        let tokens = tokenizer.tokenize(normalizer.normalize(text))
        var previous: (stem: String, surface: String)? = nil
        for token in tokens {
            if token.startsPhrase { previous = nil }
            if StopWords.english.contains(token.text) { continue }
            let stem = self.stem(token.text)
            body(stem, Substring(token.text))
            if settings.bigrams, let (lastStem, lastSurface) = previous {
                let surface = lastSurface + " " + token.text
                body(lastStem + " " + stem, Substring(surface))
            }
            previous = (stem, token.text)
        }
    }

    /// The words of a text as the tokenizer gives them: normalized, neither stemmed nor filtered.
    public func words(_ text: String) -> [String] {
        tokenizer.tokenize(normalizer.normalize(text)).map(\.text)
    }

    /// The words of a text as the tokenizer gives them (normalized, neither stemmed nor filtered), and
    /// the skill-phrase stems (`SkillPhrase.stem`) of those that are not stop words, from one pass.
    /// Where a phrase boundary (line break, sentence or list punctuation) lies between two words of a
    /// list, the list holds `SkillPhrase.boundary` between them, so that a run of words crosses it only
    /// where a skill's own name does.
    public func wordsAndStems(_ text: String) -> (words: [String], stems: [String]) {
        var words: [String] = [], stems: [String] = []
        var wordBreak = false, stemBreak = false
        for token in tokenizer.tokenize(normalizer.normalize(text)) {
            if token.startsPhrase { (wordBreak, stemBreak) = (true, true) }
            if wordBreak && !words.isEmpty { words.append(SkillPhrase.boundary) }
            wordBreak = false
            words.append(token.text)
            guard !StopWords.english.contains(token.text) else { continue }
            if stemBreak && !stems.isEmpty { stems.append(SkillPhrase.boundary) }
            stemBreak = false
            stems.append(SkillPhrase.stem(token.text, stemmer: stemmer))
        }
        return (words, stems)
    }

    /// Counts of each term in a text.
    public func termCounts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        analyze(text) { term, _ in counts[term, default: 0] += 1 }
        return counts
    }

    /// `termCounts`, with the surface form of each term's first occurrence (`nurses`, `registered nurses`).
    public func termCountsAndSurfaces(_ text: String) -> (counts: [String: Int], surfaces: [String: String]) {
        var counts: [String: Int] = [:], surfaces: [String: String] = [:]
        analyze(text) { term, surface in
            counts[term, default: 0] += 1
            if surfaces[term] == nil { surfaces[term] = String(surface) }
        }
        return (counts, surfaces)
    }

    func stem(_ word: String) -> String {
        if let cached = stems[word] { return cached }
        let stem = stemmer.stem(word)
        if stems.count < 200_000 { stems[word] = stem }
        return stem
    }
}
