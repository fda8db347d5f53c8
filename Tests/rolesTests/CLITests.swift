import Foundation
import Testing
@testable import roles

/// Runs the built `roles` executable as a separate process.
struct CLI {
    static let binary = Bundle.main.bundleURL.appendingPathComponent("roles").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], input: String? = nil, directory: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func temporaryDirectory() -> String {
        let path = scratch + "/" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One folder for the throwaway folders of this test process, removed when the process exits.
    static let scratch: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roles-cli-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: CLI.scratch) }
        return path
    }()

    /// An index of the fixture corpus and O*NET files, built through the command line.
    static func fixtureIndex() throws -> String {
        let path = temporaryDirectory() + "/index.sqlite"
        let output = try run(["index", "build", "--corpus", fixtures + "/corpus", "--onet", fixtures + "/onet", "--index", path])
        #expect(output.status == 0, "\(output.stderr)")
        return path
    }
}

struct CLITests {
    @Test func helpListsTheCommands() throws {
        let output = try CLI.run(["--help"])
        #expect(output.status == 0)
        for command in ["match", "search", "adjacent", "exposure", "index", "corpus", "serve"] { #expect(output.stdout.contains("  \(command)")) }
        let match = try CLI.run(["match", "--help"])
        #expect(match.stdout.contains("USAGE: roles match [<file>] [--top <n>] [--json] [--batch] [--index <path>]"))
    }

    @Test func matchPrintsAReadableTable() throws {
        let index = try CLI.fixtureIndex()
        let output = try CLI.run(["match", "-", "--index", index, "--top", "2"], input: "ICU nurse giving medication")
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("#  Role") == true)
        #expect(lines.dropFirst().first?.hasPrefix("1  Registered Nurses") == true)
        #expect(output.stdout.contains("CC BY 4.0"), "output built from O*NET carries its attribution")
        // A title matched by its letters alone is explained by the title they are nearest.
        let misspelled = try CLI.run(["match", "-", "--index", index, "--top", "1"], input: "Payrollist")
        #expect(misspelled.status == 0)
        let row = misspelled.stdout.split(separator: "\n").dropFirst().first ?? ""
        #expect(row.hasPrefix("1  Payroll Clerk") && row.hasSuffix("title: Payroll Specialist"), "\(row)")
    }

    @Test func matchJSONHasTheDocumentedShape() throws {
        let index = try CLI.fixtureIndex()
        let output = try CLI.run(["match", "--json", "--index", index, "--top", "3"], input: "payroll clerk using ADP")
        #expect(output.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["query", "matches", "exposure", "transitions", "index"])
        let first = try #require((document["matches"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "payroll-clerk")
        #expect(first["soc"] as? String == "43-3051")
        #expect(first["title"] as? String == "Payroll Clerk")
        #expect(first["score"] is Double)
        let why = try #require(first["why"] as? [String: Any])
        #expect((why["terms"] as? [[String: Any]])?.first?.keys.sorted() == ["contribution", "term"])
        let info = try #require(document["index"] as? [String: Any])
        #expect((info["attribution"] as? [String])?.count == 2)
        #expect(output.stderr.isEmpty)
    }

    @Test func matchJSONReportsExposureAndMovesFromTheClosestRole() throws {
        let index = try CLI.fixtureIndex()
        let input = "Posted vendor invoices and payments to the ledger.\nReconciled bank statements with the general ledger in QuickBooks."
        let output = try CLI.run(["match", "--json", "--index", index, "--top", "3"], input: input)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let exposure = try #require(document["exposure"] as? [String: Any])
        #expect((exposure["lines"] as? [[String: Any]])?.count == 2)
        #expect(["E0", "E1", "E2"].contains(exposure["label"] as? String ?? ""))
        let transitions = try #require(document["transitions"] as? [String: Any])
        let from = try #require(transitions["from"] as? [String: Any])
        let moves = try #require(transitions["adjacent"] as? [[String: Any]])
        #expect(!moves.isEmpty)
        #expect(!moves.contains { $0["id"] as? String == from["id"] as? String })
        #expect(Set(moves[0].keys).isSuperset(of: ["id", "soc", "title", "score", "coverage", "shared", "gaps"]))
    }

