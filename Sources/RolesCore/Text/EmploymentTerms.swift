/// Words of a job title that state the terms of the job rather than its occupation: `Part-Time Cashier`,
/// `PT Cashier`, `Cashier (FT)`, `PRN Phlebotomist`, `Per Diem RN`, `PM Line Cook`. Postings carry them by the
/// thousand and O*NET's titles almost never do, so in a title they only mislead: `PT` read as physical
/// therapist put Physical Therapist Aides first for `PT Cashier`, `PM` read as project manager put Project
/// Management Specialists first for `PM Line Cook`, and `part` and `time` made `Part Time Cashier` a
/// gambling booth cashier. `removed(from:)` takes them out of a text read as a title before it is scored.
///
/// `PT` and `PM` are also the abbreviations of occupations (`TitleAbbreviations`), and keep that meaning where
/// a title uses them so: alone (`PT`, `Senior PM`), `PT` before a word of a physical therapy title (`PT Aide`,
/// `PT Tech`) or after a setting or rank (`Outpatient PT`, `Home Health PT`, `Staff PT`), `PM` at a title's end
/// straight after its other words (`IT PM`, `Construction PM`). Before another word (`PM Cook`), or set off by
/// a comma, a dash, a bar or a parenthesis (`Cashier - PT`, `Server (PM)`), they state the terms.
public enum EmploymentTerms {
    /// Single words that state a job's terms wherever they stand in a title with other words.
    static let words: Set<String> = [
        "ft", "prn", "part-time", "full-time", "parttime", "fulltime", "per-diem", "am/pm", "pm/am", "ft/pt", "pt/ft",
    ]
    /// Pairs of words that do.
    static let pairs: [(String, String)] = [("part", "time"), ("full", "time"), ("per", "diem")]
    /// Words `PT` is the physical therapist or physical therapy of when it stands before them.
    static let physicalTherapyHeads: Set<String> = [
        "aide", "aides", "aid", "tech", "techs", "technician", "technicians", "assistant", "assistants",
        "attendant", "attendants", "director", "clinic", "clinician", "student", "intern",
    ]
    /// Words `PT` is the physical therapist of when it stands after them: care settings, specialties, ranks.
    static let physicalTherapySettings: Set<String> = [
        "acute", "care", "home", "health", "inpatient", "outpatient", "pediatric", "peds", "geriatric",
        "orthopedic", "ortho", "sports", "travel", "traveling", "snf", "neuro", "pulmonary", "cardiopulmonary",
        "vestibular", "pelvic", "staff", "senior", "sr", "lead", "licensed", "hospital", "school", "clinical",
    ]

    /// One whitespace-separated piece of a title: its word without the punctuation around it, lowercased.
    private struct Piece {
        var text: Substring
        var word: String
        /// Whether a comma, dash, bar, slash or parenthesis sets it off from the piece before.
        var setOff: Bool
        /// Whether it ends with punctuation that sets off the piece after.
        var closes: Bool
    }

    /// The title without the words that state its terms (`PT Cashier` → `Cashier`), or the title itself
    /// when it has none, or when they are all it has (`Part Time`).
    /// - Complexity: O(n) in the length of the title.
    public static func removed(from title: String) -> String {
        // Most titles have none of the words: a quick look at their letters turns them away.
        guard mayContain(title) else { return title }
        var pieces: [Piece] = []
        var previousCloses = false
        for text in title.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let word = text.trimmingPunctuation().lowercased()
            let isSeparator = word.isEmpty
            let opens = text.first.map { "([{/,".contains($0) } ?? false
            let closes = text.last.map { ",)]}/:;".contains($0) } ?? false
            pieces.append(Piece(text: text, word: word, setOff: previousCloses || opens, closes: closes || isSeparator))
            previousCloses = closes || isSeparator
        }
        var term = [Bool](repeating: false, count: pieces.count)
        for (i, piece) in pieces.enumerated() {
            if words.contains(piece.word) { term[i] = true }
            if i + 1 < pieces.count, !piece.closes, !pieces[i + 1].setOff,
               pairs.contains(where: { $0 == (piece.word, pieces[i + 1].word) }) {
                term[i] = true
                term[i + 1] = true
            }
        }
        let others = pieces.indices.filter { !term[$0] && !pieces[$0].word.isEmpty }
        for (i, piece) in pieces.enumerated() where !term[i] && (piece.word == "pt" || piece.word == "pm" || piece.word == "am") {
            guard others.count > 1 else { continue }
            let next = i + 1 < pieces.count && !piece.closes && !pieces[i + 1].setOff ? pieces[i + 1].word : nil
            let previous = i > 0 && !piece.setOff ? pieces[i - 1].word : nil
            if piece.word == "pt" {
                let therapy = next.map(physicalTherapyHeads.contains) ?? false || previous.map(physicalTherapySettings.contains) ?? false
                term[i] = !therapy
            } else {
                // `PM` ends a title as project manager (`IT PM`); before a word or set off it is the shift.
                term[i] = next != nil || previous == nil
            }
        }
        guard term.contains(true), others.contains(where: { !term[$0] }) else { return title }
        return pieces.indices.filter { !term[$0] }.map { String(pieces[$0].text) }.joined(separator: " ")
    }

    /// Whether a title may hold one of the words: one of its words starts with the first two letters of
    /// one (`pt`, `ft`, `pm`, `am`, `pr`, `pa`, `fu`, `pe`), in either case.
    private static func mayContain(_ title: String) -> Bool {
        var previous: UInt8 = 0x20
        var first: UInt8 = 0
        for byte in title.utf8 {
            let letter = byte | 0x20
            let isLetter = letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z")
            if first != 0 {
                if isLetter && starts.contains(UInt16(first) << 8 | UInt16(letter)) { return true }
                first = 0
            } else if isLetter && !(previous | 0x20 >= UInt8(ascii: "a") && previous | 0x20 <= UInt8(ascii: "z")) {
                first = letter
            }
            previous = byte
        }
        return false
    }

    /// The first two letters of each word `removed(from:)` looks for, as `mayContain` reads them.
    private static let starts: Set<UInt16> = Set(["pt", "ft", "pm", "am", "pr", "pa", "fu", "pe"].map { pair in
        let bytes = Array(pair.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })
}

extension Substring {
    /// The piece without the punctuation around its word: `(PT)` → `PT`, `Part-Time,` → `Part-Time`.
    func trimmingPunctuation() -> Substring {
        var piece = self
        while let first = piece.first, !(first.isLetter || first.isNumber) { piece = piece.dropFirst() }
        while let last = piece.last, !(last.isLetter || last.isNumber) { piece = piece.dropLast() }
        return piece
    }
}
