/// Why the server could not start or stopped.
public enum ServerError: Error, CustomStringConvertible, Equatable, Sendable {
    case missingResource(String)
    case cannotListen(host: String, port: Int, reason: String)
    case stopped(reason: String)

    public var description: String {
        switch self {
        case .missingResource(let folder):
            "\(folder) is missing; keep the roles_RolesServer.resources folder beside the roles executable."
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port) (\(reason)); choose another --port or stop the process using it."
        case .stopped(let reason):
            "the server stopped: \(reason)."
        }
    }
}
