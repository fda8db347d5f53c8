import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct CorpusReaderTests {
    @Test func readsTheFixtureCorpus() throws {
        let result = try CorpusReader(directory: Fixtures.corpus).load()
        #expect(result.problems.isEmpty)
        #expect(result.roles.map(\.id) == ["line-cook", "payroll-clerk", "web-developer"])
        let cook = result.roles[0]
        #expect(cook.soc == "35-2014")
        #expect(cook.socMatch == .exact)
        #expect(cook.alternateTitles == ["Prep Cook", "Grill Cook", "Cook"])
        #expect(cook.tasks.count == 6)
        #expect(cook.tasks[4].exposure == .e1)
        #expect(cook.tasks[4].id == "line-cook#5")
        #expect(cook.skills.count == 8)
        #expect(cook.preparation == 2)
        #expect(cook.outlook == .stable)
        #expect(result.source.kind == "corpus")
    }

    /// Writes the fixture corpus with one file replaced by `text`, and returns the problems found.
    func problems(in text: String, file: String = "line-cook.yaml") throws -> [String] {
        let folder = Fixtures.copy(Fixtures.corpus)
        try text.write(toFile: "\(folder)/roles/\(file)", atomically: false, encoding: .utf8)
        return try CorpusReader(directory: folder).load().problems.map {
            $0.description.replacingOccurrences(of: folder + "/roles/", with: "")
        }
    }

    var cook: String {
        get throws { try String(contentsOfFile: Fixtures.corpus + "/roles/line-cook.yaml", encoding: .utf8) }
    }

    @Test func reportsAMissingExposureLabelWithItsLine() throws {
        let text = try cook.replacingOccurrences(of: "  exposure: E1\n", with: "")
        #expect(try problems(in: text) == ["line-cook.yaml:28: task 5 has no exposure label (E0, E1 or E2)."])
    }

    @Test func reportsAnUnknownExposureLabel() throws {
        let text = try cook.replacingOccurrences(of: "exposure: E1", with: "exposure: E3")
        #expect(try problems(in: text) == ["line-cook.yaml:29: task 5 has exposure \"E3\"; use E0, E1 or E2."])
    }

    @Test func reportsMissingAndUnknownFields() throws {
        let text = try cook.replacingOccurrences(of: "outlook: stable\n", with: "mood: stable\n")
        #expect(try problems(in: text) == [
            "line-cook.yaml:12: unknown field \"mood\"; the fields are id, title, alternate_titles, soc, soc_match, sectors, preparation, outlook, outlook_reason, summary, tasks, skills, tools.",
            "line-cook.yaml:1: missing field \"outlook\".",
        ])
    }

    @Test func reportsBadCodesIdsAndRanges() throws {
        let text = try cook.replacingOccurrences(of: "soc: 35-2014", with: "soc: 35-2010")
            .replacingOccurrences(of: "id: line-cook", with: "id: Line_Cook")
            .replacingOccurrences(of: "preparation: 2", with: "preparation: 7")
            .replacingOccurrences(of: "- hospitality", with: "- cooking")
        #expect(try problems(in: text) == [
            "line-cook.yaml:1: id \"Line_Cook\" must be lowercase letters, digits and single hyphens.",
            "line-cook.yaml:7: soc \"35-2010\" is not a detailed SOC 2018 code like 29-1141 (a civilian major group, last digit not 0).",
            "line-cook.yaml:10: sector \"cooking\" is not one of: \(Sector.all.joined(separator: ", ")).",
            "line-cook.yaml:11: preparation must be a whole number from 1 to 5 (the O*NET Job Zone scale).",
        ])
    }

    @Test func reportsAnIdThatDiffersFromTheFileName() throws {
        let text = try cook.replacingOccurrences(of: "id: line-cook", with: "id: short-order-cook")
        #expect(try problems(in: text) == ["line-cook.yaml:1: id \"short-order-cook\" differs from the file name; name the file short-order-cook.yaml."])
    }

    @Test func reportsTooFewAlternateTitlesAndTasks() throws {
        var text = try cook.replacingOccurrences(of: "- Cook\n", with: "")
        let lastTask = try #require(text.range(of: "- task: Rotate stock"))
        text = String(text[..<lastTask.lowerBound]) + "skills:" + text[text.range(of: "skills:")!.upperBound...]
        #expect(try problems(in: text) == [
            "line-cook.yaml:4: alternate_titles has 2 entries; a role needs 3 to 15.",
            "line-cook.yaml:15: tasks has 5 entries; a role needs 6 to 12.",
        ])
    }

    @Test func toolsAreTechnologiesAndCountWithTheSkills() throws {
        let folder = Fixtures.copy(Fixtures.corpus)
        let text = try cook.replacingOccurrences(of: "- ServSafe\n", with: "") + "tools:\n- ServSafe\n"
        try text.write(toFile: "\(folder)/roles/line-cook.yaml", atomically: false, encoding: .utf8)
        let result = try CorpusReader(directory: folder).load()
        #expect(result.problems.isEmpty)
        let cook = try #require(result.roles.first { $0.id == "line-cook" })
        #expect(cook.skills.count == 8)
        #expect(cook.skills.last == RoleSkill(name: "ServSafe", kind: .technology))
        #expect(cook.skills.filter { $0.kind == .skill }.count == 7)

        let tooFew = try self.cook.replacingOccurrences(of: "- Speed\n", with: "")
        #expect(try problems(in: tooFew) == ["line-cook.yaml:35: skills and tools have 7 entries together; a role needs 8 to 20."])
        let twice = try self.cook + "tools:\n- grilling\n"
        #expect(try problems(in: twice) == ["line-cook.yaml:44: \"grilling\" is listed twice in skills and tools."])
    }

    @Test func reportsATitleUsedByTwoRoles() throws {
        let text = try cook.replacingOccurrences(of: "- Grill Cook", with: "- Payroll Specialist")
        let found = try problems(in: text)
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("payroll-clerk.yaml:4: title \"Payroll Specialist\" is also a title of line-cook"))
    }

    @Test func reportsInvalidYAMLWithItsLine() throws {
        let text = try cook.replacingOccurrences(of: "title: Line Cook", with: "title: Line: Cook: [")
        let found = try problems(in: text)
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("line-cook.yaml:2: is not valid YAML"))
    }

    @Test func theBuiltInCorpusHasNoProblems() throws {
        let result = try CorpusReader(directory: Fixtures.projectCorpus).load()
        #expect(result.problems.map(\.description) == [])
        #expect(result.roles.count >= 250)
        let groups = Dictionary(grouping: result.roles.compactMap(\.soc), by: { String($0.prefix(2)) }).mapValues { Set($0).count }
        for group in SOCCode.civilianMajorGroups {
            #expect((groups[group] ?? 0) >= 5, "major group \(group) needs at least 5 distinct SOC codes")
        }
    }
}
