import ArgumentParser
import Foundation
import Logging
import RolesKit
import RolesServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer JSON requests over HTTP.",
        discussion: """
            Endpoints: GET /healthz, GET /v1/index, POST /v1/match {"text", "top"}, GET /v1/roles?q=&top=, \
            GET /v1/roles/{id}, and the OpenAPI description at GET /openapi.yaml. Bodies are the documents \
            the commands print with --json. The index is reloaded on SIGHUP and when its file is replaced; \
            SIGINT or SIGTERM stop the server after the requests in flight. Port 0 picks a free port; the \
            address is printed to standard error.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host = "127.0.0.1"
    @Option(name: .long, help: ArgumentHelp("The TCP port to listen on (0 for any free port).", valueName: "port"))
    var port = 8080
    @Option(name: .long, help: ArgumentHelp("The least severe log messages to print: trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel = "info"
    @OptionGroup var index: IndexOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; got \(port).") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning, error or critical; got \(logLevel).")
        }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "roles")
        let opened = try index.open()
        let live = try LiveIndex(path: opened.path, logger: logger)
        try await APIServer(host: host, port: port, logger: logger).run(live: live)
    }
}
