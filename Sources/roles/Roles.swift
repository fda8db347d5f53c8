import ArgumentParser
import RolesKit

@main
struct Roles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Semantic search over roles, tasks and skills: code a resume or job text to roles.",
        discussion: """
            Without --index, commands use Index/roles.sqlite, built from Corpus/ on first use and rebuilt \
            when the corpus changes. Build an O*NET index with `roles index build --onet DIR --index PATH`.
            """,
        version: RolesVersionString.value,
        subcommands: [Match.self, Search.self, Adjacent.self, ExposureCommand.self, IndexCommand.self, CorpusCommand.self, Serve.self]
    )

    static func main() async {
        // First, so that the threads OpenBLAS starts when it loads stop before the work begins.
        BLASRanker.configure()
        await main(nil)
    }
}
