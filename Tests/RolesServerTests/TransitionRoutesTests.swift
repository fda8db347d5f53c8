import Foundation
import Hummingbird
import HummingbirdTesting
import RolesKit
import Testing
@testable import RolesServer

struct TransitionRoutesTests {
    @Test func exposureIsTheExposureDocument() async throws {
        let live = try ServerFixtures.live()
        let text = "Post vendor invoices and payments to the ledger.\nWrite and test code for web applications."
        let exposure = try ExposureClassifier(index: live.index).classify(text, source: "the text field")
        let expected = try ServerFixtures.document(ExposureResponse(source: "the text field", exposure: exposure, index: live.index))
        let body = try JSONSerialization.data(withJSONObject: ["text": text])
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/exposure", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, expected))
            }
            try await client.execute(uri: "/v1/exposure", method: .post, body: ByteBuffer(string: #"{"text": "zzzz qqqq"}"#)) { response in
                #expect(response.status == .unprocessableContent)
                let message = (try ServerFixtures.json(response.body)["error"] as? [String: Any])?["message"] as? String
                #expect(message == MatchError.noTasks(source: "the text field").description)
            }
            try await client.execute(uri: "/v1/exposure", method: .post, body: ByteBuffer(string: #"{"txt": "nurse"}"#)) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func adjacentIsTheAdjacentDocumentAndNamesUnknownRoles() async throws {
        let live = try ServerFixtures.live()
        let role = try #require(live.index.roles.first { $0.id == "43-3031.00" })
        let expected = try ServerFixtures.document(AdjacentFinder(index: live.index).adjacent(toRole: role.idx, top: 2))
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/roles/43-3031.00/adjacent?top=2", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, expected))
            }
            try await client.execute(uri: "/v1/roles/nobody/adjacent", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/v1/roles/43-3031.00/adjacent?top=0", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/roles/43-3031.00/adjacent", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }
}
