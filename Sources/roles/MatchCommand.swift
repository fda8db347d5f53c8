import ArgumentParser
import Foundation
import RolesKit

struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Rank roles for a resume or job text.",
        discussion: """
            Reads FILE, or standard input when FILE is - or absent (one text up to 1 MiB). With --batch, reads \
            JSON lines {"id", "text"} from standard input and writes one line per input line, in order: \
            {"id", "matches"} or {"id", "line", "error"}; blank lines are skipped.
            """
    )

    @Argument(help: ArgumentHelp("A text file with the resume or job ad; - for standard input.", valueName: "file"))
    var file: String?

    @OptionGroup var top: TopOption
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    var json = false
    @Flag(name: .long, help: "Read JSON lines from standard input and write JSON lines.")
    var batch = false
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if batch && file != nil && file != "-" {
            throw ValidationError("--batch reads standard input; drop the file argument or pipe the file in.")
        }
        if batch && json { throw ValidationError("--batch always writes JSON lines; drop --json.") }
    }

    func run() throws {
        let index = try self.index.open()
        if batch { return try runBatch(index) }
        let (text, source) = try TextInput.read(file)
        let result = try Matcher(index: index).match(text, source: source, top: top.top)
        let (exposure, transitions) = MatchReport.extras(
            text: text, source: source, index: index, query: result.query, matches: result.matches, textScores: result.textScores)
        if json {
            try Console.printJSON(MatchResponse(source: source, result: result, index: index, exposure: exposure, transitions: transitions))
        } else {
            print(TableFormatter.report(result.matches, exposure: exposure, transitions: transitions, index: index))
        }
    }

    func runBatch(_ index: RolesIndex) throws {
        let matcher = BatchMatcher(index: index, top: top.top)
        var reader = LineReader(handle: .standardInput)
        var block: [LineReader.Line] = []
        let output = FileHandle.standardOutput
        var buffer: [UInt8] = []
        func flush() throws {
            buffer.removeAll(keepingCapacity: true)
            try matcher.process(block, into: &buffer)
            output.write(Data(buffer))
            block.removeAll(keepingCapacity: true)
        }
        var bytes = 0
        while let line = try reader.next() {
            block.append(line)
            if case .text(let data) = line { bytes += data.count }
            if block.count == BatchMatcher.blockSize || bytes >= BatchMatcher.blockBytes {
                try flush()
                bytes = 0
            }
        }
        try flush()
    }
}
