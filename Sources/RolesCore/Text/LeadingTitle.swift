import Foundation

/// The job title a resume or a job ad leads with, scored as a title beside the whole text
/// (`LeadingTitle.weight`).
///
/// A resume's most recent job and an ad's own title say more about the occupation than any other line,
/// but in the whole text their few words weigh as little as a line of duties. Scored as a title (words,
/// grams, head and exact title), `Industrial Engineer` or `Systems Administrator` also reaches the role of
/// that name rather than one whose duties the text happens to share more words with.
public enum LeadingTitle {
    /// Weight of the title's score added to the whole text's. On the development set 0.1 gave job ads
    /// top-3 0.950 → 0.975 and MRR 0.887 → 0.890 over all 160 texts (top-1 0.825 either way); 0.2 gave the
    /// same but for MRR 0.889. See `Docs/WEIGHTING.md`.
    public static let weight: Float = 0.1

    /// The titles a text may lead with, in the order to try them; a caller takes the first whose head the
    /// index knows:
    /// - for a resume, its first job held: the line with the first span of dates, up to its first
    ///   qualifier separator, ` at ` or the dates (`leadingParts(of:whole:)`: `Staff Nurse — Riverside General
    ///   | 2019–Present` → `Staff Nurse`; after the dates when the line opens with them, unless only the time
    ///   the job lasted follows them: `Mar 2019 - Present · 5 yrs 9 mos`), then the line above it (a title on a
    ///   line of its own, over `Riverside General — 2019–Present`), or the line above that when the line above
    ///   names the employer (`Senior Accountant` / `Harbor Freight Logistics Inc.`, or a profile page's
    ///   `Registered Nurse` / `St. Luke's Health · Full-time`), then the line below it
    ///   likewise (under `Riverside General | 2019–Present`, or under the dates alone); a part that names the
    ///   employer (`namesEmployer`) is passed over, on the job's line for the part after it (`Riverside
    ///   Medical Center — Staff Nurse | 2019–Present` → `Staff Nurse`);
    /// - else the first line before its qualifier (a job ad's title: `Industrial Engineer – Distribution
    ///   Center`) and without a label (`Job Title:`), unless the second line gives contact details (the
    ///   first is then a name); the second line when the first is an organization's name, or when the
    ///   third gives contact details (a resume's name, headline and contacts: `Michael Baker` / `Senior
    ///   Accountant` / `michael@example.com`), or when the first is two or three capitalized words opening with
    ///   one that `knows` (the index's vocabulary) does not know: a name over a headline (`Michael Baker` /
    ///   `Senior Accountant`, which led with Bakers).
    /// Each must read as a title (`TaskLines.isTitleLike`: at most eight words, capitalized, no sentence
    /// end) and not be a section heading (`EXPERIENCE`), so a list of tasks or a summary has none.
    /// - Complexity: O(n) in the length of the text.
    public static func candidates(in text: String, knows: (String) -> Bool = { _ in true }) -> [String] {
        let lines = Self.lines(text)
        guard let first = lines.first else { return [] }
        if let job = lines.firstIndex(where: { TaskLines.hasDateSpan($0) }) {
            var found: [String] = []
            if let title = jobTitle(among: leadingParts(of: lines[job])) { found.append(title) }
            if job > 0, let above = title(TaskLines.string(lines[job - 1])) {
                if !namesEmployer(above) {
                    found.append(above)
                } else if job > 1, !TaskLines.hasDateSpan(lines[job - 2]), let title = title(TaskLines.string(lines[job - 2])),
                          !namesEmployer(title) {
                    // The employer's line is between the job's title and its dates (`Registered Nurse` / `St.
                    // Luke's Health · Full-time` / `Mar 2019 - Present · 5 yrs 9 mos`, as a profile page lists them).
                    found.append(title)
                }
            }
            if job + 1 < lines.count, !TaskLines.hasDateSpan(lines[job + 1]),
               let title = jobTitle(among: leadingParts(of: lines[job + 1], whole: true)) {
                found.append(title)
            }
            return found
        }
        if lines.count > 1, TaskLines.isContactLine(lines[1]) { return [] }
        if lines.count > 2, TaskLines.isContactLine(lines[2]) {
            // A name, a headline, then contact details: the headline is the title, and the name none.
            return title(headline(lines[1])).map { [$0] } ?? []
        }
        guard let title = title(headline(first)) else { return namedInProse(lines) }
        // An ad may name its employer first and the job under it.
        if isOrganization(title), lines.count > 1, !TaskLines.hasDateSpan(lines[1]), let next = self.title(headline(lines[1])) {
            return [next]
        }
        // A resume may open with its writer's name over a headline (`Michael Baker` / `Senior Accountant`) with no
        // contact details after them: a name's first word is one the index does not know.
        if isName(title, knows: knows), lines.count > 1, !TaskLines.hasDateSpan(lines[1]), let next = self.title(headline(lines[1])) {
            return [next]
        }
        return [title]
    }

