import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `roles serve`: the JSON API over one index, reloaded when the file is rebuilt, shut down gracefully
/// on SIGINT and SIGTERM.
public struct APIServer: Sendable {
    public var host: String
    public var port: Int
    public var logger: Logger

    public init(host: String, port: Int, logger: Logger) {
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Serves `live` until SIGINT or SIGTERM; requests in flight finish first. Prints the address it
    /// listens on (useful with port 0) to standard error once it accepts connections.
    public func run(live: LiveIndex) async throws {
        let openAPI = try OpenAPIDocument.load()
        let router = APIRoutes.router(endpoints: APIRoutes.endpoints(live: live, openAPI: openAPI))
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            services: [IndexReloader(live: live)],
            onServerRunning: { [logger] channel in
                let port = channel.localAddress?.port ?? 0
                logger.info("serving \(live.path) at http://\(host):\(port)")
                FileHandle.standardError.write(Data("roles: listening on http://\(host):\(port)\n".utf8))
            },
            logger: logger)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE || error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            throw ServerError.cannotListen(host: host, port: port, reason: String(cString: strerror(error.errnoCode)))
        } catch {
            throw ServerError.stopped(reason: "\(error)")
        }
    }
}
