import Foundation
import Hummingbird
import NIOCore
import RolesKit

/// The handlers: each parses its input, makes one call into RolesKit, and encodes the answer with the
/// encoder the command line uses, so a body equals the `--json` output of the same command.
struct APIHandlers: Sendable {
    let live: LiveIndex
    let openAPI: String
    /// Texts (matches and exposure) are worked on one per core, in arrival order.
    let gate = ComputeGate()

    struct Health: Encodable {
        var status = "ok"
    }

    @Sendable func health(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        try JSONBody.response(Health())
    }

    @Sendable func openAPIDocument(_ request: Request, _ context: BasicRequestContext) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: openAPI)))
    }

    /// `roles index info --json`.
    @Sendable func indexInfo(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        try JSONBody.response(live.current.info)
    }

    /// `roles match --json`.
    @Sendable func match(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let input = try await MatchRequest.read(request, batchCommand: "roles match --batch")
        let served = live.current
        return try await gate.run {
            let response = try served.withWorker { try $0.report(input.text, source: MatchRequest.source, top: input.top) }
            return try JSONBody.response(response)
        }
    }

    /// `roles search --json`.
    @Sendable func search(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryParameters.query(request)
        let top = try QueryParameters.top(request)
        let served = live.current
        let matches = try served.withWorker { try $0.search.search(query, top: top) }
        return try JSONBody.response(SearchResponse(query: query, matches: matches, index: served.summary))
    }

    /// A role's titles, summary, tasks with their exposure, and skills.
    @Sendable func role(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let raw = try context.parameters.require("id")
        let id = raw.removingPercentEncoding ?? raw
        let served = live.current
        guard let role = try served.index.role(id: id) else {
            throw HTTPError(.notFound, message: "no role with id \"\(id)\" in the index; find role ids with GET /v1/roles?q=words.")
        }
        return try JSONBody.response(RoleResponse(role: role, index: served.summary))
    }
}

extension APIHandlers {
    /// `roles exposure --json`.
    @Sendable func exposure(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let input = try await MatchRequest.read(request, batchCommand: "roles exposure --batch")
        let served = live.current
        return try await gate.run {
            let exposure = try served.withWorker { worker -> TextExposure in
                guard let classifier = worker.classifier else { throw MatchError.noLabels(path: served.index.path) }
                return try classifier.classify(input.text, source: MatchRequest.source)
            }
            return try JSONBody.response(ExposureResponse(source: MatchRequest.source, exposure: exposure, index: served.index))
        }
    }

    /// `roles adjacent ID --json`.
    @Sendable func adjacent(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let raw = try context.parameters.require("id")
        let id = raw.removingPercentEncoding ?? raw
        let top = try QueryParameters.top(request)
        let served = live.current
        guard let role = served.index.roles.first(where: { $0.id == id }) else {
            throw HTTPError(.notFound, message: "no role with id \"\(id)\" in the index; find role ids with GET /v1/roles?q=words.")
        }
        let response = try served.withWorker { try $0.finder.adjacent(toRole: role.idx, top: top) }
        return try JSONBody.response(response)
    }
}
