import Foundation

/// The OpenAPI description of the API (`openapi.yaml` in this target), served at `/openapi.yaml`.
public enum OpenAPIDocument {
    public static let resourceName = "openapi.yaml"

    /// Reads the document from the resource folder SwiftPM places beside the executable.
    public static func load() throws(ServerError) -> String {
        let folder = Bundle.main.bundleURL
        for bundle in ["roles_RolesServer.resources", "roles_RolesServer.bundle", "roles_RolesServer.bundle/Contents/Resources"] {
            let url = folder.appendingPathComponent(bundle).appendingPathComponent(resourceName)
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
        }
        throw .missingResource(folder.appendingPathComponent("roles_RolesServer.resources").path)
    }
}
