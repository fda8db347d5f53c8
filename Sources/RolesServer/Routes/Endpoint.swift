import Hummingbird

/// One operation of the API: a method, a path in OpenAPI form (`/v1/roles/{id}`) and its handler.
public struct Endpoint: Sendable {
    public typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

    public let method: HTTPRequest.Method
    public let path: String
    let handler: Handler

    init(_ method: HTTPRequest.Method, _ path: String, handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.handler = handler
    }

    /// Whether a request path falls on this endpoint's path, whatever the method.
    func matches(path requestPath: String) -> Bool {
        let pattern = path.split(separator: "/")
        let segments = requestPath.split(separator: "/")
        guard pattern.count == segments.count else { return false }
        return zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
