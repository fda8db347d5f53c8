import GRDB

/// The SQLite layout of an index. Bump `version` whenever a table or a blob format changes: readers
/// refuse other versions and ask for `roles index rebuild`.
enum IndexSchema {
    static let version = 1

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE sources (
                name TEXT PRIMARY KEY, kind TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL);
            CREATE TABLE roles (
                idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, soc TEXT, soc_match TEXT NOT NULL,
                title TEXT NOT NULL, summary TEXT NOT NULL, sectors TEXT NOT NULL, preparation INTEGER,
                outlook TEXT, outlook_reason TEXT, source TEXT NOT NULL);
            CREATE INDEX roles_soc ON roles(soc);
            CREATE TABLE titles (
                role_idx INTEGER NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
                vector BLOB NOT NULL, PRIMARY KEY (role_idx, position)) WITHOUT ROWID;
            CREATE INDEX titles_title ON titles(title COLLATE NOCASE);
            CREATE TABLE tasks (
                role_idx INTEGER NOT NULL, position INTEGER NOT NULL, task_id TEXT NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, exposure TEXT, exposure_reason TEXT, vector BLOB NOT NULL,
                PRIMARY KEY (role_idx, position)) WITHOUT ROWID;
            CREATE TABLE task_activities (
                role_idx INTEGER NOT NULL, task_position INTEGER NOT NULL, activity_id TEXT NOT NULL,
                activity_title TEXT NOT NULL);
            CREATE INDEX task_activities_role ON task_activities(role_idx);
            CREATE TABLE skills (
                role_idx INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                hot INTEGER NOT NULL, PRIMARY KEY (role_idx, position)) WITHOUT ROWID;
            CREATE TABLE ratings (
                role_idx INTEGER NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                importance REAL, level REAL, PRIMARY KEY (role_idx, element_id)) WITHOUT ROWID;
            CREATE TABLE terms (
                id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, display TEXT NOT NULL, df INTEGER NOT NULL,
                idf REAL NOT NULL, postings BLOB NOT NULL);
            """)
    }
}
