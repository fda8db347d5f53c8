import Foundation

/// The second score a role gets for a text that is a job title: the cosine between the title's
/// character n-grams and those of all the role's titles (`TitleGrams`), added with a weight to the
/// cosine of the word vectors.
///
/// Words alone miss titles that share word pieces but no whole word (`Sr. Acct Mgr`, `Paralegal`
/// against `Legal Assistant`); grams alone miss the tasks and skills a title implies. On the O*NET
/// reported-titles evaluation (`Tools/eval`), adding grams raised top-1 from 0.482 to 0.511
/// and MRR from 0.597 to 0.620; without alternate titles in the index, from 0.363 to 0.389.
public enum TitleChannel {
    /// Weight of the gram cosine added to the word cosine. Measured at 0.3, 0.5, 0.75 and 1 on the
    /// reported titles: top-1 0.510, 0.511, 0.503 and 0.498; MRR 0.622, 0.620, 0.614 and 0.609.
    public static let weight: Float = 0.5
    /// Longest text, in words, read whole as a title. Longer texts are resumes, ads or task lists,
    /// whose many words would give every title some gram in common.
    public static let maxTitleWords = 8
    /// Lowest best score for a title none of whose words the index knows (`Zookeeper`, `Troubleman`,
    /// `Ultrasonographer`), ranked by its grams alone: 0.05 is a gram cosine of 0.1. Below it the grams
    /// are chance pieces of unrelated titles (`asdfgh`, `lorem ipsum`: 0.023 and 0.038 on the O*NET index),
    /// and the text is reported as having no known words. Of the 85 reported titles with no known word
    /// against the evaluation's index, the grams put the right occupation first for 25, against none
    /// before: reported-titles top-1 went from 0.524 to 0.527 and MRR from 0.628 to 0.632.
    public static let gramsAloneMinimum: Float = 0.05

    /// How a text is read: its word count, and when it is a title (at most `maxTitleWords` words), the
    /// title with its abbreviations spelled out (`TitleAbbreviations`), scored by words, and the same for
    /// the part of it scored by grams.
    public struct Reading: Equatable, Sendable {
        public var words: Int
        /// The text as a title is scored: without the words that state the job's terms rather than its
        /// occupation (`EmploymentTerms`: `PT Cashier` → `Cashier`); the text itself when it is not a title.
        /// Its words, grams and head (`TitleHeads`) are read from this; its exact title (`ExactTitles`) is
        /// looked up as written, then in `spelled`, which are read from this.
        public var text: String
        public var title: String?
        /// The title's head, before a qualifier set off by a spaced dash or bar (`Industrial Engineering
        /// Tech - 2nd Shift`, `Resident Choreographer – Regional Theater`), spelled out; nil when the text
        /// is not a title. The qualifier names a shift, a unit or a place rather than the occupation: its
        /// words stay in the word query, where a unit such as `Oncology` tells, but its grams would be
        /// compared with the roles' titles.
        public var grams: String?
        /// The title's head with its abbreviations replaced by their words (`TitleAbbreviations.spelledOut`:
        /// `RN - Nights` → `registered nurse`), in each spelling, then each spelling without its rank
        /// (`withoutRank`: `Senior Cashier` → `Cashier`), then each reordered as a field's title (`reordered`:
        /// `Director of Marketing` → `Marketing Director`), then a lead as a supervisor (`asSupervisor`:
        /// `Kitchen Lead` → `Kitchen Supervisor`), for looking it up as a role's title, the first the index has;
        /// empty when the text is not a title.
        public var spelled: [String]
    }

    /// Separators that set a qualifier off a job title's head: a dash or a bar with a space each side
    /// (a hyphen inside a word, as in `X-Ray`, is not one).
    static let qualifierSeparators = [" - ", " – ", " — ", " | "]
    /// The bytes of each separator after its leading space, for `qualifierStart`.
    private static let separatorTails = qualifierSeparators.map { Array($0.utf8.dropFirst()) }

    /// Reads a text: one count of its words (runs of characters between spaces that hold a letter or
    /// digit), and the spelled-out title and head when it is one.
    public static func read(_ text: String) -> Reading {
        let words = wordCount(text)
        guard isTitle(words: words) else { return Reading(words: words, text: text, title: nil, grams: nil, spelled: []) }
        let written = text
        let text = EmploymentTerms.removed(from: text)
        let title = TitleAbbreviations.expand(text)
        let head = head(of: text)
        // A text whose expansion added nothing has no abbreviation to spell out, in its head or elsewhere.
        let spelled = title == text ? [head] : TitleAbbreviations.spelledOut(head)
        return Reading(
            words: words, text: text, title: title, grams: head == text ? title : TitleAbbreviations.expand(head),
            spelled: spelled + fallbacks(of: spelled, withTerms: text == written ? nil : written))
    }

