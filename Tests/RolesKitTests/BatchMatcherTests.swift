import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct BatchMatcherTests {
    func run(_ lines: [String], workers: Int = 2) throws -> [[String: Any]] {
        let matcher = BatchMatcher(index: try Fixtures.index(), top: 2, workers: workers)
        return try matcher.process(lines.map { .text(Data($0.utf8)) }).map {
            try #require(try JSONSerialization.jsonObject(with: $0) as? [String: Any])
        }
    }

    @Test func keepsInputOrderAndTurnsBadLinesIntoErrorRecords() throws {
        let records = try run([
            #"{"id": "a", "text": "registered nurse in intensive care"}"#,
            #"not json"#,
            #"{"id": "c"}"#,
            #"{"text": "payroll"}"#,
            "   ",
            #"{"id": 42, "text": "payroll clerk"}"#,
            #"{"id": "e", "text": "  "}"#,
            #"[1, 2]"#,
            #"{"id": true, "text": "cook"}"#,
            #"{"id": "f", "text": "JavaScript developer"}"#,
        ])
        #expect(records.count == 9, "the blank line yields no record")
        #expect(records.map { $0["id"] as? String } == ["a", nil, "c", nil, "42", "e", nil, nil, "f"])
        #expect((records[0]["matches"] as? [[String: Any]])?.first?["id"] as? String == "29-1141.00")
        #expect(records[1]["error"] as? String == "line 2 is not valid JSON; write {\"id\": ..., \"text\": ...}.")
        #expect(records[1]["line"] as? Int == 2)
        #expect(records[2]["error"] as? String == "line 3 has no \"text\" string; give the text to match.")
        #expect(records[3]["error"] as? String == "line 4 has no \"id\" string or number; give every line an id.")
        #expect(records[4]["matches"] != nil)
        #expect((records[5]["error"] as? String)?.hasPrefix("no words to match in line 7") == true)
        #expect(records[6]["error"] as? String == "line 8 is not a JSON object; write {\"id\": ..., \"text\": ...}.")
        #expect(records[1].keys.contains("id"), "an unreadable line still has an id key, set to null")
        #expect((records[8]["matches"] as? [[String: Any]])?.first?["id"] as? String == "web-developer")
    }

    @Test func oneWorkerAndTwoWorkersAgree() throws {
        let lines = (0..<40).map { #"{"id": "\#($0)", "text": "\#(["nurse", "payroll", "grill cook", "react developer"][$0 % 4]) \#($0)"}"# }
        let one = try run(lines, workers: 1).map { ($0["matches"] as? [[String: Any]])?.map { $0["id"] as! String } ?? [] }
        let two = try run(lines, workers: 2).map { ($0["matches"] as? [[String: Any]])?.map { $0["id"] as! String } ?? [] }
        #expect(one == two)
        #expect(one.count == 40)
    }

    @Test func writesTheSameLinesIntoABufferAsItReturns() throws {
        let lines: [LineReader.Line] = [
            .text(Data(#"{"id": "a", "text": "registered nurse"}"#.utf8)), .tooLong, .text(Data("  ".utf8)),
            .text(Data(#"{"id": 7, "text": "payroll clerk"}"#.utf8)), .text(Data("oops".utf8)),
        ]
        let index = try Fixtures.index()
        let returned = try BatchMatcher(index: index, top: 3, workers: 2).process(lines)
        var buffer: [UInt8] = []
        try BatchMatcher(index: index, top: 3, workers: 2).process(lines, into: &buffer)
        #expect(returned.count == 4)
        #expect(buffer == Array(returned.map { $0 + Data("\n".utf8) }.joined()))
    }

    @Test func lineNumbersContinueAcrossBlocks() throws {
        let matcher = BatchMatcher(index: try Fixtures.index(), top: 1, workers: 2)
        _ = try matcher.process([.text(Data(#"{"id":"1","text":"nurse"}"#.utf8))])
        let second = try matcher.process([.tooLong])
        let record = try #require(try JSONSerialization.jsonObject(with: second[0]) as? [String: Any])
        #expect(record["line"] as? Int == 2)
        #expect(record["error"] as? String == "line 2 is longer than the 1 MiB limit; split the text.")
    }
}

struct LineReaderTests {
    func lines(_ text: String, limit: Int) throws -> [LineReader.Line] {
        let path = Fixtures.temporaryDirectory() + "/input.jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var reader = LineReader(handle: try #require(FileHandle(forReadingAtPath: path)), limit: limit)
        var result: [LineReader.Line] = []
        while let line = try reader.next() { result.append(line) }
        return result
    }

    @Test func skipsOverLongLinesInBoundedMemory() throws {
        let long = String(repeating: "x", count: 200_000)
        #expect(try lines("a\r\n\(long)\nb", limit: 1000) == [.text(Data("a".utf8)), .tooLong, .text(Data("b".utf8))])
        #expect(try lines("\(long)", limit: 1000) == [.tooLong])
        #expect(try lines("", limit: 10) == [])
    }
}

struct TextInputTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = Fixtures.temporaryDirectory() + "/input.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsUTF8TextAndDropsAByteOrderMark() throws {
        let path = try file([0xEF, 0xBB, 0xBF] + Array("Nurse".utf8))
        #expect(try TextInput.read(path).text == "Nurse")
    }

    @Test func refusesBinaryNonUTF8AndOversizedInputs() throws {
        let binary = try file([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])
        #expect(throws: InputError.binary(source: binary)) { try TextInput.read(binary) }
        let latin1 = try file(Array("Caf".utf8) + [0xE9, 0x20])
        #expect(throws: InputError.notUTF8(source: latin1, offset: 3)) { try TextInput.read(latin1) }
        let large = try file([UInt8](repeating: 0x61, count: TextInput.maxBytes + 1))
        #expect(throws: InputError.tooLarge(source: large, limit: TextInput.maxBytes)) { try TextInput.read(large) }
        #expect(throws: InputError.missing(source: "/no/such/file.txt")) { try TextInput.read("/no/such/file.txt") }
    }
}

struct JSONLineWriterTests {
    @Test func writesWhatJSONEncoderWrites() throws {
        let index = try Fixtures.index()
        let matches = try Matcher(index: index).match("ICU nurse \"quoted\" \\ tab\t", source: "x", top: 3).matches
        let records: [BatchRecord] = [
            .matches(id: "a\"b\n\u{1}é", matches: matches),
            .error(id: nil, line: 3, message: "line 3 is \"bad\""),
            .error(id: "x", line: 4, message: "m"),
        ]
        let whole = RoleMatch(
            id: "r", soc: nil, title: "T", score: 1, confidence: 0,
            why: MatchExplanation(terms: [TermContribution(term: "t", contribution: 2)], tasks: [TaskEvidence(task: "k", similarity: 0.5)]))
        for record in records + [.matches(id: "w", matches: [whole])] {
            let ours = try JSONSerialization.jsonObject(with: JSONLineWriter.line(record)) as? NSDictionary
            let theirs = try JSONSerialization.jsonObject(with: RolesJSON.encoder(pretty: false).encode(record)) as? NSDictionary
            #expect(ours != nil && ours == theirs)
        }
        // Whole numbers are written as the encoder writes them: `1`, not `1.0`.
        let line = String(decoding: JSONLineWriter.line(.matches(id: "w", matches: [whole])), as: UTF8.self)
        #expect(line.contains("\"score\":1,") && line.contains("\"confidence\":0,") && line.contains("\"contribution\":2}"))
        #expect(line.contains("\"similarity\":0.5}"))
    }
}
