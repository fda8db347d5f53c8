import ArgumentParser
import RolesKit

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Work with role profiles.",
        subcommands: [Check.self]
    )
}

extension CorpusCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate every role profile and list each problem with its file and line."
        )

        @Argument(help: ArgumentHelp("The corpus folder (default: the built-in Corpus/).", valueName: "dir"))
        var directory: String?

        func run() throws {
            guard let directory = directory ?? IndexLocation.builtIn()?.corpus else {
                throw CLIError("no Corpus/ folder found from here; pass the corpus folder.")
            }
            let result = try CorpusReader(directory: directory).load()
            guard result.problems.isEmpty else { throw ImportError.invalidCorpus(problems: result.problems) }
            print("\(directory): \(result.roles.count) roles, no problems.")
        }
    }
}