    /// What a title is also looked up as when none of its spellings is a role's title, in order: without its
    /// rank, reordered as a field's title, a lead as a supervisor, then its name before a closing parenthesis
    /// of a title `withTerms` (as written, when it had words `EmploymentTerms` took out, which may have taken its
    /// opening parenthesis: `Sr Software Engineer (Remote, US)` → `Software Engineer`) and each part of a title
    /// of two joined by a slash (`Cashier/Stocker` → `Cashier`, `Stocker`), each of these reworded as the title
    /// was.
    static func fallbacks(of spelled: [String], withTerms written: String?) -> [String] {
        func reworded(_ spellings: [String]) -> [String] {
            spellings.compactMap(withoutRank) + spellings.flatMap(reordered) + spellings.compactMap(asSupervisor)
        }
        // A parenthesis is cut only when it held terms: one that spells the title another way (`Lab Manager
        // (Laboratory Manager)`) is a title's own, and its name alone met near-copies of other occupations.
        let named = written.flatMap { ExactTitles.beforeParenthesis($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .map(EmploymentTerms.removed)
        let parts = (named.map(TitleAbbreviations.spelledOut) ?? []) + spelled.flatMap(slashParts)
        return reworded(spelled) + parts + reworded(parts)
    }

    /// The parts of a title of two or three joined by slashes (`Cashier/Stocker`, `Caregiver / CNA`); empty for
    /// another title, and for one whole abbreviation (`AP/AR`).
    static func slashParts(_ title: String) -> [String] {
        guard title.utf8.contains(UInt8(ascii: "/")), TitleAbbreviations.table[title.lowercased()] == nil else { return [] }
        let parts = title.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ wordCount($0) > 0 }) else { return [] }
        return parts
    }

    /// A title of the form `X of Y` as a title of Y would also be written (`Director of Marketing` →
    /// `Marketing Director`; `Head of Sales` → `Sales Director`, `Sales Manager`), for looking it up when the
    /// index has it only so; empty for another title. O*NET has `Marketing Director` but not `Director of
    /// Marketing`, which went to Marketing Managers at confidence 0.44 against 0.99.
    static func reordered(_ title: String) -> [String] {
        guard ofWord.anyWord(in: title) else { return [] }
        let words = title.split(whereSeparator: ScalarClass.isWhitespace)
        guard let of = words.firstIndex(where: { $0.lowercased() == "of" }), of > 0, of < words.count - 1,
              of <= 3, words.count - of - 1 <= 3, !words[(of + 1)...].contains(where: { $0.lowercased() == "of" }) else { return [] }
        let field = words[(of + 1)...].joined(separator: " ")
        let worker = words[..<of].joined(separator: " ")
        return worker.lowercased() == "head" ? ["\(field) Director", "\(field) Manager"] : ["\(field) \(worker)"]
    }

    /// A title that ends with `Lead` after the work it leads, as that work's supervisor would be called
    /// (`Warehouse Lead` → `Warehouse Supervisor`): postings name lead workers so, O*NET's titles almost never
    /// (one of 56,560 alternate titles), and `Warehouse Lead` went to Data Warehousing Specialists, `Kitchen
    /// Lead` to Interior Designers. Nil for another title.
    static func asSupervisor(_ title: String) -> String? {
        guard leadWord.anyWord(in: title) else { return nil }
        let words = title.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count > 1, words.count <= 4, words.last?.lowercased() == "lead" else { return nil }
        return words.dropLast().joined(separator: " ") + " Supervisor"
    }

