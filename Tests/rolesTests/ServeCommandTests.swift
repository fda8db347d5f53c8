import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A `roles serve` process on a free loopback port.
final class ServerProcess {
    let process = Process()
    let log: String
    private(set) var base = ""

    init(_ arguments: [String]) throws {
        log = CLI.temporaryDirectory() + "/serve.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
    }

    /// A server still running when its test is done is killed: no test leaves a process behind, whichever
    /// way it ends.
    deinit {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the address the server prints once it accepts connections.
    func waitUntilListening() throws {
        for _ in 0..<600 where process.isRunning {
            if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("roles: listening on ") }) {
                base = String(line.dropFirst("roles: listening on ".count))
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw CLIError(description: "roles serve did not start: \(output)")
    }

    var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    func request(_ path: String, method: String = "GET", body: String? = nil) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Sends `signal` and waits (a bounded while) for the process to exit; kills it and returns nil when
    /// it does not.
    func stop(_ signal: Int32 = SIGTERM) -> Int32? {
        kill(process.processIdentifier, signal)
        for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    struct CLIError: Error, CustomStringConvertible { var description: String }
}

struct ServeCommandTests {
    /// Whether two texts are the same JSON document (the encoder does not promise an order of keys).
    static func sameDocument(_ first: String, _ second: String) throws -> Bool {
        NSDictionary(dictionary: try json(first)) == NSDictionary(dictionary: try json(second))
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test func servesTheCommandDocumentsOverLoopbackReloadsAndStopsOnSIGTERM() async throws {
        let index = try CLI.fixtureIndex()
        let server = try ServerProcess(["--index", index])
        defer { if server.process.isRunning { _ = server.stop() } }
        try server.waitUntilListening()
        #expect(server.base.hasPrefix("http://127.0.0.1:"))

        let health = try await server.request("/healthz")
        #expect(health.status == 200)
        let healthBody = try Self.json(health.body)
        #expect(healthBody as? [String: String] == ["status": "ok"])

        let info = try await server.request("/v1/index")
        #expect(info.status == 200)
        #expect(try Self.sameDocument(info.body, try CLI.run(["index", "info", "--json", "--index", index]).stdout))

        let search = try await server.request("/v1/roles?q=AP%20clerk&top=3")
        #expect(try Self.sameDocument(search.body, try CLI.run(["search", "AP", "clerk", "--top", "3", "--json", "--index", index]).stdout))

        let text = "payroll clerk using ADP to process timesheets"
        let match = try await server.request("/v1/match", method: "POST", body: #"{"text": "\#(text)", "top": 3}"#)
        #expect(match.status == 200)
        var served = try Self.json(match.body)
        var printed = try Self.json(try CLI.run(["match", "-", "--top", "3", "--json", "--index", index], input: text).stdout)
        #expect((served["query"] as? [String: Any])?["source"] as? String == "the text field")
        served["query"] = nil
        printed["query"] = nil
        #expect(NSDictionary(dictionary: served) == NSDictionary(dictionary: printed))

        let bad = try await server.request("/v1/match", method: "POST", body: #"{"text": "nurse", "top": 0}"#)
        #expect(bad.status == 400)
        let error = try Self.json(bad.body)["error"] as? [String: String]
        #expect(error == ["message": "the top field must be a whole number from 1 to 100; got 0."])

        // Rebuild the index in place with fewer roles; SIGHUP (or the once-a-second check) reloads it.
        #expect(try CLI.run(["index", "build", "--corpus", CLI.fixtures + "/corpus", "--index", index]).status == 0)
        kill(server.process.processIdentifier, SIGHUP)
        var roles = 0
        for _ in 0..<100 {
            let counts = (try Self.json(try await server.request("/v1/index").body))["counts"] as? [String: Int]
            roles = counts?["roles"] ?? 0
            if roles == 3 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(roles == 3)

        #expect(server.stop(SIGTERM) == 0)
        #expect(server.output.contains("GET /healthz 200"))
        #expect(server.output.contains("POST /v1/match 400"))
        #expect(server.output.contains("reloaded the index"))
    }

    @Test func aMissingIndexStopsTheServerWithOneSentence() throws {
        let output = try CLI.run(["serve", "--port", "0", "--index", "/nonexistent/roles.sqlite"])
        #expect(output.status == 1)
        #expect(output.stderr == "Error: /nonexistent/roles.sqlite: no index there; build one with `roles index build` (add `--onet DIR` for O*NET).\n")
    }

    @Test func aBusyPortStopsTheSecondServerWithOneSentence() throws {
        let index = try CLI.fixtureIndex()
        let first = try ServerProcess(["--index", index])
        defer { _ = first.stop() }
        try first.waitUntilListening()
        let port = String(first.base.split(separator: ":").last ?? "")
        let second = try CLI.run(["serve", "--port", port, "--index", index])
        #expect(second.status == 1)
        #expect(second.stderr.contains("Error: cannot listen on 127.0.0.1:\(port) (Address already in use); choose another --port"))
        #expect(!second.stderr.contains("Fatal error"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try CLI.run(["serve", "--port", "70000"]).status == 64)
        #expect(try CLI.run(["serve", "--log-level", "loud"]).status == 64)
    }
}
