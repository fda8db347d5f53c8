import Foundation
import GRDB
import RolesCore

/// Writes a complete index to a temporary file beside the target and renames it into place, so a
/// reader sees either the old index or the new one, never a half-written file.
public enum IndexWriter {
    /// - Parameter beforeCommit: called after every table is written and before the rename; tests
    ///   use it to fail a build midway.
    static func write(
        roles: [Role], vectors: VectorizedRoles, transitions: TransitionTables, metadata: IndexMetadata,
        sources: [IndexSource], to path: String, beforeCommit: () throws -> Void = {}
    ) throws {
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
                    try writeRoles(db, roles: roles, vectors: vectors)
                    try writeTerms(db, vectors: vectors)
                    try writeTransitions(db, roles: roles, tables: transitions)
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

    static func writeRoles(_ db: Database, roles: [Role], vectors: VectorizedRoles) throws {
        let insertRole = try db.makeStatement(sql: """
            INSERT INTO roles (idx, id, soc, soc_match, title, summary, sectors, preparation, outlook,
                               outlook_reason, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertTitle = try db.makeStatement(
            sql: "INSERT INTO titles (role_idx, position, kind, title, vector) VALUES (?, ?, ?, ?, ?)")
        let insertTask = try db.makeStatement(sql: """
            INSERT INTO tasks (role_idx, position, task_id, text, type, exposure, exposure_reason, vector)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertActivity = try db.makeStatement(sql: """
            INSERT INTO task_activities (role_idx, task_position, activity_id, activity_title) VALUES (?, ?, ?, ?)
            """)
        let insertSkill = try db.makeStatement(
            sql: "INSERT INTO skills (role_idx, position, name, kind, hot) VALUES (?, ?, ?, ?, ?)")
        let insertRating = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO ratings (role_idx, element_id, name, kind, importance, level)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (idx, role) in roles.enumerated() {
            try insertRole.execute(arguments: [
                idx, role.id, role.soc, role.socMatch.rawValue, role.title, role.summary,
                role.sectors.joined(separator: ";"), role.preparation, role.outlook?.rawValue, role.outlookReason,
                role.source,
            ])
            let titles = [("title", role.title)] + role.alternateTitles.map { ("alternate", $0) }
                + role.reportedTitles.map { ("reported", $0) }
            for (position, (kind, title)) in titles.enumerated() {
                try insertTitle.execute(arguments: [
                    idx, position, kind, title, BlobCoding.encode(vectors.titleVectors[idx][position]),
                ])
            }
            for (position, task) in role.tasks.enumerated() {
                try insertTask.execute(arguments: [
                    idx, position, task.id, task.text, task.type.rawValue, task.exposure?.rawValue,
                    task.exposureReason, BlobCoding.encode(vectors.taskVectors[idx][position]),
                ])
                for activity in task.activities {
                    try insertActivity.execute(arguments: [idx, position, activity.id, activity.title])
                }
            }
            for (position, skill) in role.skills.enumerated() {
                try insertSkill.execute(arguments: [idx, position, skill.name, skill.kind.rawValue, skill.hot])
            }
            for rating in role.ratings {
                try insertRating.execute(arguments: [
                    idx, rating.elementID, rating.name, rating.kind.rawValue, rating.importance, rating.level,
                ])
            }
        }
    }

    /// Stores the role vectors term by term (postings), so a query reads only the rows of its own terms.
    static func writeTerms(_ db: Database, vectors: VectorizedRoles) throws {
        var postingRoles = [[Int32]](repeating: [], count: vectors.vocabulary.count)
        var postingWeights = [[Float]](repeating: [], count: vectors.vocabulary.count)
        for (role, vector) in vectors.roleVectors.enumerated() {
            for (term, weight) in zip(vector.indices, vector.values) {
                postingRoles[Int(term)].append(Int32(role))
                postingWeights[Int(term)].append(weight)
            }
        }
        let insert = try db.makeStatement(
            sql: "INSERT INTO terms (id, term, display, df, idf, postings) VALUES (?, ?, ?, ?, ?, ?)")
        for (id, term) in vectors.vocabulary.enumerated() {
            let postings = SparseVector(indices: postingRoles[id], values: postingWeights[id])
            try insert.execute(arguments: [
                id, term.term, term.display, term.documentFrequency, Double(term.idf), BlobCoding.encode(postings),
            ])
        }
    }
}
