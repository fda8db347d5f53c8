import Foundation
import RolesCore

/// Reads the official O*NET text database (tab-separated files with headers) into roles.
///
/// Only occupations with task statements become roles (923 in O*NET 29.3): the others are broad or
/// "All Other" codes with a title and description alone.
public struct ONETImporter {
    /// A file of the database, and whether a build can go on without it.
    struct File {
        let name: String
        let required: Bool
        let purpose: String
    }

    static let occupations = File(name: "Occupation Data.txt", required: true, purpose: "titles and descriptions")
    static let tasks = File(name: "Task Statements.txt", required: true, purpose: "task statements")
    static let alternateTitles = File(name: "Alternate Titles.txt", required: false, purpose: "alternate titles")
    static let reportedTitles = File(name: "Sample of Reported Titles.txt", required: false, purpose: "reported titles")
    static let technologies = File(name: "Technology Skills.txt", required: false, purpose: "technologies")
    static let taskActivities = File(name: "Tasks to DWAs.txt", required: false, purpose: "work activities of tasks")
    static let jobZones = File(name: "Job Zones.txt", required: false, purpose: "preparation levels")
    static let skills = File(name: "Skills.txt", required: false, purpose: "skill ratings")
    static let knowledge = File(name: "Knowledge.txt", required: false, purpose: "knowledge ratings")
    static let allFiles = [occupations, tasks, alternateTitles, reportedTitles, technologies, taskActivities, jobZones, skills, knowledge]

    public static let attribution = """
        This product includes information from the O*NET Database by USDOL/ETA, used under the CC BY 4.0 license. \
        USDOL/ETA has not approved, endorsed, or tested these modifications. O*NET(R) is a trademark of USDOL/ETA.
        """

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// What an import produced.
    public struct Result {
        public var roles: [Role]
        public var sources: [IndexSource]
        /// Files that were absent and rows that could not be attached, each said once.
        public var warnings: [String]
        /// The release named in `Read Me.txt` (`O*NET 29.3 Database`), when present.
        public var release: String?
    }

