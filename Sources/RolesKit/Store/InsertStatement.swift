import GRDB
import GRDBSQLite
import RolesCore

/// A prepared INSERT whose values are bound with the SQLite C API: an index build inserts a few hundred
/// thousand rows, and boxing each value in GRDB's `StatementArguments` cost more than SQLite's own work.
///
/// Bind every parameter, from 1, then call `insert()`; values are copied by SQLite when bound.
final class InsertStatement {
    private let statement: Statement
    private let db: Database
    private var blob: [UInt8] = []

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    private var sqlite: SQLiteStatement { statement.sqliteStatement }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(sqlite, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(sqlite, index) }
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(sqlite, index, value) } else { sqlite3_bind_null(sqlite, index) }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(sqlite, index)
            return
        }
        value.withUTF8 { bytes in
            // A non-null pointer even for the empty string, so that SQLite stores '' rather than NULL.
            _ = withUnsafePointer(to: 0 as UInt8) { empty in
                sqlite3_bind_text(
                    sqlite, index, UnsafeRawPointer(bytes.baseAddress ?? empty).assumingMemoryBound(to: CChar.self),
                    Int32(bytes.count), SQLITE_TRANSIENT)
            }
        }
    }

    /// Binds a sparse vector in the layout of `BlobCoding`.
    func bind(_ index: Int32, _ vector: SparseVector) {
        BlobCoding.encode(vector, into: &blob)
        blob.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(sqlite, index, bytes.baseAddress, Int32(bytes.count), SQLITE_TRANSIENT)
        }
    }

    /// Runs the statement with the bound values and makes it ready for the next row.
    func insert() throws {
        let code = sqlite3_step(sqlite)
        sqlite3_reset(sqlite)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }
}

private let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
