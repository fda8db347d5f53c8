/// One entry of the skill vocabulary that profiles are made of: a work activity, a technology, a skill
/// or a knowledge area.
public struct SkillItem: Equatable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case activity, technology, skill, knowledge
    }

    /// Unique key: the kind and the activity id or the case-folded name (`technology:microsoft excel`).
    public var key: String
    /// The name people read.
    public var name: String
    public var kind: Kind
    /// Number of roles whose profile has the item.
    public var documentFrequency: Int
    /// Specificity: `ln((1 + N) / (1 + df)) + 1`, as for terms.
    public var idf: Float

    public init(key: String, name: String, kind: Kind, documentFrequency: Int, idf: Float) {
        self.key = key
        self.name = name
        self.kind = kind
        self.documentFrequency = documentFrequency
        self.idf = idf
    }

    /// The key of a named item; names are compared case-insensitively.
    public static func key(kind: Kind, name: String) -> String {
        kind.rawValue + ":" + name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// How a skill item is found in a person's text. Technology names are products: they are found by their
/// words as written (`Rapide` is not `rapid`, and `Post Once` is not every `post`), and their phrases carry
/// `surfaceMark`. Skills and knowledge areas are found by stems, so `scheduling` finds `Schedule` and
/// `negotiated` finds `Negotiation`; but a word whose inflected form ends in a quality or manner suffix
/// (`keptEndings`) keeps that form, so `hospital` does not find `Hospitality`, `related` does not find
/// `Relativity`, nor `content` `Contentful`. A skill whose name begins or ends with a stop word is found
/// by its words as written (`phrase(of:analyzer:)`).
public enum SkillPhrase {
    public static let surfaceMark = "="
    /// Porter2 Step 1 endings of words that are not stemmed further in skill phrases: the derivations
    /// Steps 2–4 would strip there name another thing than their base (`-ity` nouns of quality, `-ful`,
    /// `-ness`, `-ism`, `-ous`).
    public static let keptEndings: [StaticString] = ["iti", "ful", "ness", "ism", "ous"]

    /// The stem of a lower-case word in a skill phrase (`keptEndings`).
    public static func stem(_ word: String, stemmer: Porter2Stemmer = Porter2Stemmer()) -> String {
        stemmer.stem(word, keepingStep1FormsEndingWith: keptEndings)
    }
    /// Stands between two words of a phrase where punctuation or a line break separates them
    /// (`Adobe Experience Manager | aem`); the tokenizer never makes it a word.
    public static let boundary = "|"

    /// The phrase of an item: its words as written for a technology, its unigram stems otherwise; empty
    /// for a work activity, which is found through task statements instead. A skill whose name begins or
    /// ends with a stop word (`IT strategy`, `After Effects`, `Scale-up`) is found by its words as written
    /// too: its stems alone would be a common word (`strategi`, `effect`, `scale`).
    public static func phrase(of item: SkillItem, analyzer: Analyzer) -> String {
        guard item.kind != .activity else { return "" }
        let (words, stems) = analyzer.wordsAndStems(item.name)
        let edgeStopWord = [words.first, words.last].contains { $0.map(StopWords.english.contains) ?? false }
        if item.kind == .technology || edgeStopWord {
            return surfaceMark + words.joined(separator: " ")
        }
        return stems.joined(separator: " ")
    }
}
