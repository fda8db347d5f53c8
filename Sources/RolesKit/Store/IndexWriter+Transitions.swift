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
        let insertAdjacent = try db.makeStatement(sql: """
            INSERT INTO adjacency (role_idx, rank, other_idx, score, text, neighbourhood, skills, coverage)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
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
                try insertAdjacent.execute(arguments: [
                    idx, rank, entry.other, Double(s.score), Double(s.text), Double(s.neighbourhood ?? 0), Double(s.skills),
                    Double(s.coverage),
                ])
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
        let insertTask = try db.makeStatement(sql: "INSERT INTO task_index (idx, role_idx, position, exposure) VALUES (?, ?, ?, ?)")
        for (idx, task) in tables.tasks.enumerated() {
            try insertTask.execute(arguments: [idx, task.role, task.position, task.label?.rawValue])
        }
        // One byte per task, in task order: 0 unlabelled, 1 E0, 2 E1, 3 E2. Read whole by every classifier.
        let labels = Data(tables.tasks.map { task in task.label.map { UInt8(ExposureVote.index($0) + 1) } ?? 0 })
        try db.execute(sql: "INSERT INTO task_labels (id, labels) VALUES (0, ?)", arguments: [labels])
        let insertPostings = try db.makeStatement(sql: "INSERT INTO skill_postings (item_id, postings) VALUES (?, ?)")
        for (item, postings) in Postings.invert(tables.profiles.vectors, columns: tables.profiles.items.count).enumerated() {
            try insertPostings.execute(arguments: [item, BlobCoding.encode(postings)])
        }
        let insertTerm = try db.makeStatement(sql: "INSERT INTO task_terms (term_id, postings) VALUES (?, ?)")
        for (term, postings) in tables.taskPostings.enumerated() where !postings.isEmpty {
            try insertTerm.execute(arguments: [term, BlobCoding.encode(postings)])
        }
        let insertActivity = try db.makeStatement(sql: "INSERT INTO activity_exposure (activity_id, e0, e1, e2) VALUES (?, ?, ?, ?)")
        for (activity, counts) in tables.activityLabels.sorted(by: { $0.key < $1.key }) {
            try insertActivity.execute(arguments: [activity, Double(counts[0]), Double(counts[1]), Double(counts[2])])
        }
    }
}
