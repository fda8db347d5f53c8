import Foundation
@testable import RolesKit

/// Paths of the fixture files and throwaway folders for tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let onet = root.appendingPathComponent("onet").path
    static let corpus = root.appendingPathComponent("corpus").path
    static let projectCorpus = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path
    static let sharedONET = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/onet").path

    /// A new empty folder under the system's temporary folder.
    static func temporaryDirectory() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roles-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A copy of a fixture folder that a test may change.
    static func copy(_ folder: String) -> String {
        let target = temporaryDirectory() + "/" + (folder as NSString).lastPathComponent
        try! FileManager.default.copyItem(atPath: folder, toPath: target)
        return target
    }

    /// An index built from the fixture corpus and O*NET files.
    static func index(corpus: Bool = true, onet: Bool = true) throws -> RolesIndex {
        let path = temporaryDirectory() + "/index.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: corpus ? Self.corpus : nil, onet: onet ? Self.onet : nil), to: path)
        return try RolesIndex(path: path)
    }
}
