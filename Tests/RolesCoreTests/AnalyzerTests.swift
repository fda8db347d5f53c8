import Testing
@testable import RolesCore

struct AnalyzerTests {
    @Test func dropsStopWordsStemsAndAddsBigramsWithinPhrases() {
        let terms = Analyzer().terms("Managed the nursing staff.\nScheduling")
        #expect(terms == ["manag", "nurs", "manag nurs", "staff", "nurs staff", "schedul"])
    }

    @Test func bigramsCanBeTurnedOff() {
        let analyzer = Analyzer(settings: .init(bigrams: false, stemmer: "porter2", stopWords: "english"))
        #expect(analyzer.terms("registered nurses") == ["regist", "nurs"])
    }

    @Test func reportsSurfaceForms() {
        var pairs: [String] = []
        Analyzer().analyze("Registered Nurses") { term, surface in pairs.append("\(term)=\(surface)") }
        #expect(pairs == ["regist=registered", "nurs=nurses", "regist nurs=registered nurses"])
    }

    @Test func textWithoutWordsHasNoTerms() {
        #expect(Analyzer().termCounts(" \n\t 2019 — 555-0100 ").isEmpty)
    }
}
