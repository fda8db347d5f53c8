import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct ONETImporterTests {
    @Test func readsOccupationsWithTasksAndEveryOptionalFile() throws {
        let result = try ONETImporter(directory: Fixtures.onet).load()
        #expect(result.roles.map(\.id) == ["29-1141.00", "43-3031.00", "15-1252.00"])
        #expect(result.warnings.isEmpty)
        let nurse = result.roles[0]
        #expect(nurse.soc == "29-1141")
        #expect(nurse.alternateTitles == ["ICU Nurse", "Registered Nurse", "RN"])
        // Source(s) counted; a short title shares its title's count.
        #expect(nurse.titleSources == ["ICU Nurse": 1, "Registered Nurse": 2, "RN": 2])
        #expect(nurse.reportedTitles == ["Staff Nurse"])
        #expect(nurse.tasks.map(\.type) == [.core, .core, .supplemental])
        #expect(nurse.tasks[0].activities == [WorkActivity(id: "4.A.1.b.2.I01.D01", title: "Monitor patient health status.")])
        #expect(nurse.skills == [RoleSkill(name: "Epic Systems", kind: .technology, hot: true)])
        #expect(nurse.preparation == 3)
        #expect(nurse.ratings == [RoleRating(elementID: "2.A.1.a", name: "Reading Comprehension", kind: .skill, importance: 4, level: 4.5)])
        #expect(result.roles[1].tasks[1].type == .core, "an unrated task counts as core")
        #expect(result.sources.count == 9)
    }

    @Test func missingRequiredFileIsAnErrorNamingIt() throws {
        let folder = Fixtures.copy(Fixtures.onet)
        try FileManager.default.removeItem(atPath: folder + "/Task Statements.txt")
        #expect(throws: ImportError.missingFile(path: folder + "/Task Statements.txt",
            what: "it holds the task statements and is required; download the O*NET text database again")) {
            try ONETImporter(directory: folder).load()
        }
    }

    @Test func missingOptionalFileIsAWarning() throws {
        let folder = Fixtures.copy(Fixtures.onet)
        try FileManager.default.removeItem(atPath: folder + "/Technology Skills.txt")
        let result = try ONETImporter(directory: folder).load()
        #expect(result.warnings == ["\(folder)/Technology Skills.txt: not found; building without technologies."])
        #expect(result.roles.allSatisfy { $0.skills.isEmpty })
    }

    @Test func rowsForUnknownOccupationsAreCountedNotDropped() throws {
        let folder = Fixtures.copy(Fixtures.onet)
        try append("11-9999.00\tNobody\tGhost Title\t\t08\n", to: folder + "/Alternate Titles.txt")
        let result = try ONETImporter(directory: folder).load()
        #expect(result.warnings == ["\(folder)/Alternate Titles.txt: 1 row name an occupation or task not in Occupation Data.txt or Task Statements.txt; they were not indexed."])
    }

    @Test(arguments: [
        ("Task Statements.txt", "29-1141.00\tRegistered Nurses\t104\tToo few fields\n", 9, 5,
         "expected 8 tab-separated fields as in the header, found 4; fix or remove the row."),
        ("Task Statements.txt", "29-1141\tRegistered Nurses\t104\tDo work.\tCore\t1\t08/2023\tAnalyst\n", 9, 1,
         "O*NET-SOC Code is \"29-1141\"; expected a code like 29-1141.00."),
        ("Task Statements.txt", "29-1141.00\tRegistered Nurses\t104\tDo work.\tMain\t1\t08/2023\tAnalyst\n", 9, 5,
         "Task Type is \"Main\"; expected Core, Supplemental or empty."),
        ("Task Statements.txt", "29-1141.00\tRegistered Nurses\tx1\tDo work.\tCore\t1\t08/2023\tAnalyst\n", 9, 3,
         "Task ID is \"x1\"; expected a whole number."),
        ("Job Zones.txt", "15-1252.00\tSoftware Developers\tseven\t08/2023\tAnalyst\n", 5, 3,
         "Job Zone is \"seven\"; expected a whole number from 1 to 5."),
        ("Technology Skills.txt", "15-1252.00\tSoftware Developers\tGo\t1\tDev\tMaybe\tN\n", 6, 6,
         "expected Y or N, found \"Maybe\"."),
    ])
    func malformedRowsNameFileLineAndColumn(file: String, row: String, line: Int, column: Int, message: String) throws {
        let folder = Fixtures.copy(Fixtures.onet)
        try append(row, to: "\(folder)/\(file)")
        #expect(throws: ImportError.malformedRow(path: "\(folder)/\(file)", line: line, column: column, message: message)) {
            try ONETImporter(directory: folder).load()
        }
    }

    @Test func headerWithoutAColumnIsAnError() throws {
        let folder = Fixtures.copy(Fixtures.onet)
        let path = folder + "/Job Zones.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Job Zone\t", with: "Zone\t")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ImportError.missingColumn(path: path, column: "Job Zone")) { try ONETImporter(directory: folder).load() }
    }

    func append(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