    /// The job an ad names in its first sentences when no line of it is a title (an ad's body pasted without its
    /// title line): `The Maintenance Technician keeps our bottling line running.`, `As a Medical Assistant, you
    /// will…`, `We are looking for a Medical Assistant to…`, `Summit Logistics is seeking a dependable Forklift
    /// Operator…` — capitalized words after a sentence's opening `The` or `As a`, or after `for`, `seeking`,
    /// `hiring` or `hire` and an article (and up to two lowercase words: `a dependable`), read from the first
    /// sentence of each of the first `proseLines` lines that are no headings, up to `proseCharacters`.
    static func namedInProse(_ lines: [ArraySlice<Unicode.Scalar>]) -> [String] {
        var found: [String] = []
        for line in lines.prefix(proseLines) where TaskLines.heading(line) == nil {
            // The line's first sentence, up to `proseCharacters`.
            var end = line.startIndex
            let limit = min(line.endIndex, line.startIndex + proseCharacters)
            while end < limit, !(line[end] == "." && (end + 1 == line.endIndex || line[end + 1] == " ")) { end += 1 }
            let words = TaskLines.string(line[line.startIndex..<min(end + 1, limit)]).split(separator: " ")
            for i in words.indices {
                // Most words are none of `the`, `as` and `proseVerbs`: told by their first letter and length
                // without making a lowercase copy (a batch reads every text that leads with no title so).
                guard words[i].utf8.count <= 7, let initial = words[i].utf8.first, proseInitials.contains(initial) else { continue }
                let word = words[i].lowercased()
                let opensSentence = i == 0 || words[i - 1].last == "." || words[i - 1].last == ":"
                var start: Int? = nil
                if opensSentence, word == "the" {
                    start = i + 1
                } else if opensSentence, word == "as", i + 1 < words.count, articles.contains(words[i + 1].lowercased()) {
                    start = i + 2
                } else if proseVerbs.contains(word), i + 1 < words.count, articles.contains(words[i + 1].lowercased()) {
                    // Up to two lowercase words before the title (`a dependable`, `an experienced bilingual`).
                    var j = i + 2
                    while j < words.count, j < i + 4, words[j].first.map({ $0.isLowercase }) == true { j += 1 }
                    start = j
                }
                if let start, let title = capitalizedRun(words, from: start), !isOrganization(title), !found.contains(title) {
                    found.append(title)
                }
            }
        }
        return found
    }

    /// The first letters, in either case, of `the`, `as` and `proseVerbs`.
    private static let proseInitials: Set<UInt8> = Set("tTaAfFsShH".utf8)
    /// Lines and characters of each that `namedInProse` reads.
    static let proseLines = 3
    static let proseCharacters = 300
    /// Words a job's title follows, with an article between, in an ad's sentence (`looking for a`, `is seeking
    /// an`, `hiring a`).
    static let proseVerbs: Set<String> = ["for", "seeking", "hiring", "hire"]
    static let articles: Set<String> = ["a", "an", "our", "one"]
    /// Words a title may hold between its capitalized words (`Director of Nursing`, `Heating and Cooling Technician`).
    static let titleJoins: Set<String> = ["of", "and", "&"]

