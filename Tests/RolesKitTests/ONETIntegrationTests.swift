import Foundation
import Testing
@testable import RolesKit

/// Builds from the real O*NET database when `../shared/data/onet` is there; skipped otherwise.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.sharedONET + "/Occupation Data.txt")))
struct ONETIntegrationTests {
    @Test func codesNurseAndPayablesClerkTexts() throws {
        let path = Fixtures.temporaryDirectory() + "/onet.sqlite"
        let report = try IndexBuilder.build(BuildSources(onet: Fixtures.sharedONET), to: path)
        #expect(report.roles == 923)
        let matcher = Matcher(index: try RolesIndex(path: path))
        let nurse = try matcher.match("registered nurse, intensive care unit", source: "test", top: 1, detail: .terms)
        #expect(nurse.matches.first?.soc == "29-1141")
        let clerk = try matcher.match("accounts payable clerk", source: "test", top: 1, detail: .terms)
        #expect(clerk.matches.first?.soc == "43-3031")
        // A title that is one of an occupation's titles finds it before occupations that repeat the word.
        for (title, id) in [("nurse", "29-1141.00"), ("cashier", "41-2011.00"), ("truck driver", "53-3032.00")] {
            #expect(try matcher.match(title, source: "test", top: 1, detail: .terms).matches.first?.id == id, "\(title)")
        }
    }

    /// With employment, a title many occupations carry goes to the one that holds most of its people.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.sharedWages)))
    func sharesATitleByEmploymentWithAWageFile() throws {
        let path = Fixtures.temporaryDirectory() + "/onet-wages.sqlite"
        _ = try IndexBuilder.build(BuildSources(onet: Fixtures.sharedONET, wages: Fixtures.sharedWages), to: path)
        let matcher = Matcher(index: try RolesIndex(path: path))
        for (title, id) in [("developer", "15-1252.00"), ("designer", "27-1024.00"), ("nurse", "29-1141.00")] {
            #expect(try matcher.match(title, source: "test", top: 1, detail: .terms).matches.first?.id == id, "\(title)")
        }
    }
}
