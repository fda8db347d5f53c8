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
    static let sharedWages = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/bls/oews_national_may2025.tsv").path

    /// A new empty folder under the system's temporary folder.
    static func temporaryDirectory() -> String {
        let path = scratch + "/" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One folder for the throwaway folders of this test process, removed when the process exits.
    static let scratch: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roles-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.scratch) }
        return path
    }()

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
