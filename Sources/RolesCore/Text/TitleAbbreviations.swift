/// Abbreviations and acronyms people use in job titles, with the words they stand for: `Sr. Acct Mgr`,
/// `RN`, `HVAC Tech`. A text read as a title (`TitleChannel.titlePart`) gets the words of each one it
/// uses added after it, on a line of their own, so `Tech` also matches `Technician` and `RN` matches
/// `Registered Nurse`; the abbreviation itself stays, for roles whose titles use it too.
public enum TitleAbbreviations {
    /// Lowercase abbreviation (without a final period) → the words it stands for. Kept to forms that mean
    /// one thing in a job title.
    public static let table: [String: String] = [
        // Rank and function words.
        "sr": "senior", "snr": "senior", "jr": "junior", "asst": "assistant", "assoc": "associate",
        "mgr": "manager", "mngr": "manager", "dir": "director", "exec": "executive", "coord": "coordinator",
        "supv": "supervisor", "supvr": "supervisor", "supvsr": "supervisor", "spec": "specialist",
        "rep": "representative", "reps": "representatives", "tech": "technician", "techs": "technicians",
        "engr": "engineer", "eng": "engineer", "admin": "administrative administrator", "adm": "administrative",
        "acct": "accountant accounting", "acctg": "accounting", "ops": "operations", "svc": "service",
        "svcs": "services", "cust": "customer", "maint": "maintenance", "mech": "mechanic", "elec": "electrical",
        "mktg": "marketing", "mkt": "marketing", "mfg": "manufacturing", "prod": "production", "whse": "warehouse",
        "dept": "department", "govt": "government", "intl": "international", "natl": "national",
        "hr": "human resources", "it": "information technology", "pm": "project manager", "vp": "vice president",
        "svp": "senior vice president", "evp": "executive vice president", "avp": "assistant vice president",
        "ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
        "cto": "chief technology officer", "cio": "chief information officer", "cmo": "chief marketing officer",
        // Health care.
        "rn": "registered nurse", "lpn": "licensed practical nurse", "lvn": "licensed vocational nurse",
        "cna": "certified nursing assistant", "np": "nurse practitioner", "aprn": "advanced practice nurse",
        "crna": "nurse anesthetist", "emt": "emergency medical technician", "cma": "certified medical assistant",
        "hha": "home health aide", "pca": "personal care aide", "slp": "speech language pathologist",
        "ot": "occupational therapist", "pt": "physical therapist", "pta": "physical therapist assistant",
        "cota": "occupational therapy assistant", "rt": "respiratory therapist", "rrt": "respiratory therapist",
        "rdh": "dental hygienist", "rda": "dental assistant", "cpht": "pharmacy technician",
        "lmt": "massage therapist", "lcsw": "clinical social worker", "md": "physician", "dds": "dentist",
        "dmd": "dentist", "pharmd": "pharmacist", "sped": "special education", "lab": "laboratory",
        "med": "medical medicine", "rehab": "rehabilitation", "vet": "veterinary veterinarian",
        "psych": "psychology psychiatric", "pharm": "pharmacy",
        "bcba": "behavior analyst", "rbt": "behavior technician", "mls": "medical laboratory scientist",
        "huc": "health unit coordinator", "l&d": "labor and delivery", "tele": "telemetry", "surg": "surgical",
        // School subjects, as teachers' titles shorten them (`Bio Teacher`, `AP Stats Teacher`).
        "bio": "biology", "chem": "chemistry chemical", "stats": "statistics", "econ": "economics", "sci": "science",
        "calc": "calculus", "gov": "government", "hist": "history", "lit": "literature", "ell": "english language learner",
        // Finance, office and technology.
        "cpa": "certified public accountant", "ap": "accounts payable", "ar": "accounts receivable",
        "ap/ar": "accounts payable receivable", "csr": "customer service representative",
        "qa": "quality assurance", "qc": "quality control", "sdet": "software test engineer",
        "swe": "software engineer", "dba": "database administrator", "sysadmin": "system administrator",
        "ux": "user experience", "ui": "user interface", "seo": "search engine optimization",
        "bi": "business intelligence", "ml": "machine learning", "ai": "artificial intelligence",
        "bdr": "business development representative", "sdr": "sales development representative",
        "sre": "site reliability engineer", "ba": "business analyst", "pmo": "project management office",
        // Compounds written as one word that O*NET's titles write as two (`Back End Engineer`).
        "backend": "back end", "frontend": "front end", "fullstack": "full stack",
        // Trades and transport.
        "hvac": "heating ventilation air conditioning", "cdl": "commercial truck driver",
        "cnc": "computer numerically controlled", "ehs": "environmental health safety",
        "hse": "health safety environmental",
    ]

