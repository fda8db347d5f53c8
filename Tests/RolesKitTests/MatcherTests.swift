import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct MatcherTests {
    @Test func addsTheWeightedTitleGramCosineForAShortText() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Payroll Clerk"
        let query = try matcher.query(text, source: "test")
        let spelled = try #require(TitleChannel.read(text).title)
        let title = try #require(try matcher.titleQuery(spelled))
        let fused = try matcher.rank(query, title: title, words: 2, top: 3, detail: .terms)
        let words = try matcher.rank(query, words: 2, top: index.roles.count, detail: .terms)
        #expect(fused.count == 3)
        for match in fused {
            let role = try #require(index.roles.firstIndex { $0.id == match.id })
            let word = words.first { $0.id == match.id }?.score ?? 0
            var gram: Float = 0
            for (entry, weight) in zip(title.entries, title.weights) {
                if let k = entry.postings.indices.firstIndex(of: Int32(role)) { gram += weight * entry.postings.values[k] }
            }
            #expect(gram > 0)
            #expect(abs(match.score - (word + TitleChannel.weight * gram)) < 1e-5)
        }
        let long = "Processed the payroll of 400 staff every two weeks and answered their questions about pay"
        #expect(TitleChannel.read(long).title == nil)
        #expect(try matcher.titleQuery("zzqx") == nil)
    }

    @Test func readsTheAbbreviationsOfATitleButNotOfALongerText() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let short = try matcher.match("ICU RN", source: "test", top: 1, detail: .terms)
        #expect(short.matches.first?.id == "29-1141.00")
        #expect(short.matches.first?.why.terms.contains { $0.term == "registered nurse" } == true)
        let long = try matcher.match("ICU RN on nights, twelve hour shifts, charge duties most weekends", source: "test", top: 1, detail: .terms)
        #expect(long.matches.first?.why.terms.contains { $0.term == "registered nurse" } != true)
    }

    @Test func givesEachMatchTheConfidenceOfItsScoreAndMargin() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Nurse and clerk: record patient data, process payroll, prepare reports and food"
        let all = try matcher.match(text, source: "test", top: index.roles.count, detail: .terms).matches
        try #require(all.count >= 3)
        let three = try matcher.match(text, source: "test", top: 3, detail: .terms).matches
        let one = try matcher.match(text, source: "test", top: 1, detail: .terms).matches
        #expect(Array(all.prefix(3)) == three)
        #expect(one == [three[0]])
        let words = TitleChannel.wordCount(text)
        #expect(words == 12)
        #expect(three[0].confidence == MatchConfidence.probability(
            score: all[0].score, margin: all[0].score - all[1].score, title: false, words: words))
        #expect(three[2].confidence == MatchConfidence.probability(
            score: all[2].score, margin: all[2].score - all[0].score, title: false, words: words))
        #expect(three[0].confidence > three[1].confidence && three[1].confidence >= three[2].confidence)
    }

    @Test func ranksTheRoleSharingRareTermsFirstAndExplainsIt() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let result = try matcher.match("ICU nurse: monitor vital signs and give medication", source: "test", top: 3)
        let best = try #require(result.matches.first)
        #expect(best.id == "29-1141.00")
        #expect(best.soc == "29-1141")
        #expect(best.why.terms.first?.term == "vital signs" || best.why.terms.contains { $0.term == "nurse" })
        #expect(best.why.terms.map(\.contribution).reduce(0, +) <= best.score + 1e-5)
        #expect(best.why.title == "ICU Nurse")
        #expect(best.why.tasks.first?.task == "Monitor patient vital signs in the intensive care unit.")
        #expect(result.matches.map(\.score) == result.matches.map(\.score).sorted(by: >))
    }

    @Test func termsOnlyExplanationSkipsTitlesAndTasks() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let best = try #require(try matcher.match("payroll clerk", source: "test", top: 1, detail: .terms).matches.first)
        #expect(best.id == "payroll-clerk")
        #expect(best.why.title == nil && best.why.tasks.isEmpty && !best.why.terms.isEmpty)
    }

    @Test func textWithoutWordsIsAnError() throws {
        let matcher = Matcher(index: try Fixtures.index())
        #expect(throws: MatchError.noWords(source: "empty.txt")) { try matcher.match("  \n 2024 ", source: "empty.txt", top: 5) }
        #expect(MatchError.noWords(source: "empty.txt").description.hasPrefix("no words to match in empty.txt"))
        #expect(throws: MatchError.noKnownWords(source: "x")) { try matcher.match("zyzzyva quixotry", source: "x", top: 5) }
    }

    @Test func searchPutsTheRoleWithTheClosestTitleFirst() throws {
        let search = TitleSearch(index: try Fixtures.index())
        let results = try search.search("grill cook", top: 3)
        #expect(results.first?.id == "line-cook")
        #expect(results.first?.alternateTitles == ["Prep Cook", "Grill Cook", "Cook"])
        #expect(results.first?.why.title == "Grill Cook")
    }

    @Test func searchSpellsOutTheAbbreviationsOfATitle() throws {
        let search = TitleSearch(index: try Fixtures.index())
        let results = try search.search("ICU RN", top: 1)
        #expect(results.first?.id == "29-1141.00")
        #expect(results.first?.why.terms.contains { $0.term == "registered nurse" } == true)
    }
}
