import Foundation
import Hummingbird
import HummingbirdTesting
import RolesKit
import Testing
@testable import RolesServer

struct APIRoutesTests {
    @Test func healthzAnswersOK() async throws {
        let app = try ServerFixtures.application(try ServerFixtures.live())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try ServerFixtures.json(response.body)
                #expect(body as? [String: String] == ["status": "ok"])
            }
        }
    }

    @Test func indexIsTheIndexInfoDocument() async throws {
        let live = try ServerFixtures.live()
        let expected = try ServerFixtures.document(try InfoResponse(live.index))
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/index", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, expected))
            }
        }
    }

    @Test func matchIsTheMatchDocument() async throws {
        let live = try ServerFixtures.live()
        let text = "ICU nurse giving medication and monitoring patients"
        let result = try Matcher(index: live.index).match(text, source: "the text field", top: 3)
        let extras = MatchReport.extras(text: text, source: "the text field", index: live.index)
        let expected = try ServerFixtures.document(MatchResponse(source: "the text field", result: result, index: live.index, exposure: extras.0, transitions: extras.1))
        let body = try JSONSerialization.data(withJSONObject: ["text": text, "top": 3])
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, expected))
                let matches = try ServerFixtures.json(response.body)["matches"] as? [[String: Any]]
                #expect(matches?.count == result.matches.count)
                #expect(matches?.first?["id"] as? String == "29-1141.00")
            }
        }
    }

    @Test func matchReturnsTenRolesUnlessToldOtherwise() async throws {
        let live = try ServerFixtures.live()
        let text = "payroll clerk using ADP"
        let result = try Matcher(index: live.index).match(text, source: "the text field", top: 10)
        let extras = MatchReport.extras(text: text, source: "the text field", index: live.index)
        let expected = try ServerFixtures.document(MatchResponse(source: "the text field", result: result, index: live.index, exposure: extras.0, transitions: extras.1))
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(string: #"{"text": "payroll clerk using ADP"}"#)) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, expected))
            }
        }
    }

    @Test func searchIsTheSearchDocument() async throws {
        let live = try ServerFixtures.live()
        let matches = try TitleSearch(index: live.index).search("AP clerk", top: 2)
        let expected = try ServerFixtures.document(SearchResponse(query: "AP clerk", matches: matches, index: IndexSummary(live.index)))
        try await ServerFixtures.application(live).test(.router) { client in
            for uri in ["/v1/roles?q=AP%20clerk&top=2", "/v1/roles?q=AP+clerk&top=2"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(ServerFixtures.isDocument(response.body, expected))
                    let first = (try ServerFixtures.json(response.body)["matches"] as? [[String: Any]])?.first
                    #expect(first?["id"] as? String == "43-3031.00")
                }
            }
        }
    }

    @Test func roleDetailHasTitlesTasksAndSkills() async throws {
        let live = try ServerFixtures.live()
        let expected = try #require(try live.index.role(id: "payroll-clerk"))
        try await ServerFixtures.application(live).test(.router) { client in
            try await client.execute(uri: "/v1/roles/payroll-clerk", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixtures.isDocument(response.body, try ServerFixtures.document(RoleResponse(role: expected, index: IndexSummary(live.index)))))
                let document = try ServerFixtures.json(response.body)
                #expect(Set(document.keys) == ["role", "index"])
                let role = try #require(document["role"] as? [String: Any])
                #expect(role["id"] as? String == "payroll-clerk")
                #expect(role["soc"] as? String == "43-3051")
                #expect(role["soc_match"] as? String == "exact")
                #expect(role["title"] as? String == "Payroll Clerk")
                let tasks = try #require(role["tasks"] as? [[String: Any]])
                #expect(!tasks.isEmpty)
                #expect(tasks.allSatisfy { ["core", "supplemental"].contains($0["type"] as? String) })
                #expect(tasks.allSatisfy { ["E0", "E1", "E2"].contains($0["exposure"] as? String) && $0["exposure_reason"] is String })
                #expect(!(role["skills"] as? [[String: Any]] ?? []).isEmpty)
            }
            try await client.execute(uri: "/v1/roles/43-3031.00", method: .get) { response in
                #expect(response.status == .ok)
                let role = try #require(try ServerFixtures.json(response.body)["role"] as? [String: Any])
                #expect((role["alternate_titles"] as? [String])?.contains("AP Clerk") == true)
                #expect(role["source"] as? String == "onet")
                let attribution = (try ServerFixtures.json(response.body)["index"] as? [String: Any])?["attribution"] as? [String]
                #expect(attribution?.contains { $0.contains("CC BY 4.0") } == true)
            }
        }
    }

    @Test func concurrentMatchesGetTheSameAnswer() async throws {
        let live = try ServerFixtures.live()
        let app = try ServerFixtures.application(live)
        try await app.test(.router) { client in
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(string: #"{"text": "line cook on the grill", "top": 5}"#)) {
                            #expect($0.status == .ok)
                            // Keys sorted, so equal documents are equal strings.
                            let matches = try ServerFixtures.json($0.body)["matches"] ?? []
                            return String(decoding: try JSONSerialization.data(withJSONObject: matches, options: [.sortedKeys]), as: UTF8.self)
                        }
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(bodies.count == 16)
            let first = try JSONSerialization.jsonObject(with: Data(bodies[0].utf8)) as? [[String: Any]]
            #expect(first?.first?["id"] as? String == "line-cook")
            #expect(Set(bodies).count == 1)
        }
    }

    struct Failure: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var body: String?
        var status: HTTPResponse.Status
        var message: String
        var description: String { "\(method) \(uri) \(body ?? "")" }
    }

    static let failures: [Failure] = [
        Failure(method: .post, uri: "/v1/match", body: "{oops", status: .badRequest,
                message: "the request body is not valid JSON; send {\"text\": \"…\", \"top\": 10}."),
        Failure(method: .post, uri: "/v1/match", body: "", status: .badRequest,
                message: "the request body is not valid JSON; send {\"text\": \"…\", \"top\": 10}."),
        Failure(method: .post, uri: "/v1/match", body: "[\"nurse\"]", status: .badRequest,
                message: "the request body must be a JSON object such as {\"text\": \"…\", \"top\": 10}."),
        Failure(method: .post, uri: "/v1/match", body: "{}", status: .badRequest,
                message: "the request has no text field; send the resume or job text as {\"text\": \"…\"}."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": null}"#, status: .badRequest,
                message: "the request has no text field; send the resume or job text as {\"text\": \"…\"}."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": 5}"#, status: .badRequest,
                message: "the text field must be a string holding the resume or job text."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": ""}"#, status: .badRequest,
                message: "the text field is empty; put the resume or job text in it."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": " \n\t "}"#, status: .badRequest,
                message: "the text field is empty; put the resume or job text in it."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "nurse", "top": 0}"#, status: .badRequest,
                message: "the top field must be a whole number from 1 to 100; got 0."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "nurse", "top": 101}"#, status: .badRequest,
                message: "the top field must be a whole number from 1 to 100; got 101."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "nurse", "top": "3"}"#, status: .badRequest,
                message: "the top field must be a whole number from 1 to 100."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "nurse", "top": 2.5}"#, status: .badRequest,
                message: "the top field must be a whole number from 1 to 100."),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "!!! 123 ..."}"#, status: .unprocessableContent,
                message: MatchError.noWords(source: "the text field").description),
        Failure(method: .post, uri: "/v1/match", body: #"{"text": "zzxqv qqwvk"}"#, status: .unprocessableContent,
                message: MatchError.noKnownWords(source: "the text field").description),
        Failure(method: .get, uri: "/v1/roles", status: .badRequest,
                message: "the q parameter is missing; give words to search for, such as /v1/roles?q=nurse."),
        Failure(method: .get, uri: "/v1/roles?q=%20", status: .badRequest,
                message: "the q parameter is empty; give words to search for, such as /v1/roles?q=nurse."),
        Failure(method: .get, uri: "/v1/roles?q=nurse&top=ten", status: .badRequest,
                message: "the top parameter must be a whole number from 1 to 100; got \"ten\"."),
        Failure(method: .get, uri: "/v1/roles?q=nurse&top=0", status: .badRequest,
                message: "the top parameter must be a whole number from 1 to 100; got 0."),
        Failure(method: .get, uri: "/v1/roles?q=zzxqv", status: .unprocessableContent,
                message: MatchError.noKnownWords(source: "the query").description),
        Failure(method: .get, uri: "/v1/roles/no-such-role", status: .notFound,
                message: "no role with id \"no-such-role\" in the index; find role ids with GET /v1/roles?q=words."),
        Failure(method: .get, uri: "/v1/nothing-here", status: .notFound,
                message: "no endpoint at /v1/nothing-here; the API is described at /openapi.yaml."),
        Failure(method: .get, uri: "/v1/match", status: .methodNotAllowed,
                message: "GET is not allowed on /v1/match; use POST."),
        Failure(method: .delete, uri: "/v1/roles/payroll-clerk", status: .methodNotAllowed,
                message: "DELETE is not allowed on /v1/roles/payroll-clerk; use GET."),
        Failure(method: .post, uri: "/healthz", body: "{}", status: .methodNotAllowed,
                message: "POST is not allowed on /healthz; use GET."),
    ]

    @Test(arguments: failures)
    func failuresAnswerWithAJSONErrorNamingTheProblem(failure: Failure) async throws {
        let app = try ServerFixtures.application(try ServerFixtures.live())
        try await app.test(.router) { client in
            try await client.execute(uri: failure.uri, method: failure.method, body: failure.body.map { ByteBuffer(string: $0) }) { response in
                #expect(response.status == failure.status)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(ServerFixtures.errorMessage(response.body) == failure.message)
            }
        }
    }

    @Test func wrongMethodListsTheAllowedOnes() async throws {
        let app = try ServerFixtures.application(try ServerFixtures.live())
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/match", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
        }
    }

    @Test func bodiesOverOneMebibyteAre413() async throws {
        let app = try ServerFixtures.application(try ServerFixtures.live())
        let text = String(repeating: "nurse ", count: (TextInput.maxBytes / 6) + 1)
        let body = try JSONSerialization.data(withJSONObject: ["text": text])
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(ServerFixtures.errorMessage(response.body)?.hasPrefix("the request body is larger than the 1 MiB limit") == true)
            }
        }
        // Just under the limit is fine.
        let fits = try JSONSerialization.data(withJSONObject: ["text": String(repeating: "nurse ", count: (TextInput.maxBytes - 100) / 6)])
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(bytes: fits)) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aDamagedIndexIsA500NamingTheFile() async throws {
        let path = try ServerFixtures.buildIndex()
        let live = try LiveIndex(path: path, logger: ServerFixtures.logger)
        let app = try ServerFixtures.application(live)
        // Damage the open file in place: the tables' pages become garbage under the open connection.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 8192)
        try handle.write(contentsOf: Data(repeating: 0x41, count: Int(size) - 8192))
        try handle.close()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/roles/payroll-clerk", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(ServerFixtures.errorMessage(response.body)?.contains(path) == true)
            }
        }
    }
}
