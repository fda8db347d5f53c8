import GRDB
import RolesCore

extension RolesIndex {
    /// The role with this exact id, or nil when the index has none.
    public func role(id: String) throws -> RoleDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT idx, id, soc, soc_match, title, summary, sectors, preparation, outlook, outlook_reason, source
                FROM roles WHERE id = ?
                """, arguments: [id])
            else { return nil }
            let idx: Int = row["idx"]
            let alternateTitles = try String.fetchAll(
                db, sql: "SELECT title FROM titles WHERE role_idx = ? AND kind = 'alternate' ORDER BY position",
                arguments: [idx])
            let tasks = try Row.fetchAll(
                db, sql: "SELECT task_id, text, type, exposure, exposure_reason FROM tasks WHERE role_idx = ? ORDER BY position",
                arguments: [idx]
            ).map { task in
                RoleDetail.Task(
                    id: task["task_id"], text: task["text"], type: try decode(TaskType.self, task["type"], role: id),
                    exposure: try (task["exposure"] as String?).map { try decode(Exposure.self, $0, role: id) },
                    exposureReason: task["exposure_reason"])
            }
            let skills = try Row.fetchAll(
                db, sql: "SELECT name, kind, hot FROM skills WHERE role_idx = ? ORDER BY position", arguments: [idx]
            ).map { skill in
                RoleDetail.Skill(name: skill["name"], kind: try decode(SkillKind.self, skill["kind"], role: id), hot: skill["hot"])
            }
            let sectors: String = row["sectors"]
            return RoleDetail(
                id: row["id"], soc: row["soc"], socMatch: try decode(SOCMatch.self, row["soc_match"], role: id),
                title: row["title"], alternateTitles: alternateTitles, summary: row["summary"],
                sectors: sectors.split(separator: ";").map(String.init), preparation: row["preparation"],
                outlook: try (row["outlook"] as String?).map { try decode(Outlook.self, $0, role: id) },
                outlookReason: row["outlook_reason"], source: row["source"], tasks: tasks, skills: skills)
        }
    }

    private func decode<T: RawRepresentable<String>>(_ type: T.Type, _ raw: String, role: String) throws -> T {
        guard let value = T(rawValue: raw) else {
            throw StoreError.notAnIndex(path: path, reason: "role \(role) has an unknown value \"\(raw)\" where a \(T.self) belongs")
        }
        return value
    }
}
