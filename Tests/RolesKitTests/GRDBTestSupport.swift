import GRDB

/// Direct SQLite access for tests that damage an index on purpose.
enum GRDBTestSupport {
    static func open(_ path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path)
    }
}
