/// The head of a job title: the word that names the kind of worker (`Manager` in `Assembly Manager`,
/// `Dentist` in `Pediatric Dentist`, `Setter` in `Tile and Marble Setter`). Words and grams weigh a title's
/// modifiers as much as its head, so `Assembly Manager` came out nearer `Team Assemblers` than any manager,
/// and `Pediatric Dentist` nearer `Pediatricians` than `Dentists`. A text read as a title adds `weight` to
/// every role with an alternate or reported title of the same head (stems compared).
///
/// A title's head is the last word of its first comma-separated piece, before a qualifier (` - 2nd Shift`),
/// a parenthesis, or a preposition that starts its complement (`Director of Nursing` → `director`), spelled
/// out when it is an abbreviation (`Mgr` → `manager`). The official titles of O*NET occupations are left out:
/// they join several heads and modifiers (`Heating, Air Conditioning, and Refrigeration Mechanics and
/// Installers`), and their alternate titles name the same heads one at a time.
public enum TitleHeads {
    /// Added to a role's score when one of its titles has the head of a title text. On the reported-titles
    /// evaluation 0.05, 0.075 and 0.1 gave top-1 0.521, 0.523 and 0.524 and MRR 0.628, 0.628 and 0.627,
    /// against 0.510 and 0.620 without (`Docs/WEIGHTING.md`).
    public static let weight: Float = 0.075

    /// Words that start a title's complement: its head is the last word before them.
    static let complements: Set<String> = ["of", "for", "in", "at", "to", "with", "on"]
    /// Words that join the parts of a title; the head is the last part's.
    static let conjunctions: Set<String> = ["and", "or", "&"]

    /// The head stem of a title text, or nil when it has no word before its complement or reads as a
    /// sentence (`isSentence`).
    public static func head(ofTitle title: String, analyzer: Analyzer) -> String? {
        guard !isSentence(title) else { return nil }
        return parts(of: title, analyzer: analyzer).last.flatMap { headStem(of: $0, analyzer: analyzer) }
    }

    /// The distinct head stems of a role's alternate and reported titles.
    public static func heads(of role: Role, analyzer: Analyzer) -> Set<String> {
        var heads = Set<String>()
        for title in role.alternateTitles + role.reportedTitles {
            if let head = head(ofTitle: title, analyzer: analyzer) { heads.insert(head) }
        }
        return heads
    }

    /// The words of a title's first comma-separated piece before its qualifier, parenthesis and complement,
    /// lowercased, in the parts it joins with `and`, `or` or `&` (`Tile and Marble Setter`).
    private static func parts(of title: String, analyzer: Analyzer) -> [[String]] {
        var parts: [[String]] = [[]]
        for word in analyzer.words(String(beforeQualifier(title))) {
            if complements.contains(word) { break }
            if conjunctions.contains(word) {
                if !parts[parts.count - 1].isEmpty { parts.append([]) }
            } else {
                parts[parts.count - 1].append(word)
            }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// A title up to its first comma, parenthesis or qualifier separator (`TitleChannel.qualifierSeparators`).
    static func beforeQualifier(_ title: String) -> Substring {
        title[..<TitleChannel.qualifierStart(in: title) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") }]
    }

    /// Whether a text reads as a sentence (a task statement) rather than a title: it ends with a period
    /// after a word that is not an abbreviation (`Scan dental models to create digital files.`, but not
    /// `Asst. Mgr.`).
    public static func isSentence(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
        guard trimmed.last == "." else { return false }
        let word = trimmed.dropLast().split(whereSeparator: { $0 == " " || $0 == "." }).last?.lowercased() ?? ""
        return word.count > 2 && TitleAbbreviations.table[word] == nil
    }

    /// The stem of a part's last word that is not a stop word, spelled out when it is an abbreviation.
    private static func headStem(of words: [String], analyzer: Analyzer) -> String? {
        guard var word = words.last(where: { !StopWords.english.contains($0) || TitleAbbreviations.table[$0] != nil }) else { return nil }
        if let spelled = TitleAbbreviations.table[word], let last = spelled.split(separator: " ").last {
            word = String(last)
        }
        return analyzer.stem(word)
    }

    /// Each role's heads as a vector over the head stems (sorted, so ids are stable across builds), every
    /// weight 1: the postings of a head are the roles that have it.
    /// - Complexity: O(total title length), spread over `workers` cores.
    public static func vectorize(_ roles: [Role], workers: Int = Parallel.defaultWorkers) -> RoleTermVectors {
        let workers = max(1, min(workers, roles.count))
        let analyzers = (0..<workers).map { _ in Analyzer() }
        let heads: [Set<String>] = Parallel.map(roles.count, workers: workers) { worker, i in
            Self.heads(of: roles[i], analyzer: analyzers[worker])
        }
        return RoleTermVectors(values: heads.map { Dictionary(uniqueKeysWithValues: $0.map { ($0, Float(1)) }) })
    }
}
