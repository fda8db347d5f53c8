import Foundation

/// The titles and tasks of roles already read from an index, kept for the life of the open index:
/// the file never changes under a reader, and explaining a match reads the same few roles again and
/// again (a server answers many texts from one open index).
///
/// Holds at most every title and task of the index (for O*NET, about 80,000 rows, a few tens of MB).
final class VectorRowCache: @unchecked Sendable {
    // `@unchecked`: every access to `rows` holds `lock`.
    private let lock = NSLock()
    private var rows: [Key: [VectorRow]] = [:]

    enum Table: Hashable { case titles, tasks }

    struct Key: Hashable {
        var table: Table
        var role: Int
    }

    /// The rows of `role` in `table`, read with `load` the first time.
    func rows(_ table: Table, role: Int, load: () throws -> [VectorRow]) rethrows -> [VectorRow] {
        let key = Key(table: table, role: role)
        if let cached = lock.withLock({ rows[key] }) { return cached }
        let loaded = try load()
        lock.withLock { rows[key] = loaded }
        return loaded
    }
}
