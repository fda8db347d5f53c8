import ArgumentParser
import Foundation
import RolesKit

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build, rebuild and describe indexes.",
        subcommands: [Build.self, Rebuild.self, Info.self]
    )
}

extension IndexCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Build an index from the corpus and/or the O*NET database.",
            discussion: """
                With no source options, builds from the built-in Corpus/. With --onet, builds from the O*NET \
                text database alone (add --corpus to include a corpus too). The new index replaces the old \
                one only when complete.
                """
        )

        @Option(name: .long, help: ArgumentHelp("A folder of role profiles (with roles/*.yaml).", valueName: "dir"))
        var corpus: String?
        @Option(name: .long, help: ArgumentHelp("The folder of the O*NET text database.", valueName: "dir"))
        var onet: String?
        @Option(name: .long, help: ArgumentHelp(
            "Task exposure labels (tab-separated: O*NET-SOC Code, Task ID, human_labels) to join to the O*NET tasks.",
            valueName: "file"))
        var exposure: String?
        @Option(name: .long, help: ArgumentHelp(
            "National wages by SOC code (tab-separated: SOC Code, Annual Median Wage).", valueName: "file"))
        var wages: String?
        @Option(name: .long, help: ArgumentHelp("Where to write the index.", valueName: "path"))
        var index: String?

        func run() throws {
            var sources = BuildSources(corpus: corpus, onet: onet, exposure: exposure, wages: wages)
            let builtIn = IndexLocation.builtIn()
            if corpus == nil && onet == nil {
                guard let builtIn else {
                    throw CLIError("no Corpus/ folder found from here; pass --corpus DIR or --onet DIR.")
                }
                sources.corpus = builtIn.corpus
            }
            guard let path = index ?? builtIn?.index else {
                throw CLIError("no Index/ folder found from here; pass --index PATH.")
            }
            let report = try IndexBuilder.build(sources, to: path)
            report.warnings.forEach(Console.note)
            Console.note("indexed \(report.roles) roles and \(report.terms) terms into \(report.path).")
        }
    }

    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Build an index again from the sources it records (for example after an upgrade)."
        )

        @Option(name: .long, help: ArgumentHelp("The index to rebuild.", valueName: "path"))
        var index: String?

        func run() throws {
            guard let path = index ?? IndexLocation.builtIn()?.index else {
                throw CLIError("no Index/ folder found from here; pass --index PATH.")
            }
            let report = try IndexBuilder.rebuild(path)
            report.warnings.forEach(Console.note)
            Console.note("rebuilt \(report.path): \(report.roles) roles, \(report.terms) terms.")
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "Describe an index: counts, sources, attribution.")

        @Flag(name: .long, help: "Print one JSON document.")
        var json = false
        @OptionGroup var index: IndexOptions

        func run() throws {
            let info = try InfoResponse(try index.open())
            if json { return try Console.printJSON(info) }
            print(TableFormatter.info(info))
        }
    }
}
