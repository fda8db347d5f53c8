import Foundation

/// Where the built-in corpus and its default index live: `Corpus/` and `Index/roles.sqlite` in the
/// project folder, found from the working directory or from the executable's location.
public enum IndexLocation {
    public static let defaultIndexName = "Index/roles.sqlite"

    /// The nearest folder, from the working directory up and then from the executable up, that holds
    /// `Corpus/roles`.
    public static func projectRoot() -> String? {
        var starts = [FileManager.default.currentDirectoryPath]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path {
            starts.append(executable)
        }
        for start in starts {
            var url = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("Corpus/roles").path) {
                    return url.path
                }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        return nil
    }

    public struct Default: Sendable {
        public var index: String
        public var corpus: String
    }

    public static func builtIn() -> Default? {
        projectRoot().map { Default(index: ($0 as NSString).appendingPathComponent(defaultIndexName),
                                    corpus: ($0 as NSString).appendingPathComponent("Corpus")) }
    }

    /// Whether the default index must be (re)built: missing, from another schema version, or built from
    /// a corpus whose files have changed since.
    public static func needsBuild(_ location: Default) -> Bool {
        guard let index = try? RolesIndex(path: location.index),
              let recorded = index.sources.first(where: { $0.kind == "corpus" }),
              let current = try? CorpusReader(directory: location.corpus).source()
        else { return true }
        return recorded.sha256 != current.sha256
    }
}
