import GRDB

/// The SQLite layout of an index. Bump `version` whenever a table or a blob format changes: readers
/// refuse other versions and ask for `roles index rebuild`.
enum IndexSchema {
    static let version = 10

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
            CREATE TABLE bm25_terms (term_id INTEGER PRIMARY KEY, postings BLOB NOT NULL);
            CREATE TABLE title_grams (
                id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, display TEXT NOT NULL, df INTEGER NOT NULL,
                idf REAL NOT NULL, postings BLOB NOT NULL);
            CREATE TABLE title_heads (
                id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, display TEXT NOT NULL, df INTEGER NOT NULL,
                idf REAL NOT NULL, postings BLOB NOT NULL);
            CREATE TABLE exact_titles (
                id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, display TEXT NOT NULL, df INTEGER NOT NULL,
                idf REAL NOT NULL, postings BLOB NOT NULL);
            """)
        try createTransitions(db)
    }

    /// Indexes made once their table is full: sorting the rows once costs less than keeping an index in
    /// order row by row.
    static func createIndexesAfterRows(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX titles_title ON titles(title COLLATE NOCASE)")
    }

    /// Tables for adjacency and exposure: skill profiles and their vocabulary, each role's closest roles,
    /// exposure shares, wages, and what a text's lines need to be labelled (task postings and the
    /// labels of each work activity).
    static func createTransitions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE skill_items (
                id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                df INTEGER NOT NULL, idf REAL NOT NULL, phrase TEXT NOT NULL);
            CREATE INDEX skill_items_phrase ON skill_items(phrase) WHERE phrase != '';
            CREATE TABLE skill_postings (item_id INTEGER PRIMARY KEY, postings BLOB NOT NULL);
            CREATE TABLE task_labels (id INTEGER PRIMARY KEY CHECK (id = 0), labels BLOB NOT NULL);
            CREATE TABLE profiles (role_idx INTEGER PRIMARY KEY, weights BLOB NOT NULL, vector BLOB NOT NULL);
            CREATE TABLE adjacency (
                role_idx INTEGER NOT NULL, rank INTEGER NOT NULL, other_idx INTEGER NOT NULL, score REAL NOT NULL,
                text REAL NOT NULL, neighbourhood REAL NOT NULL, skills REAL NOT NULL, coverage REAL NOT NULL,
                baseline REAL NOT NULL, similarity REAL NOT NULL, ranks REAL NOT NULL, preparation REAL NOT NULL,
                occupation_group REAL NOT NULL, ratings REAL NOT NULL,
                PRIMARY KEY (role_idx, rank)) WITHOUT ROWID;
            CREATE TABLE role_exposure (
                role_idx INTEGER PRIMARY KEY, labelled INTEGER NOT NULL, human_led REAL NOT NULL,
                automation REAL NOT NULL, augmentation REAL NOT NULL, beta REAL NOT NULL);
            CREATE TABLE wages (
                role_idx INTEGER PRIMARY KEY, soc TEXT NOT NULL, median REAL, top_coded INTEGER NOT NULL);
            CREATE TABLE task_index (
                idx INTEGER PRIMARY KEY, role_idx INTEGER NOT NULL, position INTEGER NOT NULL, exposure TEXT);
            CREATE TABLE task_terms (term_id INTEGER PRIMARY KEY, postings BLOB NOT NULL);
            CREATE TABLE activity_exposure (
                activity_id TEXT PRIMARY KEY, e0 REAL NOT NULL, e1 REAL NOT NULL, e2 REAL NOT NULL) WITHOUT ROWID;
            """)
    }
}
