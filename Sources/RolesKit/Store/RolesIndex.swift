import Foundation
import GRDB
import RolesCore

/// A role as listed in an index, without its tasks and titles.
public struct IndexedRole: Equatable, Sendable {
    public var idx: Int
    public var id: String
    public var soc: String?
    public var title: String
    public var preparation: Int?
}

/// A vocabulary term with its postings: the weight of the term in every role that has it.
public struct TermEntry: Sendable {
    public var id: Int32
    public var idf: Float
    private let source: Source

    /// Where the readable form and the postings are: read from the index with the entry, or in an index
    /// vocabulary held in memory, read from it only when asked for (a query of a few hundred terms needs
    /// the readable forms of a few and the postings of none: its columns are gathered from the vocabulary).
    private enum Source: Sendable {
        case read(display: String, postings: SparseVector)
        case vocabulary(IndexVocabulary, term: Int32)
    }

    public init(id: Int32, display: String, idf: Float, postings: SparseVector) {
        self.id = id
        self.idf = idf
        source = .read(display: display, postings: postings)
    }

    /// The entry of term `term` of an index vocabulary in memory.
    init(vocabulary: IndexVocabulary, term: Int32) {
        id = vocabulary.storedIDs[Int(term)]
        idf = vocabulary.idf[Int(term)]
        source = .vocabulary(vocabulary, term: term)
    }

    public var display: String {
        switch source {
        case .read(let display, _): display
        case .vocabulary(let vocabulary, let term): vocabulary.display(term)
        }
    }

    /// Role indices and weights.
    public var postings: SparseVector {
        switch source {
        case .read(_, let postings): postings
        case .vocabulary(let vocabulary, let term): vocabulary.postings(term)
        }
    }

    /// The in-memory vocabulary and the term's number in it, when the entry comes from one.
    var vocabularyTerm: (vocabulary: IndexVocabulary, term: Int32)? {
        if case .vocabulary(let vocabulary, let term) = source { return (vocabulary, term) }
        return nil
    }
}

/// A table of terms with their postings over roles.
public enum VocabularyTable: String, Sendable {
    /// Analyzed words and word pairs of the role documents.
    case terms
    /// Character n-grams of the role titles (`TitleGrams`).
    case titleGrams = "title_grams"
    /// Head words of the role titles (`TitleHeads`).
    case titleHeads = "title_heads"
    /// The roles' titles as whole keys (`ExactTitles`).
    case exactTitles = "exact_titles"
}

/// One title or task of a role with its vector.
public struct VectorRow: Sendable {
    public var text: String
    public var kind: String
    public var vector: SparseVector
}

/// A read-only index file. Safe to share across threads: reads go through one serial connection, or, for an
/// index opened with `concurrentReaders` above one, through that many connections at once.
///
/// Every connection reads the file that was at `path` when the index was opened, even after a rebuild
/// renames another file into place: they are all opened at once, and a connection opened later (for the
/// parts of a vocabulary read in parallel) is checked to be of the same file.
public final class RolesIndex: Sendable {
    public let path: String
    public let metadata: IndexMetadata
    public let sources: [IndexSource]
    /// Every role, in index order.
    public let roles: [IndexedRole]
    private let connections: Connections
    /// The file the connections read, as it was when they were opened.
    private let file: FileIdentity
    private let cache = VectorRowCache()
    private let termCache = TermCache()
    private let gramCache = TermCache()
    private let headCache = TermCache()
    private let exactCache = TermCache()

    /// Upper bound of the memory-mapped part of the file; an index is a few tens of megabytes.
    static let mmapSize = 1 << 30

