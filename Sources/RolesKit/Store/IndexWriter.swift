import Foundation
import GRDB
import RolesCore

/// Writes a complete index to a temporary file beside the target and renames it into place, so a
/// reader sees either the old index or the new one, never a half-written file.
public enum IndexWriter {
    /// Writes an index whose vectors `vectorize` computes, and whose transition tables `transitions` computes
    /// from them, on another thread: the tables that need neither (roles, task activities, skills, ratings)
    /// are written while the vectors are computed, and the vectors while the transition tables are.
    /// - Parameter beforeCommit: called after every table is written and before the rename; tests
    ///   use it to fail a build midway.
    static func write(
        roles: [Role], metadata: IndexMetadata, sources: [IndexSource], to path: String,
        vectorize: @escaping @Sendable () -> VectorizedRoles,
        transitions: @escaping @Sendable (VectorizedRoles) -> TransitionTables,
        beforeCommit: () throws -> Void = {}
    ) throws {
        let pending = PendingVectors()
        let group = DispatchGroup()
        let vectorsReady = DispatchSemaphore(value: 0)
        // A thread of its own rather than one of the shared pool's: this thread waits below, and a pool
        // thread that waits is still counted as busy, which left the vectorizer's parallel loops one core.
        group.enter()
        Thread {
            let vectors = vectorize()
            pending.vectors = vectors
            vectorsReady.signal()
            pending.transitions = transitions(vectors)
            group.leave()
        }.start()
        defer {
            group.wait()
            // What was computed is freed on another thread: tens of thousands of vectors take a tenth of a
            // second to free, and a command that ends with the build need not wait for it.
            let computed = (pending.vectors, pending.transitions)
            (pending.vectors, pending.transitions) = (nil, nil)
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(computed) {} }
        }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.writeFailed(path: path, reason: "cannot create \(directory.path)")
        }
        removeAbandonedTemporaryFiles(of: target)
        let temporary = target.path + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            var configuration = Configuration()
            configuration.journalMode = .default
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 8192")
                try db.inTransaction {
                    try IndexSchema.create(db)
                    try writeMeta(db, metadata: metadata, sources: sources)
                    try writeRoleRows(db, roles: roles)
                    vectorsReady.wait()
                    let vectors = pending.vectors!
                    try writeVectorRows(db, roles: roles, vectors: vectors)
                    try writeTerms(db, table: "terms", vocabulary: vectors.vocabulary, roleVectors: vectors.roleVectors)
                    try writeTerms(db, table: "title_grams", vocabulary: vectors.titleGrams.vocabulary, roleVectors: vectors.titleGrams.roleVectors)
                    try writeTerms(db, table: "title_heads", vocabulary: vectors.titleHeads.vocabulary, roleVectors: vectors.titleHeads.roleVectors)
                    try writeTerms(db, table: "exact_titles", vocabulary: vectors.exactTitles.vocabulary, roleVectors: vectors.exactTitles.roleVectors)
                    try writeBM25Terms(db, termCount: vectors.vocabulary.count, roleVectors: vectors.bm25Vectors)
                    try IndexSchema.createIndexesAfterRows(db)
                    group.wait()
                    try writeTransitions(db, roles: roles, tables: pending.transitions!)
                    return .commit
                }
            }
            try queue.close()
            try beforeCommit()
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, target.path) == 0 else {
                throw StoreError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? StoreError { throw error }
            throw StoreError.writeFailed(path: path, reason: "\(error)")
        }
    }

    /// Removes temporary files left by builds that were killed (their process no longer exists).
    static func removeAbandonedTemporaryFiles(of target: URL) {
        let directory = target.deletingLastPathComponent()
        let prefix = target.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    static func writeMeta(_ db: Database, metadata: IndexMetadata, sources: [IndexSource]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let values: [(String, String)] = [
            ("schema_version", String(IndexSchema.version)),
            ("built_at", metadata.builtAt),
            ("tool_version", metadata.toolVersion),
            ("analyzer", String(decoding: try encoder.encode(metadata.analyzer), as: UTF8.self)),
            ("weights", String(decoding: try encoder.encode(metadata.weights), as: UTF8.self)),
            ("weighting", metadata.weighting),
            ("attribution", String(decoding: try encoder.encode(metadata.attribution), as: UTF8.self)),
        ]
        for (key, value) in values {
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
        for source in sources {
            try db.execute(
                sql: "INSERT INTO sources (name, kind, path, sha256) VALUES (?, ?, ?, ?)",
                arguments: [source.name, source.kind, source.path, source.sha256])
        }
    }

    /// The rows that need no vectors: roles, task activities, skills and ratings.
    static func writeRoleRows(_ db: Database, roles: [Role]) throws {
        let insertRole = try InsertStatement(db, sql: """
            INSERT INTO roles (idx, id, soc, soc_match, title, summary, sectors, preparation, outlook,
                               outlook_reason, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertActivity = try InsertStatement(db, sql: """
            INSERT INTO task_activities (role_idx, task_position, activity_id, activity_title) VALUES (?, ?, ?, ?)
            """)
        let insertSkill = try InsertStatement(
            db, sql: "INSERT INTO skills (role_idx, position, name, kind, hot) VALUES (?, ?, ?, ?, ?)")
        let insertRating = try InsertStatement(db, sql: """
            INSERT OR REPLACE INTO ratings (role_idx, element_id, name, kind, importance, level)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (idx, role) in roles.enumerated() {
            insertRole.bind(1, idx)
            insertRole.bind(2, role.id)
            insertRole.bind(3, role.soc)
            insertRole.bind(4, role.socMatch.rawValue)
            insertRole.bind(5, role.title)
            insertRole.bind(6, role.summary)
            insertRole.bind(7, role.sectors.joined(separator: ";"))
            insertRole.bind(8, role.preparation)
            insertRole.bind(9, role.outlook?.rawValue)
            insertRole.bind(10, role.outlookReason)
            insertRole.bind(11, role.source)
            try insertRole.insert()
            for (position, task) in role.tasks.enumerated() {
                for activity in task.activities {
                    insertActivity.bind(1, idx)
                    insertActivity.bind(2, position)
                    insertActivity.bind(3, activity.id)
                    insertActivity.bind(4, activity.title)
                    try insertActivity.insert()
                }
            }
            for (position, skill) in role.skills.enumerated() {
                insertSkill.bind(1, idx)
                insertSkill.bind(2, position)
                insertSkill.bind(3, skill.name)
                insertSkill.bind(4, skill.kind.rawValue)
                insertSkill.bind(5, skill.hot ? 1 : 0)
                try insertSkill.insert()
            }
            for rating in role.ratings {
                insertRating.bind(1, idx)
                insertRating.bind(2, rating.elementID)
                insertRating.bind(3, rating.name)
                insertRating.bind(4, rating.kind.rawValue)
                insertRating.bind(5, rating.importance)
                insertRating.bind(6, rating.level)
                try insertRating.insert()
            }
        }
    }

    /// The rows that carry vectors: titles and tasks.
    static func writeVectorRows(_ db: Database, roles: [Role], vectors: VectorizedRoles) throws {
        let insertTitle = try InsertStatement(
            db, sql: "INSERT INTO titles (role_idx, position, kind, title, vector) VALUES (?, ?, ?, ?, ?)")
        let insertTask = try InsertStatement(db, sql: """
            INSERT INTO tasks (role_idx, position, task_id, text, type, exposure, exposure_reason, vector)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (idx, role) in roles.enumerated() {
            var position = 0
            func title(_ kind: String, _ text: String) throws {
                insertTitle.bind(1, idx)
                insertTitle.bind(2, position)
                insertTitle.bind(3, kind)
                insertTitle.bind(4, text)
                insertTitle.bind(5, vectors.titleVectors[idx][position])
                try insertTitle.insert()
                position += 1
            }
            try title("title", role.title)
            for text in role.alternateTitles { try title("alternate", text) }
            for text in role.reportedTitles { try title("reported", text) }
            for (position, task) in role.tasks.enumerated() {
                insertTask.bind(1, idx)
                insertTask.bind(2, position)
                insertTask.bind(3, task.id)
                insertTask.bind(4, task.text)
                insertTask.bind(5, task.type.rawValue)
                insertTask.bind(6, task.exposure?.rawValue)
                insertTask.bind(7, task.exposureReason)
                insertTask.bind(8, vectors.taskVectors[idx][position])
                try insertTask.insert()
            }
        }
    }

    /// Stores role vectors term by term (postings) in `table` (`terms` or `title_grams`), so a query
    /// reads only the rows of its own terms.
    static func writeTerms(_ db: Database, table: String, vocabulary: [VocabularyTerm], roleVectors: [SparseVector]) throws {
        let postings = Postings(termCount: vocabulary.count, roleVectors: roleVectors)
        let insert = try InsertStatement(
            db, sql: "INSERT INTO \(table) (id, term, display, df, idf, postings) VALUES (?, ?, ?, ?, ?, ?)")
        for (id, term) in vocabulary.enumerated() {
            insert.bind(1, id)
            insert.bind(2, term.term)
            insert.bind(3, term.display)
            insert.bind(4, term.documentFrequency)
            insert.bind(5, Double(term.idf))
            insert.bind(6, postings[id])
            try insert.insert()
        }
    }

    /// Stores the roles' BM25 word weights term by term, for the terms (words) that have any.
    static func writeBM25Terms(_ db: Database, termCount: Int, roleVectors: [SparseVector]) throws {
        let postings = Postings(termCount: termCount, roleVectors: roleVectors)
        let insert = try InsertStatement(db, sql: "INSERT INTO \(TermPostingsTable.bm25.rawValue) (term_id, postings) VALUES (?, ?)")
        for id in 0..<termCount where !postings.isEmpty(id) {
            insert.bind(1, id)
            insert.bind(2, postings[id])
            try insert.insert()
        }
    }

    /// Role vectors turned term by term: all postings in one flat list, grouped by term with a counting
    /// sort; roles stay in increasing order within a term.
    struct Postings {
        var starts: [Int]
        var roles: [Int32]
        var weights: [Float]

        init(termCount: Int, roleVectors: [SparseVector]) {
            starts = [Int](repeating: 0, count: termCount + 1)
            for vector in roleVectors {
                for term in vector.indices { starts[Int(term) + 1] += 1 }
            }
            for i in 0..<termCount { starts[i + 1] += starts[i] }
            var next = starts
            roles = [Int32](repeating: 0, count: starts[termCount])
            weights = [Float](repeating: 0, count: starts[termCount])
            for (role, vector) in roleVectors.enumerated() {
                for (term, weight) in zip(vector.indices, vector.values) {
                    roles[next[Int(term)]] = Int32(role)
                    weights[next[Int(term)]] = weight
                    next[Int(term)] += 1
                }
            }
        }

        func isEmpty(_ term: Int) -> Bool { starts[term] == starts[term + 1] }

        /// One term's postings.
        subscript(term: Int) -> SparseVector {
            SparseVector(indices: Array(roles[starts[term]..<starts[term + 1]]), values: Array(weights[starts[term]..<starts[term + 1]]))
        }
    }
}

/// Vectors and transition tables computed on another thread; each is read after it is signalled ready.
private final class PendingVectors: @unchecked Sendable {
    var vectors: VectorizedRoles?
    var transitions: TransitionTables?
}
