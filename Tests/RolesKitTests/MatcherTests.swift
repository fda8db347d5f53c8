import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct MatcherTests {
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
}
