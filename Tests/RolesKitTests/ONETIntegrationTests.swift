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
    }
}
