import ArgumentParser
import Foundation
import RolesCore
import RolesKit

struct ExposureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exposure",
        abstract: "Say which tasks of a resume or job text are exposed to AI, and how.",
        discussion: """
            Splits the text into statements (lines, bullets, sentences) and labels each by the labelled \
            tasks nearest to it: E0 human-led, E1 automation candidate (a language model alone halves the \
            time), E2 augmentation candidate (exposed through tools built on a model). With --batch, reads \
            JSON lines {"id", "text"} from standard input and writes {"id", "label", "beta", ...} or \
            {"id", "line", "error"} per line, in order.
            """
    )

    @Argument(help: ArgumentHelp("A text file with the resume, job ad or task list; - for standard input.", valueName: "file"))
    var file: String?
    @Flag(name: .long, help: "Print one JSON document instead of a report.")
    var json = false
    @Flag(name: .long, help: "Read JSON lines from standard input and write JSON lines.")
    var batch = false
    @Option(name: .long, help: ArgumentHelp("Labelled neighbours that vote (tuning).", valueName: "k", visibility: .hidden))
    var neighbours: Int = ExposureVote.neighbours
    @Option(name: .long, help: ArgumentHelp("Weight of the work-activity vote, 0–1 (tuning).", valueName: "w", visibility: .hidden))
    var activityWeight: Float = ExposureVote.activityWeight
    @OptionGroup var index: IndexOptions

    func validate() throws {
        if batch && file != nil && file != "-" {
            throw ValidationError("--batch reads standard input; drop the file argument or pipe the file in.")
        }
        if batch && json { throw ValidationError("--batch always writes JSON lines; drop --json.") }
        guard (1...200).contains(neighbours) else { throw ValidationError("--neighbours must be from 1 to 200.") }
        guard (0...1).contains(activityWeight) else { throw ValidationError("--activity-weight must be from 0 to 1.") }
    }

    func run() throws {
        let index = try self.index.open()
        if batch {
            let batch = try ExposureBatch(index: index, k: neighbours, activityWeight: activityWeight)
            var reader = LineReader(handle: .standardInput)
            var block: [LineReader.Line] = []
            func flush() throws {
                var data = Data()
                for line in try batch.process(block) {
                    data.append(line)
                    data.append(UInt8(ascii: "\n"))
                }
                FileHandle.standardOutput.write(data)
                block.removeAll(keepingCapacity: true)
            }
            while let line = try reader.next() {
                block.append(line)
                if block.count == ExposureBatch.blockSize { try flush() }
            }
            try flush()
            return
        }
        let (text, source) = try TextInput.read(file)
        let classifier = try ExposureClassifier(index: index, k: neighbours, activityWeight: activityWeight)
        let exposure = try classifier.classify(text, source: source)
        if json {
            try Console.printJSON(ExposureResponse(source: source, exposure: exposure, index: index))
        } else {
            print(TableFormatter.exposure(exposure))
        }
    }
}