    public func load() throws -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportError.missingFile(path: directory, what: "pass --onet the folder that holds the O*NET text files")
        }
        var warnings: [String] = []
        var sources: [IndexSource] = []
        // Every file is read, checked and hashed up front on all cores; errors are still reported in the
        // order the files are used below.
        let opened: [Swift.Result<(table: TSVTable, sha256: String)?, Error>] = Parallel.map(Self.allFiles.count) { _, i in
            Swift.Result {
                let path = (directory as NSString).appendingPathComponent(Self.allFiles[i].name)
                guard FileManager.default.fileExists(atPath: path) else { return nil }
                let table = try TSVTable(path: path)
                return (table, SourceHash.bytes(table.bytes))
            }
        }
        func table(_ file: File) throws -> TSVTable? {
            let path = (directory as NSString).appendingPathComponent(file.name)
            guard let opened = try opened[Self.allFiles.firstIndex { $0.name == file.name }!].get() else {
                if file.required {
                    throw ImportError.missingFile(path: path, what: "it holds the \(file.purpose) and is required; download the O*NET text database again")
                }
                warnings.append("\(path): not found; building without \(file.purpose).")
                return nil
            }
            sources.append(IndexSource(kind: "onet", name: file.name, path: path, sha256: opened.sha256))
            return opened.table
        }
        // Ratings are the largest files and attach last: they are read on another thread meanwhile.
        let ratingFiles = [(Self.skills, RatingKind.skill), (Self.knowledge, .knowledge)]
        let pendingRatings = PendingRatings()
        let ratingsGroup = DispatchGroup()
        DispatchQueue.global().async(group: ratingsGroup) {
            pendingRatings.results = ratingFiles.map { file, kind in
                Swift.Result {
                    guard case .success(let opened?) = opened[Self.allFiles.firstIndex { $0.name == file.name }!] else { return [:] }
                    return try Self.ratings(opened.table, kind: kind)
                }
            }
        }
        defer { ratingsGroup.wait() }

        var builders: [String: Role] = [:]
        var order: [String] = []
        if let occupations = try table(Self.occupations) {
            let c = try occupations.columns(["O*NET-SOC Code", "Title", "Description"])
            try occupations.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: occupations, line: line, column: c[0])
                guard builders[code] == nil else {
                    throw ImportError.malformedRow(path: occupations.path, line: line, column: c[0] + 1,
                        message: "occupation \(code) appears twice; keep one row per occupation.")
                }
                builders[code] = Role(id: code, soc: String(code.prefix(7)), title: row[c[1]], summary: row[c[2]], source: "onet")
                order.append(code)
            }
        }
        var unattached: [String: Int] = [:]
        func attach(_ code: String, file: String, _ update: (inout Role) -> Void) {
            if builders[code] != nil { update(&builders[code]!) } else { unattached[file, default: 0] += 1 }
        }

        if let tasks = try table(Self.tasks) {
            let c = try tasks.columns(["O*NET-SOC Code", "Task ID", "Task", "Task Type"])
            try tasks.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: tasks, line: line, column: c[0])
                let type: TaskType
                switch row[c[3]] {
                case "Core", "": type = .core  // Unrated tasks come from analyst lists of core work.
                case "Supplemental": type = .supplemental
                case let other:
                    throw ImportError.malformedRow(path: tasks.path, line: line, column: c[3] + 1,
                        message: "Task Type is \"\(other)\"; expected Core, Supplemental or empty.")
                }
                let id = try Self.taskID(row[c[1]], table: tasks, line: line, column: c[1])
                attach(code, file: Self.tasks.name) { $0.tasks.append(RoleTask(id: id, text: row[c[2]], type: type)) }
            }
        }
        if let titles = try table(Self.alternateTitles) {
            let c = try titles.columns(["O*NET-SOC Code", "Alternate Title", "Short Title"])
            // Source(s) lists where O*NET found the title (`02,04,10`); older releases lack the column.
            let sources = titles.header.firstIndex(of: "Source(s)")
            try titles.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: titles, line: line, column: c[0])
                let count = sources.map { row[$0].split(separator: ",").count } ?? 0
                attach(code, file: Self.alternateTitles.name) { role in
                    role.alternateTitles.append(row[c[1]])
                    if !row[c[2]].isEmpty { role.alternateTitles.append(row[c[2]]) }
                    if count > 0 {
                        for title in [row[c[1]], row[c[2]]] where !title.isEmpty {
                            role.titleSources[title] = max(role.titleSources[title] ?? 0, count)
                        }
                    }
                }
            }
        }
        if let reported = try table(Self.reportedTitles) {
            let c = try reported.columns(["O*NET-SOC Code", "Reported Job Title"])
            try reported.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: reported, line: line, column: c[0])
                attach(code, file: Self.reportedTitles.name) { $0.reportedTitles.append(row[c[1]]) }
            }
        }
        if let technologies = try table(Self.technologies) {
            let c = try technologies.columns(["O*NET-SOC Code", "Example", "Hot Technology"])
            try technologies.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: technologies, line: line, column: c[0])
                let hot = try Self.flag(row[c[2]], table: technologies, line: line, column: c[2])
                attach(code, file: Self.technologies.name) { $0.skills.append(RoleSkill(name: row[c[1]], kind: .technology, hot: hot)) }
            }
        }
        if let links = try table(Self.taskActivities) {
            let c = try links.columns(["O*NET-SOC Code", "Task ID", "DWA ID", "DWA Title"])
            var byTask: [String: [WorkActivity]] = [:]
            try links.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: links, line: line, column: c[0])
                let id = try Self.taskID(row[c[1]], table: links, line: line, column: c[1])
                byTask[code + "|" + id, default: []].append(WorkActivity(id: row[c[2]], title: row[c[3]]))
            }
            var linked = Set<String>()
            for code in order {
                for i in builders[code]!.tasks.indices {
                    let id = code + "|" + builders[code]!.tasks[i].id
                    if let activities = byTask[id] {
                        builders[code]!.tasks[i].activities = activities
                        linked.insert(id)
                    }
                }
            }
            let orphans = byTask.keys.filter { !linked.contains($0) }.count
            if orphans > 0 { unattached[Self.taskActivities.name, default: 0] += orphans }
        }
        if let zones = try table(Self.jobZones) {
            let c = try zones.columns(["O*NET-SOC Code", "Job Zone"])
            try zones.forEachRow { line, row in
                let code = try Self.code(row[c[0]], table: zones, line: line, column: c[0])
                guard let zone = Int(row[c[1]]), (1...5).contains(zone) else {
                    throw ImportError.malformedRow(path: zones.path, line: line, column: c[1] + 1,
                        message: "Job Zone is \"\(row[c[1]])\"; expected a whole number from 1 to 5.")
                }
                attach(code, file: Self.jobZones.name) { $0.preparation = zone }
            }
        }
        ratingsGroup.wait()
        for (i, (file, _)) in ratingFiles.enumerated() {
            guard try table(file) != nil else { continue }
            let byRole = try pendingRatings.results[i].get()
            for (code, elements) in byRole {
                attach(code, file: file.name) { $0.ratings += elements.values.sorted { $0.elementID < $1.elementID } }
            }
        }
        for (file, count) in unattached.sorted(by: { $0.key < $1.key }) {
            warnings.append("\((directory as NSString).appendingPathComponent(file)): \(count) row\(count == 1 ? "" : "s") name an occupation or task not in Occupation Data.txt or Task Statements.txt; they were not indexed.")
        }
        let withTasks = order.compactMap { builders[$0] }.filter { !$0.tasks.isEmpty }
        return Result(roles: withTasks, sources: sources, warnings: warnings, release: release())
    }

    /// The ratings of a Skills or Knowledge file, by role code and element id.
    static func ratings(_ ratings: TSVTable, kind: RatingKind) throws -> [String: [String: RoleRating]] {
        let c = try ratings.columns(["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value"])
        var byRole: [String: [String: RoleRating]] = [:]
        try ratings.forEachRow { line, row in
            let code = try Self.code(row[c[0]], table: ratings, line: line, column: c[0])
            guard let value = Double(row[c[4]]) else {
                throw ImportError.malformedRow(path: ratings.path, line: line, column: c[4] + 1,
                    message: "Data Value is \"\(row[c[4]])\"; expected a number.")
            }
            let element = row[c[1]]
            var rating = byRole[code]?[element] ?? RoleRating(elementID: element, name: row[c[2]], kind: kind, importance: nil, level: nil)
            switch row[c[3]] {
            case "IM": rating.importance = value
            case "LV": rating.level = value
            case let other:
                throw ImportError.malformedRow(path: ratings.path, line: line, column: c[3] + 1,
                    message: "Scale ID is \"\(other)\"; expected IM or LV.")
            }
            byRole[code, default: [:]][element] = rating
        }
        return byRole
    }

    func release() -> String? {
        let path = (directory as NSString).appendingPathComponent("Read Me.txt")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Checks an O*NET-SOC code (`29-1141.00`).
    static func code(_ value: String, table: TSVTable, line: Int, column: Int) throws -> String {
        let bytes = Array(value.utf8)
        let digits = [0, 1, 3, 4, 5, 6, 8, 9]
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "."),
              digits.allSatisfy({ bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }) else {
            throw ImportError.malformedRow(path: table.path, line: line, column: column + 1,
                message: "O*NET-SOC Code is \"\(value)\"; expected a code like 29-1141.00.")
        }
        return value
    }

    /// Checks a Task ID and returns it without a trailing `.0` that spreadsheet exports add.
    static func taskID(_ value: String, table: TSVTable, line: Int, column: Int) throws -> String {
        let trimmed = value.hasSuffix(".0") ? String(value.dropLast(2)) : value
        guard !trimmed.isEmpty, trimmed.allSatisfy(\.isASCII), Int(trimmed) != nil else {
            throw ImportError.malformedRow(path: table.path, line: line, column: column + 1,
                message: "Task ID is \"\(value)\"; expected a whole number.")
        }
        return trimmed
    }

    static func flag(_ value: String, table: TSVTable, line: Int, column: Int) throws -> Bool {
        switch value {
        case "Y": return true
        case "N", "": return false
        default:
            throw ImportError.malformedRow(path: table.path, line: line, column: column + 1,
                message: "expected Y or N, found \"\(value)\".")
        }
    }
}

/// Ratings read on another thread, used after it has finished.
private final class PendingRatings: @unchecked Sendable {
    var results: [Swift.Result<[String: [String: RoleRating]], Error>] = []
}
