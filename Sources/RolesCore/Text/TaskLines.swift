import Foundation

/// Splits a resume or job text into the statements that may describe tasks: one per line, bullet
/// markers removed, long lines cut at sentence ends.
///
/// What is not a task is left out: lines under a heading of a section that lists rather than describes work
/// (education, skills, certifications, an objective; a job ad's requirements and benefits) up to the next heading
/// or job held, a line that starts with such a label (`Skills: SAP, Excel`), contact lines (an e-mail address, a
/// web address or a phone number), the header of a job held, recognised by its span of dates (`Staff Nurse —
/// Riverside, 2019–present`) with a job title alone on the line above or below it, and what comes before the first
/// heading when a heading of work follows (a name and contact details; an ad's title, employer and pitch), and a
/// summary's description of its writer and their years (`isSelfDescription`).
public enum TaskLines {
    /// Statements with fewer words (runs with a letter) are headings, names or dates rather than tasks.
    public static let minimumWords = 3

    /// Labels of resume and job-ad sections that list qualities or facts rather than describe work: a line
    /// starting with one (`Skills: SAP, Excel`) is left out, and so is every line under a heading made of
    /// them, up to the next heading.
    static let listLabels: Set<String> = objectiveLabels.union([
        "skills", "technical skills", "tools", "technologies", "software", "languages", "certifications",
        "certificates", "licenses", "licensure", "education", "training", "interests", "hobbies", "references",
        "contact", "email", "phone", "address", "core competencies", "competencies", "key skills", "awards",
        "honors", "publications", "affiliations", "memberships", "admissions", "bar admissions",
        "requirements", "qualifications", "minimum qualifications", "preferred qualifications",
        "required qualifications", "basic qualifications", "what we're looking for", "what we are looking for",
        "who we're looking for", "what you'll bring", "what you bring", "what you'll need", "what you will need",
        "what you need", "what we need", "what you'll need to succeed", "you have", "you bring", "about you",
        "who you are", "the ideal candidate", "ideal candidate", "must have", "must haves", "must-haves",
        "nice to have", "nice to haves", "nice-to-haves", "bonus points", "preferred", "required",
        "preferred skills", "required skills", "desired skills", "physical requirements", "working conditions",
        "work environment", "schedule", "shift", "hours", "location", "work location", "job type", "travel",
        "license", "certification", "benefits", "perks", "supplemental pay", "job details", "job types",
        "expected hours", "ability to commute", "ability to relocate", "relocation", "application questions",
        "what we offer", "we offer", "our offer", "what's in it for you", "why join us", "why work with us",
        "why you'll love working here", "compensation", "pay", "salary", "pay range", "salary range", "about us",
        "about the company", "who we are", "how to apply", "to apply", "equal opportunity", "eeo statement",
        "coursework", "relevant coursework", "courses", "professional development", "additional information",
        "proficiencies", "technical proficiencies", "areas of expertise", "expertise", "computer skills",
        "strengths", "core qualifications", "key qualifications", "skills summary", "skill highlights",
        "technical expertise", "seniority level", "employment type", "job function", "industries", "credentials",
        "designations", "details", "equipment", "security clearance", "clearance",
    ])

    /// Labels of sections that describe work: their headings end a listing section.
    static let workLabels: Set<String> = [
        "summary", "profile", "professional summary", "overview", "experience", "work experience",
        "professional experience", "relevant experience", "employment", "employment history", "work history",
        "career history", "responsibilities", "key responsibilities", "duties", "job duties", "essential duties",
        "essential functions", "tasks", "what you'll do", "what you will do", "the role", "about the role",
        "your role", "day to day", "a typical day", "projects", "accomplishments", "achievements", "highlights",
        "the job", "about the job", "job description", "job summary", "the position", "about the position",
        "position summary", "position overview", "role overview", "duties and responsibilities",
        "job responsibilities", "primary responsibilities", "your responsibilities", "what you'll be doing",
        "what you will be doing", "what you'll be working on", "full job description", "academic appointments",
        "appointments", "volunteer experience", "volunteer work", "military service", "military experience",
        "clinical experience", "teaching experience", "research experience", "clinical rotations", "internships",
        "leadership experience", "additional experience", "other experience", "relevant work experience",
        "professional background", "career summary", "executive summary", "summary of qualifications",
        "qualifications summary", "career profile", "about me", "key achievements", "selected accomplishments",
    ]

