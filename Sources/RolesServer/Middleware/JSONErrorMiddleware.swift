import Hummingbird
import RolesKit

/// Turns every failure into a JSON error body `{"error": {"message": "…"}}` with the right status:
/// unknown paths 404, known paths with the wrong method 405, texts without known words 422, anything
/// unexpected 500 (and logged).
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let endpoints: [Endpoint]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let error = self.error(for: error, request: request, context: context)
            var response = try JSONBody.response(ErrorDocument(message: error.body ?? error.status.reasonPhrase), status: error.status)
            response.headers.append(contentsOf: error.headers)
            return response
        }
    }

    /// `{"error": {"message": "…"}}`, Hummingbird's error body, written by the encoder of every other body.
    struct ErrorDocument: Encodable {
        struct Message: Encodable { var message: String }
        var error: Message

        init(message: String) { error = Message(message: message) }
    }

    func error(for error: any Error, request: Request, context: Context) -> HTTPError {
        switch error {
        case let error as HTTPError where error.body != nil:
            return error
        case let error as any HTTPResponseError where error.status == .notFound:
            return routingError(request)
        case let error as any HTTPResponseError:
            return HTTPError(error.status, message: "the request failed: \(error.status.reasonPhrase).")
        case let error as MatchError:
            return HTTPError(.unprocessableContent, message: error.description)
        default:
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            return HTTPError(.internalServerError, message: "\(error)")
        }
    }

    /// No route matched: 405 when the path exists for other methods, 404 otherwise.
    func routingError(_ request: Request) -> HTTPError {
        let path = request.uri.path
        let allowed = endpoints.filter { $0.matches(path: path) }.map(\.method.rawValue)
        guard !allowed.isEmpty else {
            return HTTPError(.notFound, message: "no endpoint at \(path); the API is described at /openapi.yaml.")
        }
        let list = allowed.joined(separator: ", ")
        return HTTPError(
            .methodNotAllowed, headers: [.allow: list],
            message: "\(request.method.rawValue) is not allowed on \(path); use \(list).")
    }
}
