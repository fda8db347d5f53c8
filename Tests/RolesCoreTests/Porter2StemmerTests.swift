import Testing
@testable import RolesCore

// Expected stems are copied from the Snowball project's published reference data, never produced by
// this implementation:
//  * `Porter2Reference`: pairs from the English sample vocabulary and its stemmed output
//    (snowballstem/snowball-data, english/voc.txt and english/output.txt at commit
//    c87231db9e26e7fbc524b7000d720fc882a5dc80), and the sample table on the English stemmer page. That
//    output comes from the Snowball 3.0 English stemmer, which differs from 3.1 only for words starting
//    "inter"; none of those are taken from it.
//  * The exceptional forms, the Step 1b exceptions, the Step 1c examples and the "gener" examples: the
//    published algorithm description (https://snowballstem.org/algorithms/english/stemmer.html).
//  * The "inter" prefix: the Snowball 3.1.0 release notes ("the stem of interval is now interval"; intern,
//    internal, international and internment are no longer conflated; the interfere forms now are).

enum Porter2Reference {
    /// The sample table on the Snowball English stemmer page: consign ... constant and knack ... knots.
    static let sampleVocabulary: [(word: String, stem: String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"),
        ("consignment", "consign"), ("consist", "consist"), ("consisted", "consist"),
        ("consistency", "consist"), ("consistent", "consist"), ("consistently", "consist"),
        ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"),
        ("consoled", "consol"), ("consoles", "consol"), ("consolidate", "consolid"),
        ("consolidated", "consolid"), ("consolidating", "consolid"), ("consoling", "consol"),
        ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"), ("consort", "consort"),
        ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"),
        ("conspiring", "conspir"), ("constable", "constabl"), ("constables", "constabl"),
        ("constance", "constanc"), ("constancy", "constanc"), ("constant", "constant"), ("knack", "knack"),
        ("knackeries", "knackeri"), ("knacks", "knack"), ("knag", "knag"), ("knave", "knave"),
        ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("kneading", "knead"),
        ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"),
        ("kneels", "kneel"), ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"),
        ("knick", "knick"), ("knif", "knif"), ("knife", "knife"), ("knight", "knight"),
        ("knightly", "knight"), ("knights", "knight"), ("knit", "knit"), ("knits", "knit"),
        ("knitted", "knit"), ("knitting", "knit"), ("knives", "knive"), ("knob", "knob"),
        ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"), ("knocker", "knocker"),
        ("knockers", "knocker"), ("knocking", "knock"), ("knocks", "knock"), ("knopp", "knopp"),
        ("knot", "knot"), ("knots", "knot"),
    ]

    /// The first lines of voc.txt: a leading apostrophe is removed, then the longest of ', 's, 's'.
    static let apostrophes: [(word: String, stem: String)] = [
        ("'", "'"), ("''", "''"), ("'''", "'"), ("'a", "'a"), ("'a'", "a"), ("'aa", "aa"), ("'aa'", "aa"),
        ("'as", "as"), ("'as'", "as"), ("'s", "'s"), ("'s'", "s"), ("a", "a"), ("a'", "a'"), ("a''", "a'"),
        ("aa'", "aa"),
    ]

    /// Words of two letters or fewer are left as they are.
    static let shortWords: [(word: String, stem: String)] = [
        ("ac", "ac"), ("ad", "ad"), ("aw", "aw"), ("ay", "ay"), ("ba", "ba"), ("be", "be"), ("em", "em"),
        ("ye", "ye"), ("yo", "yo"),
    ]

    /// Step 1a: sses -> ss; ied, ies -> i or ie; s deleted after a vowel that is not just before it; us, ss
    /// kept.
    static let step1a: [(word: String, stem: String)] = [
        ("abandons", "abandon"), ("abbess", "abbess"), ("abbeys", "abbey"), ("abyss", "abyss"),
        ("abysses", "abyss"), ("acres", "acr"), ("adas", "ada"), ("alias", "alia"), ("asses", "ass"),
        ("atlases", "atlas"), ("accessories", "accessori"), ("accompanies", "accompani"),
        ("armies", "armi"), ("argosies", "argosi"), ("babies", "babi"), ("gas", "gas"), ("gaps", "gap"),
        ("unties", "unti"), ("untied", "unti"), ("ashes", "ash"),
    ]

    /// Step 1b: eed, eedly -> ee in R1; ed, edly, ing, ingly deleted after a vowel, then at/bl/iz + e,
    /// undoubling, or + e for short words.
    static let step1b: [(word: String, stem: String)] = [
        ("abandoned", "abandon"), ("abandoning", "abandon"), ("abated", "abat"), ("abetting", "abet"),
        ("abhorred", "abhor"), ("abhorring", "abhor"), ("abed", "abe"), ("added", "add"),
        ("adding", "add"), ("agreed", "agre"), ("agreeing", "agre"), ("ailing", "ail"), ("ached", "ach"),
        ("aching", "ach"), ("amazedly", "amaz"), ("amazedness", "amazed"), ("amazingly", "amaz"),
        ("adoptedly", "adopt"), ("authorized", "author"), ("agonized", "agon"), ("bagging", "bag"),
        ("banning", "ban"), ("barred", "bar"), ("bedded", "bed"), ("beginning", "begin"),
        ("behring", "behr"), ("being", "be"), ("beings", "be"), ("beeswing", "beesw"), ("dyed", "dy"),
        ("exceed", "exceed"), ("exceeded", "exceed"), ("exceeding", "exceed"), ("exceedingly", "exceed"),
        ("exceeds", "exceed"), ("azingly", "aze"), ("communing", "commune"),
    ]

    /// Step 1c: a final y after a non-vowel that is not the first letter becomes i.
    static let step1c: [(word: String, stem: String)] = [
        ("aby", "abi"), ("academy", "academi"), ("accuracy", "accuraci"), ("ahungry", "ahungri"),
        ("airy", "airi"), ("ashy", "ashi"), ("awry", "awri"), ("abergavenny", "abergavenni"),
        ("aready", "areadi"), ("awasy", "awasi"), ("wry", "wri"), ("wrying", "wri"), ("why", "whi"),
        ("colloquy", "colloquy"),
    ]

    /// Step 2: the longest of tional, enci, anci, abli, entli, izer, ization, ational, ation, ator, alism,
    /// aliti, alli, fulness, ousli, ousness, iveness, iviti, biliti, bli, ogist, ogi, fulli, lessli, li, in
    /// R1 (the longest match decides even when it is not in R1).
    static let step2: [(word: String, stem: String)] = [
        ("comely", "come"), ("abbreviation", "abbrevi"), ("abnormality", "abnorm"),
        ("abnormally", "abnorm"), ("accountability", "account"), ("adaptability", "adapt"),
        ("acceptation", "accept"), ("administrator", "administr"), ("admiralty", "admiralti"),
        ("agreeably", "agreeabl"), ("aimlessly", "aimless"), ("alphabetically", "alphabet"),
        ("airily", "airili"), ("anciently", "ancient"), ("annually", "annual"), ("actually", "actual"),
        ("actuality", "actual"), ("activity", "activ"), ("acclivity", "accliv"), ("advisability", "advis"),
        ("abundantly", "abund"), ("ambitiously", "ambiti"), ("anxiously", "anxious"),
        ("ascendancy", "ascend"), ("ascendency", "ascend"), ("arrogancy", "arrog"),
        ("anglicanism", "anglican"), ("archaeology", "archaeolog"), ("archaeological", "archaeolog"),
        ("archaeologists", "archaeolog"), ("apologists", "apolog"), ("biology", "biolog"),
        ("biological", "biolog"), ("biologies", "biolog"), ("genealogist", "genealog"),
        ("geologist", "geolog"), ("geologists", "geolog"), ("oncologist", "oncolog"),
        ("ornithologist", "ornitholog"), ("philology", "philolog"), ("artfully", "art"),
        ("artfulness", "art"), ("awfully", "aw"), ("bashfulness", "bash"), ("beastly", "beast"),
        ("beastliness", "beastli"), ("beggarly", "beggar"), ("outlying", "out"), ("operational", "oper"),
        ("operationally", "oper"), ("gleefully", "gleefulli"), ("woefully", "woefulli"),
        ("wofully", "wofulli"), ("geously", "geousli"), ("grossly", "grossli"), ("gruffly", "gruffli"),
        ("generalization", "general"),
    ]

    /// Step 3: tional, ational, alize, icate, iciti, ical, ful, ness in R1; ative in R2.
    static let step3: [(word: String, stem: String)] = [
        ("argumentative", "argument"), ("authoritative", "authorit"), ("affirmative", "affirm"),
        ("alternative", "altern"), ("archness", "arch"), ("abjectness", "abject"), ("awful", "aw"),
        ("artful", "art"), ("armful", "arm"), ("barful", "bar"), ("baroness", "baro"),
        ("beautiful", "beauti"), ("bellyful", "belly"), ("arithmetical", "arithmet"),
        ("authenticated", "authent"), ("authenticity", "authent"), ("animalized", "anim"),
        ("attentivenes", "attentiven"), ("combativeness", "combat"), ("comical", "comic"),
        ("comicality", "comic"), ("woeful", "woeful"), ("gleeful", "gleeful"),
        ("engagingness", "engaging"), ("exceptionalness", "exception"),
    ]

    /// Step 4: al, ance, ence, er, ic, able, ible, ant, ement, ment, ent, ism, ate, iti, ous, ive, ize, and
    /// ion after s or t, in R2.
    static let step4: [(word: String, stem: String)] = [
        ("abdominal", "abdomin"), ("abundance", "abund"), ("abstinence", "abstin"), ("adapter", "adapt"),
        ("acceptable", "accept"), ("accessible", "access"), ("abundant", "abund"), ("abatement", "abat"),
        ("adjustment", "adjust"), ("absorbent", "absorb"), ("antagonism", "antagon"),
        ("accommodate", "accommod"), ("absurdity", "absurd"), ("adulterous", "adulter"),
        ("abortive", "abort"), ("abduction", "abduct"), ("abolition", "abolit"), ("aberration", "aberr"),
        ("ascension", "ascens"), ("agreement", "agreement"), ("arrangement", "arrang"),
        ("bacchanals", "bacchan"), ("assiduity", "assidu"), ("atrocities", "atroc"),
        ("benefactions", "benefact"), ("beneficent", "benefic"), ("consider", "consid"),
        ("considerable", "consider"), ("organism", "organism"),
    ]

    /// Step 5: e in R2, or in R1 and not after a short syllable; l after l in R2.
    static let step5: [(word: String, stem: String)] = [
        ("abase", "abas"), ("able", "abl"), ("abide", "abid"), ("abbe", "abb"), ("ace", "ace"),
        ("ake", "ake"), ("acre", "acr"), ("aisle", "aisl"), ("allee", "alle"), ("armee", "arme"),
        ("appall", "appal"), ("befall", "befal"), ("befell", "befel"), ("austell", "austel"),
        ("equall", "equal"), ("equalle", "equall"), ("assaye", "assay"),
    ]

    /// R1 starts after gener, commun, arsen, past, univers, later, emerg and organ; "past" also counts as a
    /// short syllable.
    static let specialPrefixes: [(word: String, stem: String)] = [
        ("generate", "generat"), ("generated", "generat"), ("generating", "generat"),
        ("generation", "generat"), ("generative", "generat"), ("general", "general"),
        ("generally", "general"), ("generalities", "general"), ("generic", "generic"),
        ("generous", "generous"), ("generously", "generous"), ("generosity", "generos"),
        ("commune", "commune"), ("communed", "commune"), ("communicate", "communic"),
        ("communication", "communic"), ("communicative", "communic"), ("communion", "communion"),
        ("communism", "communism"), ("communities", "communiti"), ("community", "communiti"),
        ("arsenal", "arsenal"), ("arsenals", "arsenal"), ("arsenate", "arsenat"), ("arsenic", "arsenic"),
        ("arsenide", "arsenid"), ("arsenite", "arsenit"), ("past", "past"), ("paste", "paste"),
        ("pasted", "paste"), ("pasting", "paste"), ("pastoral", "pastor"), ("pastorally", "pastor"),
        ("pasture", "pastur"), ("universal", "universal"), ("universally", "universal"),
        ("universe", "univers"), ("universities", "universiti"), ("university", "universiti"),
        ("later", "later"), ("lateral", "lateral"), ("laterally", "lateral"), ("lately", "late"),
        ("emerge", "emerg"), ("emerged", "emerg"), ("emergencies", "emergenc"), ("emergency", "emergenc"),
        ("emerging", "emerg"), ("organ", "organ"), ("organic", "organic"), ("organically", "organic"),
        ("organisation", "organis"), ("organization", "organiz"), ("organize", "organiz"),
        ("organized", "organiz"), ("organs", "organ"),
    ]

    /// An initial y, or a y after a vowel, is a consonant (Y) while stemming.
    static let consonantY: [(word: String, stem: String)] = [
        ("yes", "yes"), ("yeas", "yea"), ("yearly", "year"), ("yellower", "yellow"),
        ("younger", "younger"), ("yield", "yield"), ("yielding", "yield"), ("yesty", "yesti"),
        ("enjoy", "enjoy"), ("enjoying", "enjoy"), ("enjoyable", "enjoy"), ("enjoyment", "enjoy"),
        ("asaying", "asay"), ("aying", "aye"), ("assayer", "assay"), ("assaying", "assay"),
        ("conveying", "convey"), ("conveyed", "convey"), ("coyness", "coy"),
    ]

    /// Exceptional forms and -ing/-y cases as they appear in the sample vocabulary.
    static let exceptionalInVocabulary: [(word: String, stem: String)] = [
        ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("biased", "bias"), ("andes", "andes"),
        ("early", "earli"), ("earliness", "earli"), ("only", "onli"), ("gently", "gentl"),
        ("gentleness", "gentl"), ("dying", "die"), ("lying", "lie"), ("vying", "vie"), ("vied", "vie"),
        ("untying", "unti"), ("earring", "earring"), ("earrings", "earring"), ("evening", "evening"),
        ("evenings", "evening"), ("evenly", "even"), ("outing", "outing"),
    ]

    /// More of the sample vocabulary, across all steps.
    static let moreVocabulary: [(word: String, stem: String)] = [
        ("wanly", "wan"), ("wanness", "wan"), ("witness", "wit"), ("wilful", "wil"), ("willingly", "will"),
        ("willingness", "willing"), ("wickedness", "wicked"), ("wickedly", "wick"), ("usefulness", "use"),
        ("uselessly", "useless"), ("unwillingly", "unwil"), ("vehemently", "vehement"),
        ("vainglory", "vainglori"), ("lovingness", "loving"), ("lovingly", "love"),
        ("likelihood", "likelihood"), ("likelier", "likeli"), ("liveliness", "liveli"),
        ("operative", "oper"), ("opinionated", "opinion"), ("particularly", "particular"),
        ("persevering", "persev"), ("perseverance", "persever"), ("patroness", "patro"),
        ("exceptional", "except"), ("excommunication", "excommun"), ("emptiness", "empti"),
        ("eagerly", "eager"), ("dynasty", "dynasti"), ("earthly", "earth"), ("easily", "easili"),
        ("governess", "gover"), ("gladness", "glad"), ("grievously", "grievous"),
        ("vindictiveness", "vindict"), ("victorious", "victori"), ("vulgarities", "vulgar"),
        ("utility", "util"), ("utilize", "util"), ("uprightness", "upright"),
        ("unselfishness", "unselfish"), ("unreasonableness", "unreason"), ("watchfulness", "watch"),
        ("youthfulness", "youth"), ("wonderfully", "wonder"), ("worthlessness", "worthless"),
        ("wretchedness", "wretched"), ("aboveboard", "aboveboard"),
    ]
}

@Suite("Porter2Stemmer")
struct Porter2StemmerTests {
    let stemmer = Porter2Stemmer()