    /// Characters that mark a bullet at the start of a line.
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "-", "*", "–", "—", "▪", "●", "◦", ">"]

    /// - Complexity: O(n) in the length of the text, over Unicode scalars.
    public static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        let scalars = joiningWrappedLines(Array(text.unicodeScalars))
        var lineStart = 0
        var listing = false
        // Statements before the first heading, while there has been none: when that heading opens a
        // section of work, they were a preamble (a name and contact details, an ad's title, employer and
        // pitch) and are dropped.
        var preamble: [String]? = []
        // The statements before a first heading that opens a listing section: work (`Run stand-ups` over
        // `Skills`), unless a heading of work comes later, which makes them a preamble too (a job board's
        // title, employer and pay over `Job details`, then `Responsibilities`).
        var unheaded: [String]? = nil
        // Whether the line before was a job title standing alone, kept as the last statement: the header of
        // a job held may give the title on one line and the employer and dates on the next.
        var afterTitle = false
        // Whether the two lines before were such titles: a job's title over its employer (`Registered Nurse` /
        // `St. Luke's Health · Full-time` over the dates).
        var afterTwoTitles = false
        // Whether the line before was the header of a job held: a job title standing alone under it
        // (`Acme Corp | 2019–Present` over `Senior Accountant`) is the rest of the header.
        var afterHeader = false
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            // The next line starts after the break, `\r\n` counting as one.
            let next = lineEnd + (lineEnd + 1 < scalars.count && scalars[lineEnd] == "\r" && scalars[lineEnd + 1] == "\n" ? 2 : 1)
            var start = lineStart
            while start < lineEnd, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
            let bulleted = start < lineEnd && bullets.contains(scalars[start])
            while start < lineEnd, ScalarClass.isWhitespace(scalars[start]) || bullets.contains(scalars[start]) { start += 1 }
            let line = scalars[start..<lineEnd]
            let titleBefore = afterTitle, twoTitlesBefore = afterTwoTitles, headerBefore = afterHeader
            afterTitle = false
            afterTwoTitles = false
            afterHeader = false
            if hasDateSpan(line) {
                // A job held starts here, whatever heading came before (one this reader does not know).
                listing = false
                if titleBefore {
                    let above = preamble != nil ? preamble!.removeLast() : pieces.removeLast()
                    if twoTitlesBefore, LeadingTitle.namesEmployer(above) {
                        if preamble != nil { preamble!.removeLast() } else { pieces.removeLast() }
                    }
                }
                afterHeader = true
                lineStart = next
                continue
            }
            if headerBefore, !bulleted, isTitleLike(line), heading(line) == nil {
                lineStart = next
                continue
            }
            if endsWithYear(line) {
                // A job of one year (`Editorial Intern — Central Coast Weekly | 2016`): a header too, but
                // one that ends no listing section (it could be a degree's line under Education).
                lineStart = next
                continue
            }
            if let heading = heading(line) {
                listing = heading == .list
                if let before = preamble {
                    if heading == .list { unheaded = before }
                    preamble = nil
                } else if heading == .work {
                    unheaded = nil
                }
                lineStart = next
                continue
            }
            if listing || isListLine(line) || isContactLine(line) {
                lineStart = next
                continue
            }
            let kept = (preamble ?? pieces).count
            var index = start
            while index < lineEnd {
                let scalar = scalars[index]
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ";",
                   index + 1 == lineEnd || scalars[index + 1] == " ",
                   scalar != "." || endsSentence(scalars[start..<lineEnd], period: index) {
                    append(scalars[start...index], to: &preamble, else: &pieces)
                    start = index + 1
                }
                index += 1
            }
            if start < lineEnd { append(scalars[start..<lineEnd], to: &preamble, else: &pieces) }
            afterTitle = !bulleted && (preamble ?? pieces).count == kept + 1 && isTitleLike(line)
            afterTwoTitles = afterTitle && titleBefore
            lineStart = next
        }
        return preamble ?? (unheaded ?? []) + pieces
    }

    /// Whether the period at `period` of a line ends a sentence: not when the next word starts in lowercase
    /// (`planned vs. actual`), nor after an abbreviation (`Dr. Strong`, `e.g.`) or an initial (`U.S. Army`).
    static func endsSentence(_ line: ArraySlice<Unicode.Scalar>, period: Int) -> Bool {
        var next = period + 1
        while next < line.endIndex, line[next] == " " { next += 1 }
        if next < line.endIndex, ScalarClass.isLowercase(line[next]) { return false }
        var wordStart = period
        while wordStart > line.startIndex, line[wordStart - 1] != " ", line[wordStart - 1] != "(" { wordStart -= 1 }
        let word = line[wordStart..<period]
        // An initial (`J.`), or letters with periods between them (`U.S.`, `e.g.`, `a.m.`).
        if word.count == 1, ScalarClass.isAlphabetic(word[word.startIndex]) { return false }
        if word.contains(".") { return false }
        return !abbreviations.contains(string(word).lowercased())
    }

    /// Words written with a period that ends no sentence.
    static let abbreviations: Set<String> = [
        "approx", "co", "corp", "dept", "dr", "est", "inc", "jr", "ltd", "mr", "mrs", "ms", "mt", "no", "prof", "sr", "st",
        "vs",
    ]

    /// Whether a line reads as a job title: at most eight words, every word of four letters or more
    /// capitalized, and no sentence end (`Senior Clinical Research Coordinator`, not `Give live briefings`; an
    /// abbreviation's period, as in `Harbor Freight Logistics Inc.`, ends none).
    static func isTitleLike(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last, last != ";", last != "!", last != "?", last != "." || !endsSentence(line, period: line.endIndex - 1),
              words(in: line, atMost: 8) <= 8 else { return false }
        var letters = 0
        var firstLetterLowercase = false
        for index in line.startIndex...line.endIndex {
            let scalar = index < line.endIndex ? line[index] : " "
            if scalar == " " || scalar == "\t" {
                if letters >= 4 && firstLetterLowercase { return false }
                letters = 0
                firstLetterLowercase = false
            } else if ScalarClass.isAlphabetic(scalar) {
                if letters == 0 { firstLetterLowercase = ScalarClass.isLowercase(scalar) }
                letters += 1
            }
        }
        return true
    }

    /// Adds a statement to the preamble while there is one, else to the pieces.
    private static func append(_ slice: ArraySlice<Unicode.Scalar>, to preamble: inout [String]?, else pieces: inout [String]) {
        if preamble != nil { append(slice, to: &preamble!) } else { append(slice, to: &pieces) }
    }

    /// A line break followed by a lowercase letter continues a sentence wrapped by hand; it becomes a space.
    static func joiningWrappedLines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var joined = scalars
        for i in joined.indices where joined[i] == "\n" {
            var next = i + 1
            while next < joined.count, joined[next] == " " || joined[next] == "\t" || joined[next] == "\r" { next += 1 }
            if next < joined.count, ScalarClass.isLowercase(joined[next]) {
                joined[i] = " "
                if i > 0, joined[i - 1] == "\r" { joined[i - 1] = " " }
            }
        }
        return joined
    }

    /// Whether a line is `Label: …` with a resume section label, or a requirement as job boards list them
    /// (`Forklift: 1 year (Required)`, `High school or equivalent (Preferred)`).
    static func isListLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        if line.last == ")", let open = line.lastIndex(of: "("),
           ["(required)", "(preferred)"].contains(label(line[open...])) {
            return true
        }
        guard let colon = line.firstIndex(of: ":"), colon - line.startIndex <= 24 else { return false }
        return listLabels.contains(label(line[line.startIndex..<colon]))
    }

    enum Heading { case list, work }

    /// What section a line heads, when it is nothing but section labels (`EDUCATION`, `Skills:`,
    /// `Licenses & Certifications`, `What you'll do`): a listing section when any label is one.
    /// - Complexity: O(n) in the length of the line; a line of more than six words is no heading and
    ///   costs one pass.
    static func heading(_ line: ArraySlice<Unicode.Scalar>) -> Heading? {
        guard line.count <= 48, words(in: line, atMost: 6) <= 6, startsWithLabelWord(line) else { return nil }
        var text = label(line)
        // `Skills:`, and a heading put as a question (`Why join us?`).
        if text.last == ":" || text.last == "?" { text.removeLast() }
        // Labels joined by `/`, `&`, `,` or the word `and`.
        var labels: [String] = []
        for piece in text.split(whereSeparator: { $0 == "/" || $0 == "&" || $0 == "," }) {
            var words: [Substring] = []
            let split: [Substring] = piece.split(separator: " ") + ["and"]
            for word in split {
                if word == "and" {
                    if !words.isEmpty { labels.append(words.joined(separator: " ")) }
                    words.removeAll()
                } else {
                    words.append(word)
                }
            }
        }
        guard !labels.isEmpty, labels.allSatisfy({ listLabels.contains($0) || workLabels.contains($0) }) else { return nil }
        // An objective joined to a summary (`Summary / Objective`) heads the summary's sentences, which are work.
        let listing = labels.filter { listLabels.contains($0) }
        if !listing.isEmpty, listing.allSatisfy(objectiveLabels.contains), labels.contains(where: workLabels.contains) { return .work }
        return listing.isEmpty ? .work : .list
    }

    /// The labels of a resume's objective, which lists what its writer wants rather than work: list labels, but
    /// with a label of work in the same heading (`Summary / Objective`) they head work.
    static let objectiveLabels: Set<String> = [
        "objective", "career objective", "professional objective", "job objective", "employment objective", "career goal",
        "career goals",
    ]

    /// The first words of every label, lowercased.
    static let labelFirstWords: Set<String> = Set(listLabels.union(workLabels).map { String($0.prefix { $0 != " " }) })

    /// Whether a line's first word, lowercased, begins some label: a cheap test that turns away nearly
    /// every line that is no heading.
    static func startsWithLabelWord(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var word = String.UnicodeScalarView()
        for scalar in line {
            if scalar == " " || scalar == ":" || scalar == "/" || scalar == "&" || scalar == "," { break }
            word.append(scalar == "\u{2019}" ? "'" : scalar)
            if word.count > 24 { return false }
        }
        return labelFirstWords.contains(String(word).lowercased())
    }

    /// A label as the sets hold it: lowercased, without spaces around it, with a typographic apostrophe
    /// made plain.
    static func label(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var lower = scalars.startIndex, upper = scalars.endIndex
        while lower < upper, ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        var plain = String.UnicodeScalarView()
        for scalar in scalars[lower..<upper] { plain.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(plain).lowercased()
    }

    /// How many words (runs between spaces) a line has, counting no further than `limit + 1`.
    static func words(in line: ArraySlice<Unicode.Scalar>, atMost limit: Int) -> Int {
        var count = 0, inWord = false
        for scalar in line {
            if scalar == " " || scalar == "\t" {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// Whether a line gives contact details: an e-mail address, a web address, or a phone number (ten
    /// digits or more in one run, spaces, dots, dashes and brackets allowed between them).
    static func isContactLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = 0
        var previous: Unicode.Scalar = " "
        for offset in line.indices {
            let scalar = line[offset]
            // name@host.domain
            if scalar == "@", isAlphanumeric(previous), line[(offset + 1)...].contains(".") { return true }
            // scheme://… and www.…
            if scalar == ":", offset + 2 < line.endIndex, line[offset + 1] == "/", line[offset + 2] == "/" { return true }
            if scalar == "w" || scalar == "W", !isAlphanumeric(previous), offset + 3 < line.endIndex,
               line[(offset + 1)...(offset + 2)].allSatisfy({ $0 == "w" || $0 == "W" }), line[offset + 3] == "." {
                return true
            }
            if isDigit(scalar) {
                digits += 1
                if digits >= 10 { return true }
            } else if !(scalar == " " || scalar == "." || scalar == "-" || scalar == "(" || scalar == ")" || scalar == "+") {
                digits = 0
            }
            previous = scalar
        }
        return false
    }

    /// Whether a line holds a span of dates, as the header of a job held does: a year (or month/year)
    /// followed by a dash or "to" and another year or "present", "current", "now" or "today".
    static func hasDateSpan(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        dateSpanStart(line) != nil
    }

    /// Where the first span of dates of a line starts (its first year, or month/year), or nil (`hasDateSpan`).
    static func dateSpanStart(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        dateSpan(line)?.lowerBound
    }

    /// The first span of dates of a line, from its first year (or month/year) to the end of its last year or
    /// of the word that leaves it open (`2019–2021`, `03/2016 to 05/2019`, `2020 - Present`), or nil.
    static func dateSpan(_ line: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var i = line.startIndex
        while i < line.endIndex {
            guard isDigit(line[i]), let afterYear = year(line, at: i) else { i += 1; continue }
            var j = afterYear
            while j < line.endIndex, line[j] == " " { j += 1 }
            if j < line.endIndex, line[j] == "-" || line[j] == "\u{2013}" || line[j] == "\u{2014}" {
                j += 1
            } else if j + 1 < line.endIndex, line[j] == "t", line[j + 1] == "o" {
                j += 2
            } else {
                i = afterYear
                continue
            }
            while j < line.endIndex, line[j] == " " { j += 1 }
            if let end = year(line, at: afterMonth(line, at: j) ?? j) { return i..<end }
            for word in Self.openEnds where startsWith(line[j...], word) { return i..<(j + word.count) }
            i = afterYear
        }
        return nil
    }

    /// Whether a line is parts set off by dashes or bars, the last a year alone (`Editorial Intern — Central
    /// Coast Weekly | 2016`, `Cook – Bistro 9 – (2015)`): the header of a job held for a year or less.
    static func endsWithYear(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == " " || line[end - 1] == ")" { end -= 1 }
        guard end - line.startIndex >= 4, let yearEnd = year(line, at: end - 4), yearEnd == end else { return false }
        var before = end - 4
        while before > line.startIndex, line[before - 1] == " " || line[before - 1] == "(" { before -= 1 }
        guard before > line.startIndex else { return false }
        let separator = line[before - 1]
        return (separator == "|" || separator == "-" || separator == "\u{2013}" || separator == "\u{2014}")
            && before - 1 > line.startIndex && line[before - 2] == " "
    }

    /// The words that end a span of dates still open.
    static let openEnds: [[Unicode.Scalar]] = ["present", "current", "now", "today"].map { Array($0.unicodeScalars) }

    /// Whether `scalars` start with the lowercase `word`, in any case.
    private static func startsWith(_ scalars: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= word.count else { return false }
        for (scalar, letter) in zip(scalars, word) {
            let lowered = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            if lowered != letter { return false }
        }
        return true
    }

    /// Where the year after a month's name starting at `i` starts (`Feb 2019`, `Sept. 2019`, `March, 2019`), or
    /// nil when no month's name starts there.
    private static func afterMonth(_ line: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
        for month in monthNames where startsWith(line[i...], month) {
            var j = i + month.count
            guard j < line.endIndex, !ScalarClass.isAlphabetic(line[j]) else { continue }
            while j < line.endIndex, line[j] == "." || line[j] == "," || line[j] == " " { j += 1 }
            return j
        }
        return nil
    }

    /// Months' names as a span of dates may end with them (`LeadingTitle.months`), longest first.
    private static let monthNames = LeadingTitle.months.sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }

    /// The end of a year (19xx or 20xx, or mm/yyyy) starting at `i` and standing alone, or nil.
    private static func year(_ line: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
        guard i < line.endIndex, i == line.startIndex || !isAlphanumeric(line[i - 1]) else { return nil }
        // mm/yyyy or m/yyyy
        var j = i
        while j < line.endIndex, j - i < 2, isDigit(line[j]) { j += 1 }
        if j > i, j < line.endIndex, line[j] == "/" { return year(line, at: j + 1) }
        guard i + 4 <= line.endIndex, line[i..<(i + 4)].allSatisfy(isDigit),
              (line[i] == "1" && line[i + 1] == "9") || (line[i] == "2" && line[i + 1] == "0"),
              i + 4 == line.endIndex || !isAlphanumeric(line[i + 4])
        else { return nil }
        return i + 4
    }

    /// Adds a statement, trimmed, when it has enough words (runs of characters with a letter).
    private static func append(_ slice: ArraySlice<Unicode.Scalar>, to pieces: inout [String]) {
        var lower = slice.startIndex, upper = slice.endIndex
        while lower < upper, ScalarClass.isWhitespace(slice[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(slice[upper - 1]) { upper -= 1 }
        var words = 0
        var inWord = false, wordHasLetter = false
        for scalar in slice[lower..<upper] {
            if scalar == " " || scalar == "\t" {
                if inWord && wordHasLetter { words += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if ScalarClass.isAlphabetic(scalar) { wordHasLetter = true }
            }
        }
        if inWord && wordHasLetter { words += 1 }
        guard words >= minimumWords else { return }
        let statement = string(slice[lower..<upper])
        // Most statements have none of a pitch's verbs, found without making a lowercase copy.
        if pitchVerbs.contains(where: { verb in (lower..<upper).contains { startsWith(slice[$0..<upper], verb) } }),
           isPitch(statement) {
            return
        }
        if statement.contains("year") || statement.contains("Year") || statement.contains("yrs"), isSelfDescription(statement) {
            return
        }
        if isRequirement(statement) { return }
        pieces.append(statement)
    }

    /// Whether a sentence states what a job requires rather than what it does, as an ad without a requirements
    /// heading writes it among its duties (`Must have CMA or RMA certification.`, `Ability to lift 50 lbs.`).
    static func isRequirement(_ sentence: String) -> Bool {
        let opening = sentence.prefix(24).lowercased()
        return requirementOpenings.contains { opening.hasPrefix($0) }
    }

    /// How requirements open.
    static let requirementOpenings = [
        "must have ", "must be ", "must possess ", "must hold ", "requires ", "required: ", "preferred: ", "minimum of ",
        "ability to ", "able to ", "knowledge of ", "proficiency in ", "proficiency with ", "proficient in ",
        "proficient with ", "high school diploma", "bachelor's degree", "bachelors degree", "associate's degree",
        "valid driver", "willingness to ", "willing to ",
    ]

    /// Whether a sentence says who a person is and for how long rather than what they do: a resume summary's
    /// `Communications leader with 11 years in healthcare and consumer brands.` or `Over 10 years of
    /// experience in retail.` — a number of years after a short description of the person, or opening the
    /// sentence, and no work after it. Work named after the years keeps the sentence a statement
    /// (`Bioinformatics specialist with 4 years building and running NGS pipelines`, `12 years managing
    /// Phase I/II assessments`, `… with 9 years of experience helping families build a plan`).
    static func isSelfDescription(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let years = words.prefix(selfDescriptionWords + 4).firstIndex(where: { yearWords.contains($0) }), years > 0 else {
            return false
        }
        // The count: `11`, `10+`, `eight`, or `10 +`; before it, a qualifier (`over`, `more than`).
        var count = years - 1
        if words[count] == "+", count > 0 { count -= 1 }
        guard isCount(words[count]) else { return false }
        var before = count
        while before > 0, countQualifiers.contains(words[before - 1]) { before -= 1 }
        // The years open the sentence, or follow `with` after a description of at most
        // `selfDescriptionWords` words.
        guard before == 0 || (words[before - 1] == "with" && before - 1 >= 1 && before - 1 <= selfDescriptionWords) else {
            return false
        }
        // After the years, `of experience` (with up to two words before `experience`), then work or not.
        var next = years + 1
        if next < words.count, words[next] == "of",
           let experience = words[(next + 1)...].prefix(3).firstIndex(where: { $0 == "experience" || $0 == "exp" }) {
            next = experience + 1
        }
        guard next < words.count else { return true }
        let word = words[next]
        return !(word.count > 4 && word.hasSuffix("ing") && word != "including")
    }

    /// The most words a resume's description of a person takes before `with` and its years (`Licensed
    /// solar water heating technician with seven years`).
    static let selfDescriptionWords = 8
    static let yearWords: Set<String> = ["year", "years", "yrs", "yr"]
    static let countQualifiers: Set<String> = ["over", "more", "than", "nearly", "almost", "about", "around", "some", "close", "to"]
    static let countWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "several", "many",
    ]

    /// Whether a word counts years: digits with an optional `+` (`10+`), or a number word.
    private static func isCount(_ word: String) -> Bool {
        if countWords.contains(word) { return true }
        var digits = Substring(word)
        if digits.hasSuffix("+") { digits = digits.dropLast() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether a sentence is an ad's pitch for the job rather than a task of it (`We are hiring a full-time
    /// FNP for our outpatient clinic.`, `Mercy Health is seeking a Registered Nurse`), or a resume's objective
    /// outside an objective section (`Administrative professional seeking an office manager role.`).
    static func isPitch(_ sentence: String) -> Bool {
        let lowered = String(sentence.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        if pitchPhrases.contains(where: { lowered.contains($0) }) { return true }
        guard let seeking = objectivePhrases.lazy.compactMap({ lowered.range(of: $0) }).first else { return false }
        return objectiveWords.contains { lowered[seeking.upperBound...].contains($0) }
    }

    /// What a resume's objective says its writer is looking for, and the words of the job it seeks after it.
    static let objectivePhrases = ["seeking a ", "seeking an ", "looking for a ", "looking for an "]
    static let objectiveWords = [" role", " position", " opportunity", " job", " career"]

    /// The verbs of `pitchPhrases`, one of which a pitch has.
    static let pitchVerbs: [[Unicode.Scalar]] = ["hiring", "looking", "seeking", "adding", "join"]
        .map { Array($0.unicodeScalars) }

    /// Phrases an ad pitches its job with: the employer's voice, or the employer named as seeking a worker
    /// (`is seeking a`, not a task's `find what each guest is looking for`).
    static let pitchPhrases = [
        "we're hiring", "we are hiring", "we're looking for", "we are looking for", "we're seeking", "we are seeking",
        "we're adding", "we are adding", "join our team", "now hiring", " is hiring ", " are hiring ", " is looking for a ",
        " is looking for an ", " is seeking a ", " is seeking an ",
    ]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isAlphabetic(scalar) || isDigit(scalar) }

    /// A run of scalars as a string, encoded byte by byte (appending the scalars to a string view goes
    /// through unspecialized generic code, scalar by scalar).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
