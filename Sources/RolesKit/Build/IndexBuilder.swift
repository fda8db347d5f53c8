import Foundation
import GRDB
import RolesCore

/// What to build an index from.
public struct BuildSources: Equatable, Sendable {
    /// A corpus folder (with `roles/*.yaml`).
    public var corpus: String?
    /// A folder of O*NET text files.
    public var onet: String?
    /// Task exposure labels to join to the O*NET tasks.
    public var exposure: String?
    /// National wages by SOC code.
    public var wages: String?

    public init(corpus: String? = nil, onet: String? = nil, exposure: String? = nil, wages: String? = nil) {
        self.corpus = corpus
        self.onet = onet
        self.exposure = exposure
        self.wages = wages
    }

    /// The same sources with each relative path made absolute against the current directory: an index
    /// records where its sources are, and `roles index rebuild` may run from another directory.
    func absolute() -> BuildSources {
        func resolve(_ path: String?) -> String? {
            path.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        }
        return BuildSources(corpus: resolve(corpus), onet: resolve(onet), exposure: resolve(exposure), wages: resolve(wages))
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var path: String
    public var roles: Int
    public var terms: Int
    public var warnings: [String]
}

/// Builds indexes: import → vectorize → write, and rebuilds them from the sources they recorded.
public enum IndexBuilder {
    public static let corpusAttribution = "Role profiles of the built-in corpus are written by the roles project."

    /// Builds an index at `path` from `sources`. On any error the previous index at `path` stays as it was.
    public static func build(
        _ sources: BuildSources, to path: String, weights: FieldWeights = .standard,
        beforeCommit: () throws -> Void = {}
    ) throws -> BuildReport {
        let sources = sources.absolute()
        var roles: [Role] = []
        var recorded: [IndexSource] = []
        var attribution: [String] = []
        var warnings: [String] = []
        if let corpus = sources.corpus {
            let result = try CorpusReader(directory: corpus).load()
            guard result.problems.isEmpty else { throw ImportError.invalidCorpus(problems: result.problems) }
            roles += result.roles
            recorded.append(result.source)
            attribution.append(corpusAttribution)
        }
        if let onet = sources.onet {
            let result = try ONETImporter(directory: onet).load()
            roles += result.roles
            recorded += result.sources
            warnings += result.warnings
            attribution.append(ONETImporter.attribution.replacingOccurrences(
                of: "the O*NET Database", with: "the \(result.release ?? "O*NET Database")"))
        }
        if let exposure = sources.exposure {
            let labels = ExposureLabels(path: exposure)
            let report = try labels.apply(to: &roles)
            recorded.append(try labels.source)
            if report.unmatched > 0 {
                warnings.append("\(exposure): \(report.unmatched) of \(report.matched + report.unmatched) label rows match no task of the index (lines \(report.unmatchedLines.map(String.init).joined(separator: ", "))\(report.unmatched > report.unmatchedLines.count ? ", …" : "")); they are not used.")
            }
            if report.matched == 0 {
                throw ImportError.malformedRow(path: exposure, line: 1, column: 1,
                    message: "no label row matches a task of the index; label rows join on O*NET-SOC Code and Task ID, so build with --onet.")
            }
        }
        if let wagesPath = sources.wages {
            let table = try WageTable(path: wagesPath)
            let count = table.apply(to: &roles)
            recorded.append(try table.source)
            if count < roles.count {
                warnings.append("\(wagesPath): no wage for \(roles.count - count) of \(roles.count) roles (no figures for their SOC code or its broad group).")
            }
        }
        var seen = Set<String>()
        for role in roles where !seen.insert(role.id).inserted {
            throw ImportError.malformedRow(path: sources.corpus ?? sources.onet ?? path, line: 0, column: 0,
                message: "role id \(role.id) comes from two sources; build from one of them or rename the corpus role.")
        }
        let vectorizer = RoleVectorizer(weights: weights)
        let metadata = IndexMetadata(
            schemaVersion: IndexSchema.version, builtAt: ISO8601DateFormatter().string(from: Date()),
            toolVersion: RolesVersion.current, analyzer: vectorizer.analyzerSettings, weights: weights,
            weighting: IndexMetadata.weightingDescription, attribution: attribution)
        // The vectors are computed while the tables that need none are written, and the transition tables
        // while the vectors are.
        let allRoles = roles
        let terms = TermCount()
        try IndexWriter.write(
            roles: roles, metadata: metadata, sources: recorded, to: path,
            vectorize: {
                let vectors = vectorizer.vectorize(allRoles)
                terms.value = vectors.vocabulary.count
                return vectors
            },
            transitions: { vectors in
                TransitionTables.compute(roles: allRoles, vectors: vectors, analyzer: Analyzer(settings: vectorizer.analyzerSettings))
            },
            beforeCommit: beforeCommit)
        let report = BuildReport(path: path, roles: roles.count, terms: terms.value, warnings: warnings)
        // The roles are freed on another thread too (`IndexWriter.write`).
        DispatchQueue.global(qos: .utility).async { [roles] in withExtendedLifetime(roles) {} }
        return report
    }

    /// The sources an index at `path` was built from, read without checking its schema version, so an
    /// index from another version can still be rebuilt.
    public static func recordedSources(of path: String) throws -> [IndexSource] {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path: path) }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT kind, name, path, sha256 FROM sources ORDER BY rowid")
                    .map { IndexSource(kind: $0["kind"], name: $0["name"], path: $0["path"], sha256: $0["sha256"]) }
            }
        } catch let error as DatabaseError {
            throw StoreError.notAnIndex(path: path, reason: error.message ?? "SQLite error \(error.resultCode)")
        }
    }

    /// The build sources recorded in an index, after checking each is still where it was and unchanged.
    public static func verifiedSources(of path: String) throws -> BuildSources {
        var sources = BuildSources()
        for source in try recordedSources(of: path) {
            switch source.kind {
            case "corpus":
                guard FileManager.default.fileExists(atPath: source.path) else { throw ImportError.sourceMoved(path: source.path) }
                if try CorpusReader(directory: source.path).source().sha256 != source.sha256 {
                    throw ImportError.sourceChanged(path: source.path)
                }
                sources.corpus = source.path
            case "onet":
                guard FileManager.default.fileExists(atPath: source.path) else { throw ImportError.sourceMoved(path: source.path) }
                if try SourceHash.file(source.path) != source.sha256 { throw ImportError.sourceChanged(path: source.path) }
                sources.onet = (source.path as NSString).deletingLastPathComponent
            case "exposure", "wages":
                guard FileManager.default.fileExists(atPath: source.path) else { throw ImportError.sourceMoved(path: source.path) }
                if try SourceHash.file(source.path) != source.sha256 { throw ImportError.sourceChanged(path: source.path) }
                if source.kind == "exposure" { sources.exposure = source.path } else { sources.wages = source.path }
            default:
                throw StoreError.notAnIndex(path: path, reason: "it records a source of unknown kind \(source.kind)")
            }
        }
        return sources
    }

    /// Builds the index at `path` again from the sources it recorded.
    public static func rebuild(_ path: String) throws -> BuildReport {
        try build(try verifiedSources(of: path), to: path)
    }
}

/// The vocabulary size a build found, set on the thread that vectorized.
private final class TermCount: @unchecked Sendable {
    var value = 0
}

public enum RolesVersion {
    public static let current = "0.1.0"
}