    /// The capitalized words of a sentence from `start` (`Maintenance Technician` of `Maintenance Technician
    /// keeps our line running`), with the joins between them, up to a lowercase word or a word that ends with a
    /// comma or period, when they read as a title (`title`) of at most six words.
    private static func capitalizedRun(_ words: [Substring], from start: Int) -> String? {
        var run: [Substring] = []
        var j = start
        while j < words.count, run.count < 6 {
            var word = words[j]
            let ends = word.last.map { ",.;:!?)".contains($0) } ?? false
            if ends { word = word.dropLast() }
            guard let first = word.first else { break }
            if first.isUppercase {
                run.append(word)
            } else if titleJoins.contains(word.lowercased()), !ends, j + 1 < words.count, words[j + 1].first?.isUppercase == true {
                run.append(word)
            } else {
                break
            }
            if ends { break }
            j += 1
        }
        guard !run.isEmpty else { return nil }
        return title(run.joined(separator: " "))
    }

    /// Whether a candidate could be a person's name: two or three words, each a capital and letters (an
    /// initial may end with a period: `Jordan A. Lee`).
    static func isNameShaped(_ candidate: String) -> Bool {
        let words = candidate.split(whereSeparator: ScalarClass.isWhitespace)
        return (2...3).contains(words.count) && words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.dropFirst().allSatisfy { $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" }
        }
    }

    /// Whether a candidate is a person's name (`Michael Baker`): name-shaped, and its first word neither an
    /// abbreviation (`Sr. Accountant`) nor one `knows` accepts (a word of the index).
    static func isName(_ candidate: String, knows: (String) -> Bool) -> Bool {
        guard isNameShaped(candidate), let first = candidate.split(whereSeparator: ScalarClass.isWhitespace).first else { return false }
        return TitleAbbreviations.table[TitleAbbreviations.abbreviationKey(first.lowercased()[...])] == nil && !knows(String(first))
    }

    /// A line that may be a text's title, up to its qualifier, without a label and without the words that
    /// state the job's terms (`EmploymentTerms`), which would otherwise be taken for the title when they
    /// come first: `Hiring Immediately - Forklift Operator (2nd Shift)` → `Forklift Operator (2nd Shift)`.
    /// Only a line of a few more words than a title is read for them: a text on one line is no title, and
    /// reading its every word for them had cost a batch of such texts a third of its speed.
    static func headline(_ line: ArraySlice<Unicode.Scalar>) -> String {
        let text = withoutLabel(TaskLines.string(line))
        let title = TitleChannel.wordCount(text) <= TitleChannel.maxTitleWords + 4 ? EmploymentTerms.removed(from: text) : text
        return TitleChannel.head(of: title)
    }

    /// Labels an ad may put before its job's title (`Job Title: Registered Nurse`, `We're hiring: Cook`).
    static let titleLabels = ["job title", "title", "position", "role", "job", "opening", "vacancy", "we're hiring",
                              "we are hiring", "now hiring", "hiring"]

    /// A line without a title label and the colon after it.
    static func withoutLabel(_ line: String) -> String {
        let lowered = line.lowercased()
        for label in titleLabels where lowered.hasPrefix(label) {
            let rest = lowered.dropFirst(label.count).drop(while: { $0 == " " })
            guard rest.first == ":" else { continue }
            let kept = rest.dropFirst().drop(while: { $0 == " " }).count
            return String(line.suffix(kept))
        }
        return line
    }

