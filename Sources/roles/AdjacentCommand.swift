import ArgumentParser
import Foundation
import RolesCore
import RolesKit

struct Adjacent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjacent",
        abstract: "Rank the roles one can move to from a role or from a person's text.",
        discussion: """
            ROLE is a role id (29-1141.00, registered-nurse), an O*NET-SOC or SOC code, or an exact title. \
            With --text, starts from a resume or job text instead: the moves of the roles it matches \
            best, weighted by confidence, with the skills it names and the work activities of the tasks \
            it resembles. Each move lists the skills that carry over, the most \
            important missing ones (gaps), and how exposure, pay and preparation compare.
            """
    )

    @Argument(help: ArgumentHelp("A role id, O*NET-SOC or SOC code, or exact title.", valueName: "role"))
    var role: String?
    @Option(name: .long, help: ArgumentHelp("Start from a text file instead of a role; - for standard input.", valueName: "file"))
    var text: String?
    @Option(name: .long, help: ArgumentHelp("How many roles to list (1–\(Adjacency.storedPerRole)).", valueName: "n"))
    var top: Int = 10
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    var json = false
    @OptionGroup var index: IndexOptions

    func validate() throws {
        guard (role == nil) != (text == nil) else {
            throw ValidationError("give either a ROLE or --text FILE.")
        }
        guard (1...Adjacency.storedPerRole).contains(top) else {
            throw ValidationError("--top must be a whole number from 1 to \(Adjacency.storedPerRole); got \(top).")
        }
    }

    func run() throws {
        let index = try self.index.open()
        let finder = AdjacentFinder(index: index)
        let response: AdjacentResponse
        if let role {
            guard let idx = try index.resolveRole(role) else {
                let suggestions = (try? TitleSearch(index: index).search(role, top: 3).map(\.title)) ?? []
                throw MatchError.unknownRole(name: role, suggestions: suggestions)
            }
            response = try finder.adjacent(toRole: idx, top: top)
        } else {
            let (content, source) = try TextInput.read(text)
            let beta = try? ExposureClassifier(index: index).classify(content, source: source, explain: false).beta
            response = try finder.adjacent(toText: content, source: source, top: top, beta: beta)
        }
        if json {
            try Console.printJSON(response)
        } else {
            print(TableFormatter.adjacent(response, index: index))
        }
    }
}
