/// Words of a job title that state the terms of the job rather than its occupation: `Part-Time Cashier`,
/// `PT Cashier`, `Cashier (FT)`, `PRN Phlebotomist`, `Per Diem RN`, `PM Line Cook`; where it is done or how to
/// get it (`Remote Customer Service Representative`, `Hiring Immediately - Forklift Operator`); and a worker's
/// standing in it (`Marketing Intern`, `Self-Employed Contractor`: O*NET codes interns and trainees to the
/// occupation of their field, `Civil Engineering Intern` to Civil Engineers). Postings carry them by the
/// thousand and O*NET's titles seldom do, so in a title they only mislead: `PT` read as physical therapist put
/// Physical Therapist Aides first for `PT Cashier`, `PM` read as project manager put Project Management
/// Specialists first for `PM Line Cook`, `part` and `time` made `Part Time Cashier` a gambling booth cashier,
/// and `intern` made `Software Engineering Intern` a fire protection engineer. `removed(from:)` takes them
/// out of a text read as a title before its words, grams and head are scored; its exact title is still looked
/// up as written first, for the few O*NET titles that have them.
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
        "temp", "temp-to-hire", "wfh", "work-from-home", "self-employed", "intern", "internship", "trainee", "co-op",
    ]
    /// Runs of words that do: the terms, and a posting's call to apply (`Hiring Immediately - Forklift
    /// Operator`).
    static let phrases: [[String]] = [
        ["part", "time"], ["full", "time"], ["per", "diem"], ["work", "from", "home"], ["temp", "to", "hire"],
        ["now", "hiring"], ["hiring", "immediately"], ["immediately", "hiring"], ["urgently", "hiring"],
        ["immediate", "start"], ["immediate", "hire"],
    ]
    /// `Remote` states where the work is done (`Remote Customer Service Representative`), except before the
    /// words of O*NET's titles that it is part of (`Remote Sensing Scientist`, `Remote Pilot`).
    static let remoteExceptions: Set<String> = [
        "sensing", "pilot", "pilots", "encoding", "control", "controlled", "operator", "operators",
    ]
    /// Words that state where the work is done when nothing follows them or they are set off (`Data Analyst
    /// (Hybrid)`, `Site Supervisor - Onsite`), and are part of a title before another word (`Hybrid Corn
    /// Breeder`, `On-Site Supervisor`).
    static let places: Set<String> = ["hybrid", "onsite", "on-site", "in-office"]
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

    /// Every word (as `PackedWords` reads words: letters and digits) that starts one of the words or runs
    /// above, or is `PT`, `PM` or `AM`: a title without any has nothing to remove.
    static let firstWords = PackedWords([
        "ft", "prn", "part", "full", "parttime", "fulltime", "per", "am", "pm", "pt", "temp", "wfh", "work", "self",
        "intern", "internship", "trainee", "co", "now", "hiring", "immediately", "urgently", "immediate", "remote",
        "hybrid", "onsite", "on", "in",
    ])

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
        guard firstWords.anyWord(in: title) else { return title }
        var pieces: [Piece] = []
        var previousCloses = false
        for text in title.split(whereSeparator: ScalarClass.isWhitespace) {
            let word = text.trimmingPunctuation().lowercased()
            let isSeparator = word.isEmpty
            let opens = text.first.map { "([{/,".contains($0) } ?? false
            let closes = text.last.map { ",)]}/:;".contains($0) } ?? false
            pieces.append(Piece(text: text, word: word, setOff: previousCloses || opens, closes: closes || isSeparator))
            previousCloses = closes || isSeparator
        }
        /// The word after piece `i` when nothing sets it off, else nil.
        func following(_ i: Int) -> String? {
            i + 1 < pieces.count && !pieces[i].closes && !pieces[i + 1].setOff ? pieces[i + 1].word : nil
        }
        var term = [Bool](repeating: false, count: pieces.count)
        for (i, piece) in pieces.enumerated() {
            if words.contains(piece.word) { term[i] = true }
            if piece.word == "remote", !(following(i).map(remoteExceptions.contains) ?? false) { term[i] = true }
            if places.contains(piece.word), following(i) == nil { term[i] = true }
            for phrase in phrases where phrase[0] == piece.word && i + phrase.count <= pieces.count {
                let run = i..<(i + phrase.count)
                if zip(run, phrase).allSatisfy({ pieces[$0].word == $1 }), run.dropLast().allSatisfy({ following($0) != nil }) {
                    for j in run { term[j] = true }
                }
            }
        }
        let others = pieces.indices.filter { !term[$0] && !pieces[$0].word.isEmpty }
        // `PT`, `PM` and `AM` with other words: the physical therapist or project manager, or the terms.
        for (i, piece) in pieces.enumerated() where !term[i] && (piece.word == "pt" || piece.word == "pm" || piece.word == "am") {
            guard others.count > 1 else { continue }
            let next = following(i)
            let previous = i > 0 && !piece.setOff ? pieces[i - 1].word : nil
            if piece.word == "pt" {
                let therapy = next.map(physicalTherapyHeads.contains) ?? false || previous.map(physicalTherapySettings.contains) ?? false
                term[i] = !therapy
            } else {
                // `PM` ends a title as project manager (`IT PM`); before a word or set off, it and `AM` are the shift.
                term[i] = next != nil || previous == nil
            }
        }
        guard term.contains(true), others.contains(where: { !term[$0] }) else { return title }
        // A dash or bar left at either end set off what was taken out (`Cashier - PT` → `Cashier`).
        var kept = pieces.indices.filter { !term[$0] }
        while let first = kept.first, pieces[first].word.isEmpty { kept.removeFirst() }
        while let last = kept.last, pieces[last].word.isEmpty { kept.removeLast() }
        return kept.map { String(pieces[$0].text) }.joined(separator: " ")
    }
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