    /// Abbreviations whose words are alternatives, one of which a title means (`Acct`: accountant or
    /// accounting), rather than one phrase (`RN`: registered nurse).
    static let alternatives: Set<String> = ["acct", "admin", "med", "vet", "psych", "chem"]
    /// Abbreviations that mean something else beside certain words, with those words: `AP` in `AP Chemistry
    /// Teacher` or `AP Bio Tutor` is Advanced Placement, a course, not accounts payable.
    static let otherMeanings: [String: Set<String>] = [
        "tele": ["sales", "marketing", "marketer", "marketers", "sale", "communications"],
        "ap": ["teacher", "teachers", "tutor", "tutors", "instructor", "instructors", "educator", "faculty",
               "course", "courses", "class", "classes", "exam", "exams", "reader", "grader"],
    ]
    /// Most spellings `spelledOut` gives.
    static let maxSpellings = 4

    /// The words of a text with each abbreviation replaced by the words it stands for, joined by spaces
    /// (`Industrial Engineering Tech` → `Industrial Engineering technician`, `RN` → `registered nurse`): the
    /// title as a role's title would spell it, for looking it up whole (`ExactTitles`). An abbreviation of
    /// alternatives gives one spelling per alternative (`Admin Asst` → `administrative assistant`,
    /// `administrator assistant`), at most `maxSpellings` in all. The text itself when it uses no
    /// abbreviation.
    /// - Complexity: O(n · s) in the length of the text, for s spellings.
    public static func spelledOut(_ text: String) -> [String] {
        var spellings: [[String]] = [[]]
        var replaced = false
        let words = text.split(whereSeparator: isSeparator)
        let keys = words.map { abbreviationKey($0.lowercased()[...]) }
        for (word, key) in zip(words, keys) {
            guard let words = meaning(of: key, among: keys) else {
                for i in spellings.indices { spellings[i].append(String(word)) }
                continue
            }
            replaced = true
            let choices = alternatives.contains(key) ? words.split(separator: " ").map(String.init) : [words]
            spellings = Array(spellings.lazy.flatMap { spelling in choices.lazy.map { spelling + [$0] } }.prefix(maxSpellings))
        }
        return replaced ? spellings.map { $0.joined(separator: " ") } : [text]
    }

    /// The words an abbreviation stands for in a title of these abbreviation keys (`abbreviationKey` of each
    /// word), nil when it is none or when a word beside it gives it another meaning (`otherMeanings`).
    static func meaning(of key: String, among keys: [String]) -> String? {
        guard let words = table[key] else { return nil }
        if let others = otherMeanings[key], keys.contains(where: others.contains) { return nil }
        return words
    }


    /// Whether a character separates the words of a title that abbreviations are looked up by.
    static func isSeparator(_ character: Character) -> Bool {
        ScalarClass.isWhitespace(character) || character == "," || character == "(" || character == ")" || character == "-"
    }

    /// A word as the table keys it: without final periods, colons or semicolons, nor a leading period.
    static func abbreviationKey(_ word: Substring) -> String {
        var key = word
        while let last = key.last, last == "." || last == ":" || last == ";" { key = key.dropLast() }
        if let first = key.first, first == "." { key = key.dropFirst() }
        return String(key)
    }

    /// The text with the expansions of its abbreviations on a line after it, or the text itself when it
    /// uses none.
    /// - Complexity: O(n) in the length of the text.
    public static func expand(_ text: String) -> String {
        var expansions: [String] = []
        var seen = Set<String>()
        let lowered = text.lowercased()
        let words: [Substring]
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most titles are ASCII: split their bytes, without a Unicode property lookup per character.
            words = lowered.utf8.split { byte in
                byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(")
                    || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "-")
            }.map { Substring($0) }
        } else {
            words = lowered.split(whereSeparator: isSeparator)
        }
        let keys = words.map(abbreviationKey)
        for key in keys {
            if let words = meaning(of: key, among: keys), seen.insert(key).inserted { expansions.append(words) }
        }
        return expansions.isEmpty ? text : text + "\n" + expansions.joined(separator: "\n")
    }
}