    @Test func adjacentNamesAnUnknownRoleAndSuggestsTitles() throws {
        let index = try CLI.fixtureIndex()
        let unknown = try CLI.run(["adjacent", "payroll clrk", "--index", index])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no role \"payroll clrk\" in the index; did you mean \"Payroll Clerk\""))
        let known = try CLI.run(["adjacent", "43-3031", "--json", "--top", "2", "--index", index])
        #expect(known.status == 0, "\(known.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(known.stdout.utf8)) as? [String: Any])
        #expect((document["role"] as? [String: Any])?["id"] as? String == "43-3031.00")
        #expect((document["adjacent"] as? [[String: Any]])?.count == 2)
        let both = try CLI.run(["adjacent", "43-3031", "--text", "-", "--index", index])
        #expect(both.status == 64)
    }

    @Test func exposureBatchKeepsOrderAndReportsBadLines() throws {
        let index = try CLI.fixtureIndex()
        let input = """
            {"id": "a", "text": "Post vendor invoices and payments to the ledger."}
            {"id": "b"}
            {"id": "c", "text": "zzzz qqqq"}

            """
        let output = try CLI.run(["exposure", "--batch", "--index", index], input: input)
        #expect(output.status == 0, "\(output.stderr)")
        let records = try output.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        #expect(records[0]["id"] as? String == "a")
        #expect(["E0", "E1", "E2"].contains(records[0]["label"] as? String ?? ""))
        #expect(records[0]["beta"] is Double)
        #expect(records[1]["error"] as? String == "line 2 has no \"text\" string; give the text to label.")
        #expect(records[2]["id"] as? String == "c")
        #expect((records[2]["error"] as? String)?.hasPrefix("no statement in line 3 resembles a task") == true)
    }

    @Test func batchKeepsOrderAndReportsBadLines() throws {
        let index = try CLI.fixtureIndex()
        let input = """
            {"id": "1", "text": "grill cook"}
            {oops
            {"id": "3", "text": "web developer writing JavaScript"}

            """
        let output = try CLI.run(["match", "--batch", "--top", "1", "--index", index], input: input)
        #expect(output.status == 0)
        let records = try output.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        #expect((records[0]["matches"] as? [[String: Any]])?.first?["id"] as? String == "line-cook")
        #expect(records[1]["id"] is NSNull)
        #expect(records[1]["error"] as? String == "line 2 is not valid JSON; write {\"id\": ..., \"text\": ...}.")
        #expect((records[2]["matches"] as? [[String: Any]])?.first?["id"] as? String == "web-developer")
    }

    @Test func searchReturnsAlternateTitles() throws {
        let index = try CLI.fixtureIndex()
        let output = try CLI.run(["search", "AP", "clerk", "--json", "--index", index])
        #expect(output.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let first = try #require((document["matches"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "43-3031.00")
        #expect((first["alternate_titles"] as? [String])?.contains("AP Clerk") == true)
    }

    @Test func indexInfoCountsWhatWasBuilt() throws {
        let index = try CLI.fixtureIndex()
        let output = try CLI.run(["index", "info", "--json", "--index", index])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let counts = try #require(document["counts"] as? [String: Int])
        #expect(counts["roles"] == 6)
        #expect(counts["tasks"] == 25)
        #expect(try CLI.run(["index", "rebuild", "--index", index]).status == 0)
    }

    @Test func anIndexBuiltFromRelativePathsRebuildsFromAnotherDirectory() throws {
        // Sources given relative to the directory of the build are recorded where they are.
        let folder = CLI.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CLI.fixtures + "/onet", toPath: folder + "/onet")
        let built = try CLI.run(["index", "build", "--onet", "onet", "--index", "index.sqlite"], directory: folder)
        #expect(built.status == 0, "\(built.stderr)")
        let info = try CLI.run(["index", "info", "--json", "--index", folder + "/index.sqlite"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        let paths = try #require(document["sources"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(!paths.isEmpty && paths.allSatisfy { $0.hasPrefix("/") && !$0.contains("/../") }, "\(paths)")
        let rebuilt = try CLI.run(["index", "rebuild", "--index", folder + "/index.sqlite"], directory: CLI.temporaryDirectory())
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    }

    @Test(arguments: [["--top", "0"], ["--top", "1001"], ["--top", "-3"], ["--batch", "file.txt"]])
    func badUsageExitsWith64(arguments: [String]) throws {
        let output = try CLI.run(["match"] + arguments + ["--index", "/nonexistent.sqlite"], input: "nurse")
        #expect(output.status == 64)
    }

    @Test func runtimeFailuresExitWith1AndNameTheProblem() throws {
        let index = try CLI.fixtureIndex()
        let missing = try CLI.run(["match", "/no/such/resume.txt", "--index", index])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/no/such/resume.txt: no such file"))
        let empty = try CLI.run(["match", "-", "--index", index], input: "  \n\t")
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no words to match in standard input"))
        let corrupt = CLI.temporaryDirectory() + "/corrupt.sqlite"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: corrupt))
        let bad = try CLI.run(["match", "-", "--index", corrupt], input: "nurse")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains(corrupt) && bad.stderr.contains("roles index build"))
        #expect(!bad.stderr.contains("Fatal error"))
        let noIndex = try CLI.run(["match", "-", "--index", "/nonexistent/roles.sqlite"], input: "nurse")
        #expect(noIndex.status == 1)
        #expect(noIndex.stderr.contains("/nonexistent/roles.sqlite: no index there"))
    }

    @Test func corpusCheckListsProblemsWithFileAndLine() throws {
        let folder = CLI.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CLI.fixtures + "/corpus", toPath: folder + "/corpus")
        let file = folder + "/corpus/roles/line-cook.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "soc: 35-2014", with: "soc: 352014")
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let output = try CLI.run(["corpus", "check", folder + "/corpus"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(folder)/corpus/roles/line-cook.yaml:7: soc \"352014\" is not a detailed SOC 2018 code"))
        let good = try CLI.run(["corpus", "check", CLI.fixtures + "/corpus"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("3 roles, no problems"))
    }
}


struct TableFormatterTests {
    @Test func fixedRoundsHalfAwayFromZeroWithTheGivenDecimals() {
        #expect(TableFormatter.fixed(0.1875, 3) == "0.188")
        #expect(TableFormatter.fixed(Float(0.2), 2) == "0.20")
        #expect(TableFormatter.fixed(-1.005, 1) == "-1.0")
        #expect(TableFormatter.fixed(97550.0, 0) == "97550")
        #expect(TableFormatter.fixed(-0.0001, 2) == "0.00")
        #expect(TableFormatter.fixed(12.5, 0) == "13")
    }
}
