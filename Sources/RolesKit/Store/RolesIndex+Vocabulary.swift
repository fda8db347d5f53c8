import GRDB
import GRDBSQLite
import RolesCore

extension RolesIndex {
    /// Reads every vocabulary term with its postings in one scan of the terms table.
    ///
    /// Rows are read with the SQLite C API on a GRDB statement: going through `Row` values cost more than
    /// the scan itself.
    /// - Complexity: O(T + P) for T terms and P postings in the index.
    public func vocabulary() throws -> IndexVocabulary {
        try read { db in
            // The largest id bounds the count without the full scan count(*) would make.
            let expected = min(1 << 24, max(0, (try Int.fetchOne(db, sql: "SELECT max(id) FROM terms") ?? -1) + 1))
            let statement = try db.makeStatement(sql: "SELECT id, term, display, idf, postings FROM terms ORDER BY id")
            let sqlite = statement.sqliteStatement
            var terms = TermTable(minimumCapacity: expected)
            var storedIDs: [Int32] = [], idf: [Float] = []
            var displayBytes: [UInt8] = [], displayStarts = [0]
            var postingRoles: [Int32] = [], postingWeights: [Float] = [], postingStarts = [0]
            storedIDs.reserveCapacity(expected)
            idf.reserveCapacity(expected)
            displayStarts.reserveCapacity(expected + 1)
            displayBytes.reserveCapacity(expected * 16)
            postingRoles.reserveCapacity(expected * 4)
            postingWeights.reserveCapacity(expected * 4)
            let roleCount = roles.count
            postingStarts.reserveCapacity(expected + 1)
            while true {
                let code = sqlite3_step(sqlite)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
                }
                let term = Self.bytes(sqlite, column: 1)
                let id = terms.insert(term)
                guard Int(id) == storedIDs.count else {
                    throw StoreError.notAnIndex(path: path, reason: "term \(String(decoding: term, as: UTF8.self)) appears twice")
                }
                storedIDs.append(Int32(truncatingIfNeeded: sqlite3_column_int64(sqlite, 0)))
                idf.append(Float(sqlite3_column_double(sqlite, 3)))
                displayBytes.append(contentsOf: Self.bytes(sqlite, column: 2))
                displayStarts.append(displayBytes.count)
                let blob = UnsafeRawBufferPointer(Self.bytes(sqlite, column: 4))
                guard blob.count >= 4 else { throw damaged(term) }
                let count = Int(UInt32(littleEndian: blob.loadUnaligned(as: UInt32.self)))
                guard blob.count == 4 + count * 8 else { throw damaged(term) }
                let start = postingRoles.count
                postingRoles.append(contentsOf: repeatElement(0, count: count))
                postingWeights.append(contentsOf: repeatElement(0, count: count))
                postingRoles.withUnsafeMutableBufferPointer { roles in
                    for i in 0..<count {
                        roles[start + i] = Int32(bitPattern: UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: 4 + 4 * i, as: UInt32.self)))
                    }
                }
                postingWeights.withUnsafeMutableBufferPointer { weights in
                    for i in 0..<count {
                        weights[start + i] = Float(bitPattern: UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: 4 + 4 * count + 4 * i, as: UInt32.self)))
                    }
                }
                guard postingRoles[start...].allSatisfy({ $0 >= 0 && Int($0) < roleCount }) else { throw damaged(term) }
                postingStarts.append(postingRoles.count)
            }
            return IndexVocabulary(
                terms: terms, storedIDs: storedIDs, idf: idf, displayBytes: displayBytes, displayStarts: displayStarts,
                postingStarts: postingStarts, postingRoles: postingRoles, postingWeights: postingWeights,
                roleCount: roleCount)
        }
    }

    private func damaged(_ term: UnsafeBufferPointer<UInt8>) -> StoreError {
        .notAnIndex(path: path, reason: "postings of term \(String(decoding: term, as: UTF8.self)) are damaged")
    }

    /// The bytes of a text or blob column of the current row, valid until the next step.
    private static func bytes(_ statement: SQLiteStatement, column: Int32) -> UnsafeBufferPointer<UInt8> {
        let base = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }
}
