import ArgumentParser
import RolesKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find roles by title or keywords.",
        discussion: "Ranks roles by their document and by their closest title, so a job title finds its role first."
    )

    @Argument(help: ArgumentHelp("Words to look for, such as a job title.", valueName: "query"))
    var query: [String]

    @OptionGroup var top: TopOption
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    var json = false
    @OptionGroup var index: IndexOptions

    func validate() throws {
        guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("give words to search for, such as a job title.")
        }
    }

    func run() throws {
        let index = try self.index.open()
        let text = query.joined(separator: " ")
        let matches = try TitleSearch(index: index).search(text, top: top.top)
        if json {
            try Console.printJSON(SearchResponse(query: text, matches: matches, index: IndexSummary(index)))
        } else {
            print(TableFormatter.search(matches, index: index))
        }
    }
}
