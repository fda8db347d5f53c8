import Foundation
import GRDB
import GRDBSQLite
import RolesCore

/// A role's skill profile as stored: weights for coverage and gaps, the unit vector for overlap.
public struct StoredProfile: Sendable {
    public var weights: SparseVector
    public var vector: SparseVector
}

/// A task in the index's global task order, with its text, role and label.
public struct IndexedTask: Sendable {
    public var idx: Int
    public var role: Int
    public var position: Int
    public var text: String
    public var label: Exposure?
}

extension RolesIndex {
    /// The skill profile of a role.
    public func profile(ofRole idx: Int) throws -> StoredProfile {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT weights, vector FROM profiles WHERE role_idx = ?", arguments: [idx]),
                  let weights = BlobCoding.decode(row[0]), let vector = BlobCoding.decode(row[1]) else {
                throw StoreError.notAnIndex(path: path, reason: "the skill profile of role \(idx) is missing or damaged")
            }
            return StoredProfile(weights: weights, vector: vector)
        }
    }

    /// Rows of `sql`, whose `IN (?)` takes `values` (integers or strings) as one JSON array: one statement
    /// whatever the number of values, compiled once per connection and kept, where a placeholder per value
    /// made a new statement for every list (its compilation cost more than the lookup).
    func rows(_ sql: String, in values: [some DatabaseValueConvertible]) throws -> [Row] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        for value in Set(values.map(\.databaseValue)) {
            if json.count > 1 { json.append(UInt8(ascii: ",")) }
            switch value.storage {
            case .int64(let number): json.append(contentsOf: number.description.utf8)
            case .string(let text): JSONLineWriter.string(text, into: &json)
            default: throw StoreError.notAnIndex(path: path, reason: "a lookup by \(value) is not by number or text")
            }
        }
        if json.count == 1 { return [] }
        json.append(UInt8(ascii: "]"))
        return try read { db in
            let statement = try db.cachedStatement(sql: sql.replacingOccurrences(of: "IN (?)", with: "IN (SELECT value FROM json_each(?))"))
            return try Row.fetchAll(statement, arguments: [String(decoding: json, as: UTF8.self)])
        }
    }

    /// Skill items by id.
    public func skillItems(_ ids: some Collection<Int32>) throws -> [Int32: SkillItem] {
        var found: [Int32: SkillItem] = [:]
        for row in try rows("SELECT id, key, name, kind, df, idf FROM skill_items WHERE id IN (?)", in: ids.map { Int($0) }) {
            found[Int32(row[0] as Int)] = SkillItem(
                key: row[1], name: row[2], kind: SkillItem.Kind(rawValue: row[3]) ?? .skill,
                documentFrequency: row[4], idf: Float(row[5] as Double))
        }
        return found
    }

    /// The stored closest roles of a role, best first.
    public func adjacent(toRole idx: Int, limit: Int) throws -> [(other: Int, score: AdjacencyScore)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT other_idx, score, text, neighbourhood, skills, coverage, baseline, similarity, ranks, preparation,
                       occupation_group, ratings
                FROM adjacency WHERE role_idx = ? ORDER BY rank LIMIT ?
                """, arguments: [idx, limit]).map { row in
                let parts = AdjacencyModel.Parts(
                    baseline: Float(row[6] as Double), similarity: Float(row[7] as Double), ranks: Float(row[8] as Double),
                    preparation: Float(row[9] as Double), occupationGroup: Float(row[10] as Double), ratings: Float(row[11] as Double))
                return (row[0], AdjacencyScore(score: Float(row[1] as Double), text: Float(row[2] as Double),
                                               neighbourhood: Float(row[3] as Double), skills: Float(row[4] as Double),
                                               coverage: Float(row[5] as Double), parts: parts))
            }
        }
    }

    /// Exposure shares of a role's labelled tasks; nil when none is labelled.
    public func exposure(ofRole idx: Int) throws -> ExposureShares? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT labelled, human_led, automation, augmentation FROM role_exposure WHERE role_idx = ?
                """, arguments: [idx]) else { return nil }
            return ExposureShares(labelled: row[0], humanLed: Float(row[1] as Double), automation: Float(row[2] as Double),
                                  augmentation: Float(row[3] as Double))
        }
    }

    /// National pay of a role; nil without a wage file or figures for its SOC code.
    public func wage(ofRole idx: Int) throws -> Wage? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT soc, median, top_coded FROM wages WHERE role_idx = ?", arguments: [idx])
            else { return nil }
            return Wage(median: row[1], topCoded: row[2], soc: row[0])
        }
    }

    /// Each term's postings in `table` (over tasks, or roles), for the term ids that have any.
    public func termPostings(_ terms: [Int32], in table: TermPostingsTable = .tasks) throws -> [Int32: SparseVector] {
        var found: [Int32: SparseVector] = [:]
        for row in try rows("SELECT term_id, postings FROM \(table.rawValue) WHERE term_id IN (?)", in: terms.map { Int($0) }) {
            guard let postings = BlobCoding.decode(row[1], limit: itemLimit(table)) else {
                throw StoreError.notAnIndex(path: path, reason: "\(table.name) of term \(row[0] as Int) are damaged")
            }
            found[Int32(row[0] as Int)] = postings
        }
        return found
    }

    /// The postings in `table` of every term, read whole into memory: for a server, which scores text
    /// after text, and a batch. Rows are read with the SQLite C API, each blob decoded straight into the
    /// flat lists.
    /// - Complexity: O(T + P) for T terms and P postings.
    public func postingsInMemory(_ table: TermPostingsTable = .tasks) throws -> PostingsInMemory {
        try read { db in
            var starts: [Int] = [0], items: [Int32] = [], values: [Float] = []
            let statement = try db.makeStatement(sql: "SELECT term_id, postings FROM \(table.rawValue) ORDER BY term_id")
            let sqlite = statement.sqliteStatement
            let limit = itemLimit(table)
            while true {
                let code = sqlite3_step(sqlite)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw StoreError.notAnIndex(path: path, reason: db.lastErrorMessage ?? "SQLite error \(code)")
                }
                let term = Int(sqlite3_column_int64(sqlite, 0))
                let count = Int(sqlite3_column_bytes(sqlite, 1))
                let blob = UnsafeRawBufferPointer(start: sqlite3_column_blob(sqlite, 1), count: count)
                guard term >= starts.count - 1, BlobCoding.append(blob, limit: limit, indices: &items, values: &values) else {
                    throw StoreError.notAnIndex(path: path, reason: "\(table.name) of term \(term) are damaged")
                }
                // Terms without postings get an empty range.
                starts += repeatElement(starts[starts.count - 1], count: term - (starts.count - 1))
                starts.append(items.count)
            }
            return PostingsInMemory(starts: starts, items: items, values: values)
        }
    }

    /// Items a table's postings may name: roles of this index for BM25 (task numbers are checked where
    /// they are used).
    private func itemLimit(_ table: TermPostingsTable) -> Int32 {
        table == .bm25 ? Int32(roles.count) : .max
    }

    /// Tasks by global number, with their text and label.
    public func tasks(numbered numbers: some Collection<Int>) throws -> [Int: IndexedTask] {
        var found: [Int: IndexedTask] = [:]
        for row in try rows("""
            SELECT i.idx, i.role_idx, i.position, t.text, i.exposure FROM task_index i
            JOIN tasks t ON t.role_idx = i.role_idx AND t.position = i.position WHERE i.idx IN (?)
            """, in: Array(numbers)) {
            found[row[0]] = IndexedTask(idx: row[0], role: row[1], position: row[2], text: row[3],
                                        label: (row[4] as String?).flatMap(Exposure.init(rawValue:)))
        }
        return found
    }

    /// The labels of every task, by global number (nil where unlabelled).
    public func taskLabels() throws -> [Exposure?] {
        try read { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT labels FROM task_labels WHERE id = 0") else {
                throw StoreError.notAnIndex(path: path, reason: "it has no task labels table")
            }
            return try data.map { byte in
                switch byte {
                case 0: return nil
                case 1...3: return Exposure.allCases[Int(byte) - 1]
                default: throw StoreError.notAnIndex(path: path, reason: "the task labels are damaged")
                }
            }
        }
    }

    /// The role of every task, by global task number.
    public func taskRoles() throws -> [Int32] {
        try read { db in
            var roles: [Int32] = []
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM task_index") ?? 0
            guard try Int.fetchOne(db, sql: "SELECT MAX(idx) FROM task_index") ?? -1 == count - 1 else {
                throw StoreError.notAnIndex(path: path, reason: "the tasks are not numbered from 0 without gaps")
            }
            roles.reserveCapacity(count)
            let cursor = try Int.fetchCursor(db, sql: "SELECT role_idx FROM task_index ORDER BY idx")
            while let role = try cursor.next() { roles.append(Int32(role)) }
            return roles
        }
    }

    /// Every named item's phrase (analyzed stems joined by spaces) and ids.
    public func skillPhrases() throws -> [String: [Int32]] {
        try read { db in
            var phrases: [String: [Int32]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, phrase FROM skill_items WHERE phrase != ''") {
                phrases[row[1] as String, default: []].append(Int32(row[0] as Int))
            }
            return phrases
        }
    }

    /// The skill items whose phrase is one of `phrases` (analyzed stems joined by spaces).
    public func skillItems(withPhrases phrases: some Collection<String>) throws -> [Int32] {
        try rows("SELECT id FROM skill_items WHERE phrase != '' AND phrase IN (?)", in: Array(phrases))
            .map { Int32($0[0] as Int) }.sorted()
    }

    /// Each skill item's postings over roles (the roles' unit profile weights), for the given items.
    public func skillPostings(_ items: [Int32]) throws -> [Int32: SparseVector] {
        var found: [Int32: SparseVector] = [:]
        for row in try rows("SELECT item_id, postings FROM skill_postings WHERE item_id IN (?)", in: items.map { Int($0) }) {
            guard let postings = BlobCoding.decode(row[1]) else {
                throw StoreError.notAnIndex(path: path, reason: "postings of skill item \(row[0] as Int) are damaged")
            }
            found[Int32(row[0] as Int)] = postings
        }
        return found
    }

    /// The work activities of the task with global number `number` (none for an unknown number).
    public func activities(ofTask number: Int) throws -> [WorkActivity] {
        try read { db in
            // A prepared statement kept by the connection: a server asks this for every new nearest task.
            let statement = try db.cachedStatement(sql: """
                SELECT a.activity_id, a.activity_title FROM task_index i
                JOIN task_activities a ON a.role_idx = i.role_idx AND a.task_position = i.position WHERE i.idx = ? ORDER BY a.rowid
                """)
            return try Row.fetchAll(statement, arguments: [number]).map { WorkActivity(id: $0[0], title: $0[1]) }
        }
    }

    /// E0/E1/E2 counts of labelled tasks per work activity.
    public func activityLabels(_ ids: some Collection<String>) throws -> [String: [Float]] {
        var found: [String: [Float]] = [:]
        for row in try rows("SELECT activity_id, e0, e1, e2 FROM activity_exposure WHERE activity_id IN (?)", in: Array(ids)) {
            found[row[0]] = [Float(row[1] as Double), Float(row[2] as Double), Float(row[3] as Double)]
        }
        return found
    }

    /// The role a user names: an index id (`29-1141.00`, `registered-nurse`), a SOC code (`29-1141`,
    /// the first role with it), or a title, any case.
    public func resolveRole(_ name: String) throws -> Int? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let role = roles.first(where: { $0.id == trimmed }) { return role.idx }
        if let role = roles.first(where: { $0.soc == trimmed }) { return role.idx }
        if let role = roles.first(where: { $0.title.caseInsensitiveCompare(trimmed) == .orderedSame }) { return role.idx }
        return try read { db in
            try Int.fetchOne(db, sql: """
                SELECT role_idx FROM titles WHERE title = ? COLLATE NOCASE ORDER BY kind = 'reported', role_idx LIMIT 1
                """, arguments: [trimmed])
        }
    }
}

