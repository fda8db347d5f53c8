import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import RolesKit
@testable import RolesServer

/// Fixture indexes and an in-process application over them.
enum ServerFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let corpus = root.appendingPathComponent("corpus").path
    static let onet = root.appendingPathComponent("onet").path

    static func temporaryDirectory() -> String {
        let path = scratch + "/" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One folder for the throwaway folders of this test process, removed when the process exits.
    static let scratch: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roles-server-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ServerFixtures.scratch) }
        return path
    }()

    /// Builds an index of the fixture corpus (3 roles), with the fixture O*NET files too (6 roles) when
    /// `onet` is set, at `path` or in a new folder.
    @discardableResult
    static func buildIndex(onet: Bool = true, at path: String? = nil) throws -> String {
        let path = path ?? temporaryDirectory() + "/index.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: corpus, onet: onet ? Self.onet : nil), to: path)
        return path
    }

    static let logger: Logger = {
        var logger = Logger(label: "roles-tests")
        logger.logLevel = .critical
        return logger
    }()

    static func live(onet: Bool = true) throws -> LiveIndex {
        try LiveIndex(path: try buildIndex(onet: onet), logger: logger)
    }

    static func application(_ live: LiveIndex) throws -> some ApplicationProtocol {
        let endpoints = APIRoutes.endpoints(live: live, openAPI: try OpenAPIDocument.load())
        return Application(router: APIRoutes.router(endpoints: endpoints), logger: logger)
    }

    /// What the command line prints with `--json` for `value`.
    static func document(_ value: some Encodable) throws -> String {
        String(decoding: try RolesJSON.encoder().encode(value), as: UTF8.self) + "\n"
    }

    /// Whether a body is the same JSON document as `expected`. Documents are compared parsed: the
    /// encoder does not promise an order of keys from one encoding to the next.
    static func isDocument(_ buffer: ByteBuffer, _ expected: String) -> Bool {
        guard let body = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? NSDictionary,
              let expected = try? JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
        else { return false }
        return body == expected && String(buffer: buffer).hasSuffix("}\n")
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] ?? [:]
    }

    /// The message of an error body, or nil when the body is not exactly `{"error": {"message": "…"}}`.
    static func errorMessage(_ buffer: ByteBuffer) -> String? {
        guard let object = try? json(buffer), object.keys.sorted() == ["error"],
              let error = object["error"] as? [String: Any], error.keys.sorted() == ["message"]
        else { return nil }
        return error["message"] as? String
    }
}
