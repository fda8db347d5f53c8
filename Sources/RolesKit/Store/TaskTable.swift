import GRDB
import RolesCore

/// Every task statement of an index, by global task number, with its work activities, read in two
/// queries. A server meets new task numbers with every new text (the nearest tasks of its statements);
/// read one query at a time, they cost more than the search that found them. Immutable once read, and
/// shared by every worker of a server.
public final class TaskTable: Sendable {
    /// By global task number.
    public let tasks: [IndexedTask]
    /// The work activities of each task, by global task number.
    public let activities: [[WorkActivity]]

    public init(index: RolesIndex) throws {
        (tasks, activities) = try index.read { db in
            var tasks: [IndexedTask] = []
            var number: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.idx, i.role_idx, i.position, t.text, i.exposure FROM task_index i
                JOIN tasks t ON t.role_idx = i.role_idx AND t.position = i.position ORDER BY i.idx
                """)
            while let row = try rows.next() {
                let task = IndexedTask(idx: row[0], role: row[1], position: row[2], text: row[3],
                                       label: (row[4] as String?).flatMap(Exposure.init(rawValue:)))
                guard task.idx == tasks.count else {
                    throw StoreError.notAnIndex(path: index.path, reason: "its task numbers are not 0 to \(tasks.count) in order")
                }
                number[Self.key(task.role, task.position)] = task.idx
                tasks.append(task)
            }
            var activities = [[WorkActivity]](repeating: [], count: tasks.count)
            // In the order they were written, as `RolesIndex.activities(ofTask:)` gives them.
            let links = try Row.fetchCursor(db, sql: """
                SELECT role_idx, task_position, activity_id, activity_title FROM task_activities ORDER BY rowid
                """)
            while let row = try links.next() {
                guard let task = number[Self.key(row[0], row[1])] else { continue }
                activities[task].append(WorkActivity(id: row[2], title: row[3]))
            }
            return (tasks, activities)
        }
    }

    private static func key(_ role: Int, _ position: Int) -> Int64 {
        Int64(role) << 32 | Int64(position)
    }

    /// The task numbered `number`, or nil outside the table.
    public func task(_ number: Int) -> IndexedTask? {
        tasks.indices.contains(number) ? tasks[number] : nil
    }
}