extension RolesIndex {
    /// Skill item ids by key (`activity:4.A.2.a.4.I09.D03`).
    public func skillItemIDs(keys: some Collection<String>) throws -> [String: Int32] {
        var found: [String: Int32] = [:]
        for row in try rows("SELECT key, id FROM skill_items WHERE key IN (?)", in: Array(keys)) {
            found[row[0]] = Int32(row[1] as Int)
        }
        return found
    }
}

/// The tables of postings by term id of the index vocabulary.
public enum TermPostingsTable: String, Sendable {
    /// Each term's weights in the task statements' vectors, over global task numbers.
    case tasks = "task_terms"
    /// Each word's BM25 weights in the role documents (`BM25Channel`), over roles.
    case bm25 = "bm25_terms"

    /// What the postings are, for messages.
    var name: String {
        switch self {
        case .tasks: "task postings"
        case .bm25: "BM25 postings"
        }
    }
}

/// The postings of every term of one `TermPostingsTable` in memory, flat: term `t`'s items (tasks or
/// roles) and weights are `items[starts[t]..<starts[t + 1]]` and the same range of `values`.
public final class PostingsInMemory: Sendable {
    let starts: [Int]
    let items: [Int32]
    let values: [Float]

    init(starts: [Int], items: [Int32], values: [Float]) {
        self.starts = starts
        self.items = items
        self.values = values
    }

    /// Where term `term`'s postings are in `items` and `values`; empty for a term without any.
    func range(of term: Int32) -> Range<Int> {
        let t = Int(term)
        guard t >= 0 && t + 1 < starts.count else { return 0..<0 }
        return starts[t]..<starts[t + 1]
    }
}
