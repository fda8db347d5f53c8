import GRDB
import GRDBSQLite
import RolesCore

extension RolesIndex {
    /// Reads every vocabulary term with its postings, in ranges of term ids read side by side on their own
    /// read-only connections.
    ///
    /// Rows are read with the SQLite C API on a GRDB statement: going through `Row` values cost more than
    /// the scan itself.
    /// - Parameter minimumPartSize: ids per range at least; a small vocabulary is read in one range.
    /// - Complexity: O(T + P) for T terms and P postings in the index, spread over `workers` cores.
    public func vocabulary(
        _ table: VocabularyTable = .terms, workers: Int = Parallel.defaultWorkers, minimumPartSize: Int = 10_000
    ) throws -> IndexVocabulary {
        let largest = try read { db in try Int.fetchOne(db, sql: "SELECT max(id) FROM \(table.rawValue)") } ?? -1
        let parts = max(1, min(workers, (largest + 1) / max(1, minimumPartSize)))
        let bounds = (0...parts).map { Int64($0) * Int64(largest + 1) / Int64(parts) }
        let connections = try connectionsForParts(parts)
        let results: [Result<VocabularyPart, Error>] = Parallel.map(parts, workers: parts) { _, part in
            Result {
                let range = bounds[part]..<bounds[part + 1]
                return try connections[part].read { db in try self.vocabularyPart(db, table: table, ids: range) }
            }
        }
        var pieces: [VocabularyPart] = []
        for result in results {
            do {
                pieces.append(try result.get())
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError {
                throw StoreError.notAnIndex(path: path, reason: error.message ?? "SQLite error \(error.resultCode)")
            }
        }
        // Ids below 0 or above the largest fall outside every range; the count tells whether any exist.
        let negative = try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.rawValue) WHERE id < 0") } ?? 0
        guard negative == 0 else { throw StoreError.notAnIndex(path: path, reason: "it has terms with negative ids") }
        return IndexVocabulary(
            terms: TermTable(concatenating: pieces.map(\.terms)),
            storedIDs: pieces.flatMap(\.storedIDs), idf: pieces.flatMap(\.idf),
            displayBytes: pieces.flatMap(\.displayBytes), displayStarts: Self.concatenate(pieces.map { ($0.displayStarts, $0.displayBytes.count) }),
            postingStarts: Self.concatenate(pieces.map { ($0.postingStarts, $0.postingRoles.count) }),
            postingRoles: pieces.flatMap(\.postingRoles), postingWeights: pieces.flatMap(\.postingWeights),
            roleCount: roles.count, denseColumns: table == .terms)
    }

    /// One range of the vocabulary, with offsets relative to its own arrays.
    struct VocabularyPart {
        var terms: TermTable.Terms
        var storedIDs: [Int32] = []
        var idf: [Float] = []
        var displayBytes: [UInt8] = []
        var displayStarts = [0]
        var postingRoles: [Int32] = []
        var postingWeights: [Float] = []
        var postingStarts = [0]
    }

    /// Joins per-part start offsets (each beginning at 0) into one list over the joined arrays.
    private static func concatenate(_ parts: [(starts: [Int], length: Int)]) -> [Int] {
        var result = [0]
        var offset = 0
        for (starts, length) in parts {
            result.append(contentsOf: starts.dropFirst().map { $0 + offset })
            offset += length
        }
        return result
    }

    private func vocabularyPart(_ db: Database, table: VocabularyTable, ids: Range<Int64>) throws -> VocabularyPart {
        let statement = try db.makeStatement(sql: "SELECT id, term, display, idf, postings FROM \(table.rawValue) WHERE id >= ? AND id < ? ORDER BY id")
        try statement.setArguments([ids.lowerBound, ids.upperBound])
        let sqlite = statement.sqliteStatement
        let expected = Int(ids.upperBound - ids.lowerBound)
        var part = VocabularyPart(terms: TermTable.Terms(minimumCapacity: expected))
        part.storedIDs.reserveCapacity(expected)
        part.idf.reserveCapacity(expected)
        part.displayStarts.reserveCapacity(expected + 1)
        part.displayBytes.reserveCapacity(expected * 16)
        part.postingStarts.reserveCapacity(expected + 1)
        part.postingRoles.reserveCapacity(expected * 4)
        part.postingWeights.reserveCapacity(expected * 4)
        let roleCount = roles.count
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
            }
            // Terms are distinct: the schema declares them UNIQUE.
            let term = Self.bytes(sqlite, column: 1)
            part.terms.append(term)
            part.storedIDs.append(Int32(truncatingIfNeeded: sqlite3_column_int64(sqlite, 0)))
            part.idf.append(Float(sqlite3_column_double(sqlite, 3)))
            part.displayBytes.append(contentsOf: Self.bytes(sqlite, column: 2))
            part.displayStarts.append(part.displayBytes.count)
            let blob = UnsafeRawBufferPointer(Self.bytes(sqlite, column: 4))
            guard blob.count >= 4 else { throw damaged(term) }
            let count = Int(UInt32(littleEndian: blob.loadUnaligned(as: UInt32.self)))
            guard blob.count == 4 + count * 8 else { throw damaged(term) }
            let start = part.postingRoles.count
            part.postingRoles.append(contentsOf: repeatElement(0, count: count))
            part.postingWeights.append(contentsOf: repeatElement(0, count: count))
            var valid = true
            part.postingRoles.withUnsafeMutableBufferPointer { roles in
                for i in 0..<count {
                    let role = Int32(bitPattern: UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: 4 + 4 * i, as: UInt32.self)))
                    if role < 0 || Int(role) >= roleCount { valid = false }
                    roles[start + i] = role
                }
            }
            guard valid else { throw damaged(term) }
            part.postingWeights.withUnsafeMutableBufferPointer { weights in
                for i in 0..<count {
                    weights[start + i] = Float(bitPattern: UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: 4 + 4 * count + 4 * i, as: UInt32.self)))
                }
            }
            part.postingStarts.append(part.postingRoles.count)
        }
        return part
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
