import Hummingbird
import Logging
import RolesKit

/// The API's endpoints in one table: the router is built from it, the error middleware answers 405 from
/// it, and a test holds the OpenAPI document to it.
public enum APIRoutes {
    public static func endpoints(live: LiveIndex, openAPI: String) -> [Endpoint] {
        let handlers = APIHandlers(live: live, openAPI: openAPI)
        return [
            Endpoint(.get, "/healthz", handler: handlers.health),
            Endpoint(.get, "/openapi.yaml", handler: handlers.openAPIDocument),
            Endpoint(.get, "/v1/index", handler: handlers.indexInfo),
            Endpoint(.post, "/v1/match", handler: handlers.match),
            Endpoint(.get, "/v1/roles", handler: handlers.search),
            Endpoint(.post, "/v1/exposure", handler: handlers.exposure),
            Endpoint(.get, "/v1/roles/{id}", handler: handlers.role),
            Endpoint(.get, "/v1/roles/{id}/adjacent", handler: handlers.adjacent),
        ]
    }

    /// A router over `endpoints` that logs every request and answers every error as JSON.
    public static func router(endpoints: [Endpoint]) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: JSONErrorMiddleware(endpoints: endpoints))
        for endpoint in endpoints {
            router.on(RouterPath(endpoint.path), method: endpoint.method, use: endpoint.handler)
        }
        return router
    }
}