    /// Words that rank a worker within an occupation rather than name it, before the words that do (`Senior
    /// Cashier`, `Lead Cook`, `Teller II`), and terms that O*NET's titles sometimes have, and so are not left out
    /// of a title (`EmploymentTerms`), but that name no occupation (`Seasonal Warehouse Associate`). O*NET lists
    /// few ranked titles, so a ranked title typed whole found no role called that, and `Senior Cashier` went to
    /// Gambling Change Persons and Booth Cashiers, whose document says `cashier` most, rather than to Cashiers.
    /// A trade's grades and a worker's credentials rank too (`Licensed Journeyman Plumber` went to the plumbers'
    /// helpers; `Journeyman Plumber` and `Licensed Plumber` are O*NET's titles of plumbers).
    static let rankWords: Set<String> = [
        "senior", "sr", "snr", "junior", "jr", "lead", "head", "chief", "principal", "staff", "associate",
        "experienced", "entry", "level", "entry-level", "i", "ii", "iii", "iv", "1", "2", "3", "4", "seasonal",
        "temporary", "licensed", "certified", "journeyman", "master",
    ]

    /// `rankWords` as `PackedWords` (which reads `entry-level` as `entry` and `level`, both among them), and the
    /// words `reordered` and `asSupervisor` act on.
    private static let packedRankWords = PackedWords(Array(rankWords))
    private static let ofWord = PackedWords(["of"])
    private static let leadWord = PackedWords(["lead"])

    /// A title without the rank words it has before its last word or, for a level (`II`, `3`), at its end
    /// (`Senior Cashier` → `Cashier`, `Teller II` → `Teller`); nil when it has none, or nothing else.
    static func withoutRank(_ title: String) -> String? {
        guard packedRankWords.anyWord(in: title) else { return nil }
        let words = title.split(whereSeparator: { ScalarClass.isWhitespace($0) || $0 == "," || $0 == "-" })
        guard words.count > 1 else { return nil }
        let kept = words.enumerated().filter { i, word in
            let key = TitleAbbreviations.abbreviationKey(word.lowercased()[...])
            guard rankWords.contains(key) else { return true }
            return i == words.count - 1 && !(key.allSatisfy(\.isNumber) || ["i", "ii", "iii", "iv"].contains(key))
        }.map(\.element)
        guard kept.count < words.count, !kept.isEmpty else { return nil }
        return kept.joined(separator: " ")
    }

    /// A title up to its first qualifier separator; the whole title when that would leave no word.
    static func head(of title: String) -> String {
        let head = String(title[..<qualifierStart(in: title)])
        return wordCount(head) > 0 ? head : title
    }

    /// Where the first of `qualifierSeparators` starts in a title, or where a byte `stop` accepts first
    /// occurs if that is sooner; the end when neither does. One pass over the bytes.
    static func qualifierStart(in title: String, orAt stop: (UInt8) -> Bool = { _ in false }) -> String.Index {
        let bytes = title.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let byte = bytes[i]
            if stop(byte) { break }
            if byte == UInt8(ascii: " ") {
                let rest = bytes[bytes.index(after: i)...]
                if separatorTails.contains(where: { rest.starts(with: $0) }) { break }
            }
            i = bytes.index(after: i)
        }
        return i
    }

    /// Whether a text of `words` words is read as a title.
    public static func isTitle(words: Int) -> Bool {
        words > 0 && words <= maxTitleWords
    }

    /// The words of a text: runs of characters between spaces that hold a letter or digit.
    /// - Complexity: O(n) in the length of the text.
    public static func wordCount(_ text: String) -> Int {
        var counter = WordCounter()
        var text = text
        // Most texts are ASCII: read their bytes, without a Unicode property lookup per character.
        let ascii = text.withUTF8 { bytes -> Bool in
            for byte in bytes {
                guard byte < 0x80 else { return false }
                counter.next(isSpace: byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), isAlphanumeric: Self.isASCIIAlphanumeric(byte))
            }
            return true
        }
        if !ascii {
            counter = WordCounter()
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    // The ASCII classes are those of the byte loop above; only the others need a lookup.
                    let byte = UInt8(scalar.value)
                    counter.next(isSpace: byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), isAlphanumeric: Self.isASCIIAlphanumeric(byte))
                    continue
                }
                counter.next(isSpace: ScalarClass.isWhitespace(scalar), isAlphanumeric: ScalarClass.isAlphabetic(scalar))
            }
        }
        counter.next(isSpace: true, isAlphanumeric: false)
        return counter.words
    }

    /// Counts words character by character.
    struct WordCounter {
        var words = 0
        var inWord = false
        var wordHasAlphanumeric = false

        mutating func next(isSpace: Bool, isAlphanumeric: Bool) {
            if isSpace {
                if inWord && wordHasAlphanumeric { words += 1 }
                inWord = false
                wordHasAlphanumeric = false
            } else {
                inWord = true
                if isAlphanumeric { wordHasAlphanumeric = true }
            }
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
