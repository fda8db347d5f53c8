import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yams
@testable import RolesServer

struct OpenAPIDocumentTests {
    @Test func theServedDocumentDescribesEveryRouteAndNoOther() async throws {
        let live = try ServerFixtures.live()
        let endpoints = APIRoutes.endpoints(live: live, openAPI: try OpenAPIDocument.load())
        let app = try ServerFixtures.application(live)
        let text = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
                return String(buffer: response.body)
            }
        }
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        let documented = Set(paths.flatMap { path, operations in
            operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
        })
        let routed = Set(endpoints.map { "\($0.method.rawValue) \($0.path)" })
        #expect(documented == routed)
    }

    @Test func everyOperationDocumentsSuccessAndItsErrorsAsJSONErrors() throws {
        let document = try #require(try Yams.load(yaml: try OpenAPIDocument.load()) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        let components = try #require(document["components"] as? [String: [String: Any]])
        let error = try #require(components["schemas"]?["Error"] as? [String: Any])
        #expect(error["required"] as? [String] == ["error"])
        for (path, operations) in paths {
            for (method, operation) in operations {
                let responses = try #require(operation["responses"] as? [String: [String: Any]], "\(method) \(path)")
                #expect(responses["200"] != nil, "\(method) \(path) documents its success")
                for (status, response) in responses where status != "200" {
                    let schema = Self.schema(of: response, components: components)
                    #expect(schema == "#/components/schemas/Error", "\(method) \(path) \(status) is an Error body")
                }
            }
        }
    }

    /// The `$ref` of a response's JSON schema, following a reference to a shared response.
    static func schema(of response: [String: Any], components: [String: [String: Any]]) -> String? {
        if let reference = response["$ref"] as? String {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let shared = components["responses"]?[name] as? [String: Any] else { return nil }
            return schema(of: shared, components: components)
        }
        let content = response["content"] as? [String: [String: Any]]
        return (content?["application/json"]?["schema"] as? [String: Any])?["$ref"] as? String
    }
}