    /// - Parameter concurrentReaders: connections that may read at the same time. One (a command) opens a
    ///   single connection; a server passes more, so that requests reading the file do not wait for each
    ///   other.
    public init(path: String, concurrentReaders: Int = 1) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path: path) }
        do {
            let before = FileIdentity(path: path)
            let queues = try (0..<max(1, concurrentReaders)).map { _ in try DatabaseQueue(path: path, configuration: Self.readConfiguration()) }
            guard let before, FileIdentity(path: path) == before else { throw StoreError.replaced(path: path) }
            file = before
            connections = Connections(queues)
            (metadata, sources, roles) = try queues[0].read { db in
                guard try db.tableExists("meta") else {
                    throw StoreError.notAnIndex(path: path, reason: "it has no meta table")
                }
                let meta = Dictionary(
                    try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) },
                    uniquingKeysWith: { first, _ in first })
                let version = Int(meta["schema_version"] ?? "") ?? 0
                guard version == IndexSchema.version else {
                    throw StoreError.schemaMismatch(path: path, found: version, expected: IndexSchema.version)
                }
                let metadata = try Self.decodeMetadata(meta, version: version, path: path)
                let sources = try Row.fetchAll(db, sql: "SELECT kind, name, path, sha256 FROM sources ORDER BY rowid")
                    .map { IndexSource(kind: $0[0], name: $0[1], path: $0[2], sha256: $0[3]) }
                let roles = try Row.fetchAll(db, sql: "SELECT idx, id, soc, title, preparation FROM roles ORDER BY idx")
                    .map { IndexedRole(idx: $0[0], id: $0[1], soc: $0[2], title: $0[3], preparation: $0[4]) }
                return (metadata, sources, roles)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.notAnIndex(path: path, reason: error.message ?? "SQLite error \(error.resultCode)")
        } catch {
            throw StoreError.notAnIndex(path: path, reason: "\(error)")
        }
    }

    /// The connections this index was opened with, then new ones, each checked to read the same file: for
    /// reading `count` parts of a table at once.
    func connectionsForParts(_ count: Int) throws -> [DatabaseQueue] {
        let opened = connections.queues.prefix(count)
        let more = try (opened.count..<max(opened.count, count)).map { _ in
            let queue = try DatabaseQueue(path: path, configuration: Self.readConfiguration())
            guard FileIdentity(path: path) == file else { throw StoreError.replaced(path: path) }
            return queue
        }
        return Array(opened) + more
    }

    /// How every connection to an index is opened.
    static func readConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // Memory-mapped reads: postings are read many times in a batch, and through the page cache
            // each read was a system call.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapSize)")
        }
        return configuration
    }

    static func decodeMetadata(_ meta: [String: String], version: Int, path: String) throws -> IndexMetadata {
        let decoder = JSONDecoder()
        func json<T: Decodable>(_ key: String, as type: T.Type) throws -> T {
            guard let text = meta[key], let value = try? decoder.decode(T.self, from: Data(text.utf8)) else {
                throw StoreError.notAnIndex(path: path, reason: "meta field \(key) is missing or malformed")
            }
            return value
        }
        return IndexMetadata(
            schemaVersion: version, builtAt: meta["built_at"] ?? "", toolVersion: meta["tool_version"] ?? "",
            analyzer: try json("analyzer", as: Analyzer.Settings.self),
            weights: try json("weights", as: FieldWeights.self),
            weighting: meta["weighting"] ?? "", attribution: try json("attribution", as: [String].self))
    }

    /// Looks up terms in the vocabulary; terms the index does not know are absent from the result.
    public func lookup(_ terms: some Collection<String>, in table: VocabularyTable = .terms) throws -> [String: TermEntry] {
        let cache = switch table {
        case .terms: termCache
        case .titleGrams: gramCache
        case .titleHeads: headCache
        case .exactTitles: exactCache
        }
        let cached = cache.split(Set(terms))
        var found = cached.found
        let unique = cached.unseen
        if unique.isEmpty { return found }
        try read { db in
            for chunk in stride(from: 0, to: unique.count, by: 500).map({ unique[$0..<min($0 + 500, unique.count)] }) {
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, term, display, idf, postings FROM \(table.rawValue) WHERE term IN (\(placeholders))",
                    arguments: StatementArguments(Array(chunk)))
                while let row = try rows.next() {
                    guard let postings = BlobCoding.decode(row[4]) else {
                        throw StoreError.notAnIndex(path: path, reason: "postings of term \(row[1] as String) are damaged")
                    }
                    found[row[1]] = TermEntry(id: Int32(row[0] as Int), display: row[2], idf: Float(row[3] as Double), postings: postings)
                }
            }
        }
        cache.store(unique, found: found)
        return found
    }

    /// The titles of a role (title first, then alternate and reported titles) with their vectors.
    public func titles(ofRole idx: Int) throws -> [VectorRow] {
        try cache.rows(.titles, role: idx) {
            try vectorRows(sql: "SELECT title, kind, vector FROM titles WHERE role_idx = ? ORDER BY position", role: idx)
        }
    }

    /// The tasks of a role with their vectors.
    public func tasks(ofRole idx: Int) throws -> [VectorRow] {
        try cache.rows(.tasks, role: idx) {
            try vectorRows(sql: "SELECT text, type, vector FROM tasks WHERE role_idx = ? ORDER BY position", role: idx)
        }
    }

    private func vectorRows(sql: String, role idx: Int) throws -> [VectorRow] {
        try read { db in
            try Row.fetchAll(db, sql: sql, arguments: [idx]).map { row in
                guard let vector = BlobCoding.decode(row[2]) else {
                    throw StoreError.notAnIndex(path: path, reason: "a vector of role \(idx) is damaged")
                }
                return VectorRow(text: row[0], kind: row[1], vector: vector)
            }
        }
    }

    /// Counts of what the index holds.
    public func counts() throws -> IndexCounts {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return IndexCounts(
                roles: try count("roles"), titles: try count("titles"), tasks: try count("tasks"),
                skills: try count("skills"), terms: try count("terms"))
        }
    }

    /// Runs a read, turning SQLite failures (a damaged file) into a `StoreError` that names the file.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try connections.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.notAnIndex(path: path, reason: error.message ?? "SQLite error \(error.resultCode)")
        }
    }
}

/// An index's open connections. A read takes an idle one, or, when all are busy, waits its turn on one of
/// them.
private final class Connections: @unchecked Sendable {
    // `@unchecked`: `idle` and `turn` are only used while holding `lock`; each queue serializes its reads.
    let queues: [DatabaseQueue]
    private let lock = NSLock()
    private var idle: [Int]
    private var turn = 0

    init(_ queues: [DatabaseQueue]) {
        self.queues = queues
        idle = Array(queues.indices.reversed())
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if queues.count == 1 { return try queues[0].read(body) }
        let (index, wasIdle) = lock.withLock { () -> (Int, Bool) in
            if let index = idle.popLast() { return (index, true) }
            turn += 1
            return (turn % queues.count, false)
        }
        defer { if wasIdle { lock.withLock { idle.append(index) } } }
        return try queues[index].read(body)
    }
}