    /// The parts of a job's line that may name the job, in order: the first, before its first qualifier
    /// separator (`Staff Nurse, ICU — Riverside General | 2019–Present` → `Staff Nurse, ICU`), then the one
    /// after it (`Riverside Medical Center — Staff Nurse | 2019–Present` → `Staff Nurse`, for a line that
    /// names the employer first); on a line without a separator, the part before ` at ` or ` @ ` (`Senior
    /// Accountant at Acme Corp (2018–2024)` → `Senior Accountant`), else all before the span of dates
    /// (`Senior Accountant, Acme Corp, 2018–2024` → `Senior Accountant, Acme Corp`, whose head is still
    /// `Accountant`: a comma may as well separate a title's own qualifier, as in `Assistant Professor,
    /// Department of Management`). A line that opens with its dates (`2019 – Present | Staff Nurse,
    /// Riverside General`, `Jan 2019 – Present: Staff Nurse`) is read from after them. Empty when nothing
    /// is left, or when the line is all of it and `whole` is false (a job's line that is all title has no
    /// dates).
    static func leadingParts(of line: ArraySlice<Unicode.Scalar>, whole: Bool = false) -> [String] {
        var undated = line
        if let dates = TaskLines.dateSpan(line) {
            let before = line[..<dates.lowerBound]
            undated = isDatePrefix(before) ? trimmed(leadingTrimmed(line[dates.upperBound...])) : trimmed(before)
        }
        let text = TaskLines.string(undated)
        let head = TitleChannel.head(of: text)
        var parts: [ArraySlice<Unicode.Scalar>] = []
        if head.unicodeScalars.count < undated.count {
            // Cut at a qualifier separator: the first part, then the next, up to its own separator.
            let rest = leadingTrimmed(undated.dropFirst(head.unicodeScalars.count))
            parts = [Array(head.unicodeScalars)[...], Array(TitleChannel.head(of: TaskLines.string(rest)).unicodeScalars)[...]]
        } else if let cut = firstSeparator(in: undated) {
            parts = [undated[..<cut]]
        } else {
            parts = [undated]
        }
        return parts.map(trimmed).filter { part in
            part.contains(where: ScalarClass.isAlphabetic) && (whole || part.count < line.count)
        }.map(TaskLines.string)
    }

    /// The first of a job's line's parts that reads as a title, passing over one that names the employer
    /// (`namesEmployer`) to the next; nil when a part it reaches does not read as a title, or every part names
    /// an employer.
    private static func jobTitle(among parts: [String]) -> String? {
        for part in parts {
            // The time the job lasted (`5 yrs 9 mos`, after a profile page's dates) names no job.
            if isDuration(part) { return nil }
            guard let title = title(part) else { return nil }
            if !namesEmployer(title) { return title }
        }
        return nil
    }

    /// Whether what comes before a span of dates is only its months (`Jan`, `March`, `Sept.`) and separators.
    static func isDatePrefix(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = TaskLines.string(part).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.allSatisfy { months.contains(String($0)) }
    }

    /// The months as a span of dates may name them.
    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    /// A part of a line without the spaces and separators left at its start.
    private static func leadingTrimmed(_ part: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var part = part
        while let first = part.first, ScalarClass.isWhitespace(first) || Self.trailing.contains(first) || first == ")" {
            part.removeFirst()
        }
        return part
    }

    /// A part of a line without the spaces and separators left at its end.
    private static func trimmed(_ part: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var part = part
        while let last = part.last, ScalarClass.isWhitespace(last) || Self.trailing.contains(last) { part.removeLast() }
        return part
    }

    /// Whether a line gives an employer and the terms of the job held there, set off by a middle dot, as a
    /// profile page lists them under the job's title (`St. Luke's Health · Full-time`, `Acme · Contract`).
    static func isEmployerWithTerms(_ line: String) -> Bool {
        guard let dot = line.range(of: " · ", options: .backwards) else { return false }
        return profileTerms.contains(line[dot.upperBound...].trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The terms of employment a profile page names after an employer.
    static let profileTerms: Set<String> = [
        "full-time", "full time", "part-time", "part time", "self-employed", "self employed", "freelance", "contract",
        "contractor", "internship", "apprenticeship", "seasonal", "permanent", "temporary", "volunteer",
    ]

    /// Whether a part of a line is only a length of time (`5 yrs 9 mos`, `2 years`, `less than a year`), as a
    /// profile page writes after a job's dates.
    static func isDuration(_ part: String) -> Bool {
        var unit = false
        for word in part.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if durationUnits.contains(String(word)) {
                unit = true
            } else if !(word.allSatisfy { $0.isASCII && $0.isNumber } || ["less", "than", "a", "an", "and", "·"].contains(word)) {
                return false
            }
        }
        return unit
    }

    /// The words of a length of time: `TaskLines.yearWords` and months.
    static let durationUnits = TaskLines.yearWords.union(["mo", "mos", "month", "months"])

    /// Whether a part of a job's lines names the employer rather than the job: its head word (the last
    /// before a comma, a parenthesis or a complement such as `of`, as `TitleHeads` reads it) is plural,
    /// ends in `-ing`, is a word organizations end with or a legal form (`Heartland Regional Medical
    /// Center`, `Coastal Flow Controls`, `Piedmont Packaging`, `Rio Grande Police Department`, `Acme,
    /// Inc.`), or it gives the terms of the job after the employer (`isEmployerWithTerms`). A resume names the
    /// job held in the singular (`Staff Nurse`, `Process Operator`).
    static func namesEmployer(_ candidate: String) -> Bool {
        if isEmployerWithTerms(candidate) { return true }
        var head: String? = nil
        for word in TitleHeads.beforeQualifier(candidate).split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let lowered = word.lowercased()
            if TitleHeads.complements.contains(lowered) { break }
            head = lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered
        }
        guard let head else { return false }
        if organizationWords.contains(head) || legalForms.contains(head) { return true }
        // A legal form set off by a comma (`Acme, Inc.`) ends an organization's name.
        if let last = candidate.split(separator: ",").last?.drop(while: { $0 == " " }).lowercased(),
           legalForms.contains(last.hasSuffix(".") ? String(last.dropLast()) : last) {
            return true
        }
        if head.count > 3, head.hasSuffix("s"), !["ss", "us", "is"].contains(where: { head.hasSuffix($0) }) { return true }
        return head.count > 5 && head.hasSuffix("ing")
    }

