import ArgumentParser

@main
struct Roles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Semantic search over roles, tasks and skills: code a resume or job text to roles.",
        discussion: """
            Without --index, commands use Index/roles.sqlite, built from Corpus/ on first use and rebuilt \
            when the corpus changes. Build an O*NET index with `roles index build --onet DIR --index PATH`.
            """,
        version: RolesVersionString.value,
        subcommands: [Match.self, Search.self, Adjacent.self, ExposureCommand.self, IndexCommand.self, CorpusCommand.self, Serve.self]
    )
}
