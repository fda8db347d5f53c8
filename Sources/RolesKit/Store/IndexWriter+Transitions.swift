import Foundation
import GRDB
import RolesCore

extension IndexWriter {
    static func writeTransitions(_ db: Database, roles: [Role], tables: TransitionTables) throws {
        let insertItem = try db.makeStatement(
            sql: "INSERT INTO skill_items (id, key, name, kind, df, idf, phrase) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (id, item) in tables.profiles.items.enumerated() {
            try insertItem.execute(arguments: [
                id, item.key, item.name, item.kind.rawValue, item.documentFrequency, Double(item.idf), tables.phrases[id],
            ])
        }
        let insertProfile = try db.makeStatement(sql: "INSERT INTO profiles (role_idx, weights, vector) VALUES (?, ?, ?)")
        let insertAdjacent = try InsertStatement(db, sql: """
            INSERT INTO adjacency (role_idx, rank, other_idx, score, text, neighbourhood, skills, coverage, baseline,
                                   similarity, ranks, preparation, occupation_group, ratings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertExposure = try db.makeStatement(sql: """
            INSERT INTO role_exposure (role_idx, labelled, human_led, automation, augmentation, beta) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertWage = try db.makeStatement(sql: "INSERT INTO wages (role_idx, soc, median, top_coded) VALUES (?, ?, ?, ?)")
        for (idx, role) in roles.enumerated() {
            try insertProfile.execute(arguments: [
                idx, BlobCoding.encode(tables.profiles.weights[idx]), BlobCoding.encode(tables.profiles.vectors[idx]),
            ])
            for (rank, entry) in tables.adjacent[idx].enumerated() {
                let s = entry.score
                insertAdjacent.bind(1, idx)
                insertAdjacent.bind(2, rank)
                insertAdjacent.bind(3, entry.other)
                insertAdjacent.bind(4, Double(s.score))
                insertAdjacent.bind(5, Double(s.text))
                insertAdjacent.bind(6, Double(s.neighbourhood ?? 0))
                insertAdjacent.bind(7, Double(s.skills))
                insertAdjacent.bind(8, Double(s.coverage))
                let parts = s.parts ?? AdjacencyModel.Parts(baseline: 0, similarity: 0, ranks: 0, preparation: 0, occupationGroup: 0, ratings: 0)
                for (column, value) in [parts.baseline, parts.similarity, parts.ranks, parts.preparation, parts.occupationGroup, parts.ratings].enumerated() {
                    insertAdjacent.bind(9 + Int32(column), Double(value))
                }
                try insertAdjacent.insert()
            }
            if let shares = tables.exposure[idx] {
                try insertExposure.execute(arguments: [
                    idx, shares.labelled, Double(shares.humanLed), Double(shares.automation), Double(shares.augmentation),
                    Double(shares.beta),
                ])
            }
            if let wage = role.wage {
                try insertWage.execute(arguments: [idx, wage.soc, wage.median, wage.topCoded])
            }
        }
        let insertTask = try InsertStatement(db, sql: "INSERT INTO task_index (idx, role_idx, position, exposure) VALUES (?, ?, ?, ?)")
        for (idx, task) in tables.tasks.enumerated() {
            insertTask.bind(1, idx)
            insertTask.bind(2, task.role)
            insertTask.bind(3, task.position)
            insertTask.bind(4, task.label?.rawValue)
            try insertTask.insert()
        }
        // One byte per task, in task order: 0 unlabelled, 1 E0, 2 E1, 3 E2. Read whole by every classifier.
        let labels = Data(tables.tasks.map { task in task.label.map { UInt8(ExposureVote.index($0) + 1) } ?? 0 })
        try db.execute(sql: "INSERT INTO task_labels (id, labels) VALUES (0, ?)", arguments: [labels])
        let insertPostings = try InsertStatement(db, sql: "INSERT INTO skill_postings (item_id, postings) VALUES (?, ?)")
        for (item, postings) in tables.skillPostings.enumerated() {
            insertPostings.bind(1, item)
            insertPostings.bind(2, postings)
            try insertPostings.insert()
        }
        let insertTerm = try InsertStatement(db, sql: "INSERT INTO task_terms (term_id, postings) VALUES (?, ?)")
        for (term, postings) in tables.taskPostings.enumerated() where !postings.isEmpty {
            insertTerm.bind(1, term)
            insertTerm.bind(2, postings)
            try insertTerm.insert()
        }
        let insertActivity = try db.makeStatement(sql: "INSERT INTO activity_exposure (activity_id, e0, e1, e2) VALUES (?, ?, ?, ?)")
        for (activity, counts) in tables.activityLabels.sorted(by: { $0.key < $1.key }) {
            try insertActivity.execute(arguments: [activity, Double(counts[0]), Double(counts[1]), Double(counts[2])])
        }
    }
}