    private func expectStems(
        _ pairs: [(word: String, stem: String)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (word, stem) in pairs {
            #expect(stemmer.stem(word) == stem, "stem(\"\(word)\")", sourceLocation: sourceLocation)
        }
    }

    @Test func stemsTheSampleTableFromTheAlgorithmPage() {
        expectStems(Porter2Reference.sampleVocabulary)
    }

    @Test func removesALeadingApostropheAndApostropheSuffixes() {
        expectStems(Porter2Reference.apostrophes)
    }

    @Test func leavesWordsOfTwoLettersOrFewerUnchanged() {
        expectStems(Porter2Reference.shortWords)
        for word in ["", "a", "y", "'", "is", "by", "'s", "s'", "ys"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func returnsWordsWithCharactersOtherThanLettersAndApostrophesUnchanged() {
        let words = [
            "c++", "401k", "3d", "1990s", "e-mail", "running!", "two words", "tab\tbed",
            "naïve", "café", "résumés", "ünïcödé",
        ]
        for word in words {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func step1aRemovesPluralEndings() {
        expectStems(Porter2Reference.step1a)
    }

    @Test func step1bRemovesEdAndIngEndings() {
        expectStems(Porter2Reference.step1b)
    }

    @Test func step1cTurnsAFinalYAfterAConsonantIntoI() {
        expectStems(Porter2Reference.step1c)
        // The description's own examples: cry -> cri, by -> by, say -> say.
        expectStems([("cry", "cri"), ("by", "by"), ("say", "say")])
    }

    @Test func step2ReplacesDerivationalSuffixesInR1() {
        expectStems(Porter2Reference.step2)
    }

    @Test func step3ReplacesSuffixesInR1() {
        expectStems(Porter2Reference.step3)
    }

    @Test func step4DeletesSuffixesInR2() {
        expectStems(Porter2Reference.step4)
    }

    @Test func step5DeletesAFinalEOrDoubleL() {
        expectStems(Porter2Reference.step5)
    }

    @Test func stopsAfterStep1ForTheEndingsGiven() {
        let stemmer = Porter2Stemmer()
        let endings: [StaticString] = ["iti", "ful"]
        // Step 1 forms ending so are kept whole; the others are stemmed as usual.
        let expected: [(word: String, stem: String)] = [("hospitality", "hospitaliti"), ("hospitalities", "hospitaliti"), ("hospital", "hospit"),
                        ("contentful", "contentful"), ("content", "content"), ("negotiation", "negoti"),
                        ("relativity", "relativiti"), ("related", "relat"), ("sky", "sky")]
        for (word, stem) in expected {
            #expect(stemmer.stem(word, keepingStep1FormsEndingWith: endings) == stem, "\(word)")
        }
        // Without endings, the published algorithm.
        #expect(stemmer.stem("hospitality", keepingStep1FormsEndingWith: []) == "hospit")
    }

    @Test func startsR1AfterTheSpecialPrefixes() {
        expectStems(Porter2Reference.specialPrefixes)
        // The description's gener example: these no longer all conflate to "gener".
        expectStems([
            ("generate", "generat"), ("generates", "generat"), ("generated", "generat"), ("generating", "generat"),
            ("general", "general"), ("generally", "general"), ("generic", "generic"), ("generically", "generic"),
            ("generous", "generous"), ("generously", "generous"),
        ])
    }

    @Test func startsR1AfterInter() {
        // Snowball 3.1: "The stem of interval is now interval".
        #expect(stemmer.stem("interval") == "interval")
        // "We now avoid conflating intern, internal, international and internment."
        let interns = ["intern", "internal", "international", "internment"].map { stemmer.stem($0) }
        #expect(Set(interns).count == 4, "\(interns)")
        // "We now conflate interfere/interferes/interference with interfered/interfering."
        let interferes = ["interfere", "interferes", "interference", "interfered", "interfering"].map { stemmer.stem($0) }
        #expect(Set(interferes).count == 1, "\(interferes)")
    }

    @Test func treatsAnInitialYAndAYAfterAVowelAsAConsonant() {
        expectStems(Porter2Reference.consonantY)
    }

    @Test func mapsTheExceptionalFormsToTheirFixedStems() {
        expectStems([
            ("skis", "ski"), ("skies", "sky"),
            ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
            ("singly", "singl"),
        ])
        expectStems(Porter2Reference.exceptionalInVocabulary)
    }

    @Test func leavesTheInvariantExceptionalFormsUnchanged() {
        for word in ["sky", "news", "howe", "atlas", "cosmos", "bias", "andes"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func stemsAConsonantPlusYingToIe() {
        // dying -> die, lying -> lie, tying -> tie; the rule follows Step 1a, so dyings -> die too.
        expectStems([("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("dyings", "die")])
    }

    @Test func keepsTheIngAndEedOfTheStep1bExceptions() {
        for word in ["inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed"] {
            #expect(stemmer.stem(word) == word)
        }
        // They follow Step 1a, so a plural s is still removed: herrings -> herring.
        expectStems([("herrings", "herring")])
    }

    @Test func stemsMoreOfTheSampleVocabulary() {
        expectStems(Porter2Reference.moreVocabulary)
    }

    @Test func isUsableFromConcurrentTasks() async {
        let words = Porter2Reference.sampleVocabulary
        let stemmer = self.stemmer
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { words.allSatisfy { stemmer.stem($0.word) == $0.stem } }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(results)
    }
}