    /// Whether a name is an organization's by its last word (`Acme Health Services`, `Riverside Medical
    /// Center`, `Acme, Inc.`): narrower than `namesEmployer`, for an ad's first line, whose title may be plural
    /// (`Line Cooks`).
    static func isOrganization(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last?.lowercased() else { return false }
        let word = last.hasSuffix(".") ? String(last.dropLast()) : last
        return organizationWords.contains(word) || organizationPlurals.contains(word) || legalForms.contains(word)
    }

    /// Plural words organizations' names end with.
    static let organizationPlurals: Set<String> = [
        "associates", "brands", "communications", "enterprises", "foods", "holdings", "industries", "laboratories",
        "labs", "partners", "products", "properties", "services", "solutions", "systems", "technologies", "ventures",
    ]

    /// The legal forms of companies.
    static let legalForms: Set<String> = ["inc", "llc", "llp", "ltd", "plc", "corp", "co", "gmbh", "lp"]

    /// Singular words organizations' names end with.
    static let organizationWords: Set<String> = [
        "academy", "agency", "authority", "bank", "center", "centre", "clinic", "college", "company", "corporation",
        "council", "county", "department", "district", "division", "firm", "foundation", "group", "hospital",
        "hotel", "institute", "network", "office", "practice", "restaurant", "school", "society", "studio",
        "system", "university",
    ]

    /// What a job's name may be followed by on its line when no qualifier separator is there.
    private static let separators: [[Unicode.Scalar]] = [" at ", " @ "].map { Array($0.unicodeScalars) }
    /// Left at the end of a job's name by what is cut after it.
    private static let trailing: Set<Unicode.Scalar> = ["(", "[", ",", ";", ":", "-", "\u{2013}", "\u{2014}", "|", "·", "/"]

    /// Where the first of `separators` starts, or nil.
    private static func firstSeparator(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = scalars.startIndex
        while i < scalars.endIndex {
            for separator in separators where scalars[i...].starts(with: separator) { return i }
            i += 1
        }
        return nil
    }

    /// A candidate trimmed, when it reads as a title and is not a section heading.
    private static func title(_ candidate: String) -> String? {
        let scalars = Array(candidate.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, ScalarClass.isWhitespace(scalars[start]) || TaskLines.bullets.contains(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
        let line = scalars[start..<end]
        guard TaskLines.words(in: line, atMost: 1) > 0, TaskLines.isTitleLike(line), TaskLines.heading(line) == nil else { return nil }
        return TaskLines.string(line)
    }

    /// The text's non-blank lines, trimmed of spaces and bullet markers.
    private static func lines(_ text: String) -> [ArraySlice<Unicode.Scalar>] {
        let scalars = Array(text.unicodeScalars)
        var lines: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
            var from = start, to = end
            while from < to, ScalarClass.isWhitespace(scalars[from]) || TaskLines.bullets.contains(scalars[from]) { from += 1 }
            while to > from, ScalarClass.isWhitespace(scalars[to - 1]) { to -= 1 }
            if from < to { lines.append(scalars[from..<to]) }
            start = end + 1
        }
        return lines
    }
}
