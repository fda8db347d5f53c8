import Foundation
import RolesCore
import Yams

/// Reads and validates the built-in corpus: one YAML file per role under `DIR/roles/`.
///
/// Every problem is reported with its file and line, all at once, so one pass of `roles corpus check`
/// lists everything to fix.
public struct CorpusReader {
    static let fields = [
        "id", "title", "alternate_titles", "soc", "soc_match", "sectors", "preparation", "outlook",
        "outlook_reason", "summary", "tasks", "skills", "tools",
    ]
    /// Fields a role may leave out.
    static let optionalFields: Set = ["tools"]
    static let alternateTitleCount = 3...15
    static let sectorCount = 1...3
    static let taskCount = 6...12
    static let skillCount = 2...20
    static let toolCount = 1...18
    /// Skills and tools together.
    static let skillAndToolCount = 8...20

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public struct Result {
        public var roles: [Role]
        public var problems: [CorpusProblem]
        /// The corpus as an index source: one hash over every role file.
        public var source: IndexSource
    }

    /// The role files, sorted by name.
    public func files() throws -> [String] {
        let folder = (directory as NSString).appendingPathComponent("roles")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportError.missingFile(path: folder, what: "a corpus keeps one YAML file per role in a roles/ folder")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw ImportError.unreadable(path: folder, reason: "cannot list the folder")
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    public func load() throws -> Result {
        let paths = try files()
        var roles: [Role] = []
        var problems: [CorpusProblem] = []
        if paths.isEmpty {
            problems.append(CorpusProblem(file: (directory as NSString).appendingPathComponent("roles"), line: nil,
                                          message: "no role files (*.yaml); add at least one role."))
        }
        var titleOwners: [String: (file: String, id: String)] = [:]
        var idOwners: [String: String] = [:]
        for path in paths {
            var file = RoleFile(path: path)
            guard let role = file.parse() else {
                problems += file.problems
                continue
            }
            problems += file.problems
            if let other = idOwners[role.id] {
                problems.append(CorpusProblem(file: path, line: file.line(of: "id"), message: "id \(role.id) is already used by \(other); ids must be unique."))
            }
            idOwners[role.id] = path
            for title in [role.title] + role.alternateTitles {
                let key = title.lowercased()
                if let owner = titleOwners[key], owner.id != role.id {
                    problems.append(CorpusProblem(file: path, line: file.titleLines[key],
                        message: "title \"\(title)\" is also a title of \(owner.id) (\(owner.file)); a title may name one role only."))
                } else {
                    titleOwners[key] = (path, role.id)
                }
            }
            roles.append(role)
        }
        return Result(roles: roles, problems: problems, source: try source(of: paths))
    }

    /// The corpus as an index source, hashed without parsing the files.
    public func source() throws -> IndexSource {
        try source(of: try files())
    }

    func source(of paths: [String]) throws -> IndexSource {
        let hash = try SourceHash.files(paths.map { (($0 as NSString).lastPathComponent, $0) })
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
        return IndexSource(kind: "corpus", name: "Corpus", path: absolute, sha256: hash)
    }
}

/// One role file being parsed: collects problems with line numbers as it goes.
struct RoleFile {
    let path: String
    var problems: [CorpusProblem] = []
    var lines: [String: Int] = [:]
    var titleLines: [String: Int] = [:]

    init(path: String) {
        self.path = path
    }

    func line(of field: String) -> Int? { lines[field] }

    mutating func problem(_ node: Node?, _ message: String) {
        problems.append(CorpusProblem(file: path, line: node?.mark?.line, message: message))
    }

    mutating func parse() -> Role? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(CorpusProblem(file: path, line: nil, message: "cannot be read; check its permissions."))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(CorpusProblem(file: path, line: nil, message: "is not UTF-8 text; save it as UTF-8."))
            return nil
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                problems.append(CorpusProblem(file: path, line: nil, message: "is empty; write the role's fields (see Corpus/README.md)."))
                return nil
            }
            root = node
        } catch let error as YamlError {
            problems.append(Self.problem(from: error, path: path))
            return nil
        } catch {
            problems.append(CorpusProblem(file: path, line: nil, message: "is not valid YAML (\(error))."))
            return nil
        }
        guard let mapping = root.mapping else {
            problem(root, "the file must be a mapping of field names to values (see Corpus/README.md).")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, CorpusReader.fields.contains(name) else {
                problem(key, "unknown field \"\(key.string ?? "?")\"; the fields are \(CorpusReader.fields.joined(separator: ", ")).")
                continue
            }
            values[name] = value
            lines[name] = key.mark?.line
        }
        for field in CorpusReader.fields where values[field] == nil && !CorpusReader.optionalFields.contains(field) {
            problem(root, "missing field \"\(field)\".")
        }

        let fileID = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let id = string(values["id"], field: "id") ?? fileID
        if values["id"] != nil {
            if !Self.isValidID(id) {
                problem(values["id"], "id \"\(id)\" must be lowercase letters, digits and single hyphens.")
            } else if id != fileID {
                problem(values["id"], "id \"\(id)\" differs from the file name; name the file \(id).yaml.")
            }
        }
        let title = string(values["title"], field: "title") ?? ""
        if !title.isEmpty { titleLines[title.lowercased()] = values["title"]?.mark?.line }
        let alternates = strings(values["alternate_titles"], field: "alternate_titles", count: CorpusReader.alternateTitleCount)
        for (node, alternate) in zip(values["alternate_titles"]?.sequence.map(Array.init) ?? [], alternates) {
            let key = alternate.lowercased()
            if titleLines[key] != nil {
                problem(node, "title \"\(alternate)\" is listed twice in this role.")
            } else {
                titleLines[key] = node.mark?.line
            }
        }
        let soc = string(values["soc"], field: "soc")
        if let soc, !SOCCode.isDetailed(soc) {
            problem(values["soc"], "soc \"\(soc)\" is not a detailed SOC 2018 code like 29-1141 (a civilian major group, last digit not 0).")
        }
        let socMatch = enumValue(values["soc_match"], field: "soc_match", as: SOCMatch.self)
        let sectors = strings(values["sectors"], field: "sectors", count: CorpusReader.sectorCount)
        for (node, sector) in zip(values["sectors"]?.sequence.map(Array.init) ?? [], sectors) where !Sector.all.contains(sector) {
            problem(node, "sector \"\(sector)\" is not one of: \(Sector.all.joined(separator: ", ")).")
        }
        var preparation: Int?
        if let node = values["preparation"] {
            if let value = node.int, (1...5).contains(value) { preparation = value } else {
                problem(node, "preparation must be a whole number from 1 to 5 (the O*NET Job Zone scale).")
            }
        }
        let outlook = enumValue(values["outlook"], field: "outlook", as: Outlook.self)
        let outlookReason = string(values["outlook_reason"], field: "outlook_reason")
        let summary = string(values["summary"], field: "summary") ?? ""
        let tasks = parseTasks(values["tasks"], roleID: id)
        let skills = strings(values["skills"], field: "skills", count: CorpusReader.skillCount)
        let tools = strings(values["tools"], field: "tools", count: CorpusReader.toolCount)
        if let node = values["tools"] ?? values["skills"], values["skills"]?.sequence != nil,
           !CorpusReader.skillAndToolCount.contains(skills.count + tools.count) {
            let range = CorpusReader.skillAndToolCount
            problem(node, "skills and tools have \(skills.count + tools.count) entries together; a role needs \(range.lowerBound) to \(range.upperBound).")
        }
        var seenSkills = Set<String>()
        let skillNodes = (values["skills"]?.sequence.map(Array.init) ?? []) + (values["tools"]?.sequence.map(Array.init) ?? [])
        for node in skillNodes {
            guard let name = node.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
            if !seenSkills.insert(name.lowercased()).inserted { problem(node, "\"\(name)\" is listed twice in skills and tools.") }
        }

        return Role(
            id: id, soc: soc, socMatch: socMatch ?? .nearest, title: title, alternateTitles: alternates,
            summary: summary, tasks: tasks,
            skills: skills.map { RoleSkill(name: $0, kind: .skill) } + tools.map { RoleSkill(name: $0, kind: .technology) },
            sectors: sectors, preparation: preparation, outlook: outlook, outlookReason: outlookReason,
            source: "corpus")
    }

    mutating func parseTasks(_ node: Node?, roleID: String) -> [RoleTask] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            problem(node, "tasks must be a list of {task, exposure, reason}.")
            return []
        }
        if !CorpusReader.taskCount.contains(items.count) {
            problem(node, "tasks has \(items.count) entries; a role needs \(CorpusReader.taskCount.lowerBound) to \(CorpusReader.taskCount.upperBound).")
        }
        var tasks: [RoleTask] = []
        for (number, item) in items.enumerated().map({ ($0.offset + 1, $0.element) }) {
            guard let fields = item.mapping else {
                problem(item, "task \(number) must be a mapping with task, exposure and reason.")
                continue
            }
            var text: String?, exposure: Exposure?, reason: String?
            var hasExposure = false
            for (key, value) in fields {
                switch key.string {
                case "task": text = nonEmpty(value, "task \(number) has an empty task text.")
                case "exposure":
                    hasExposure = true
                    exposure = value.string.flatMap(Exposure.init(rawValue:))
                    if exposure == nil { problem(value, "task \(number) has exposure \"\(value.string ?? "?")\"; use E0, E1 or E2.") }
                case "reason": reason = nonEmpty(value, "task \(number) has an empty reason; say in one line why the label fits.")
                default: problem(key, "task \(number) has an unknown field \"\(key.string ?? "?")\"; a task has task, exposure and reason.")
                }
            }
            if text == nil && fields["task"] == nil { problem(item, "task \(number) has no task text.") }
            if !hasExposure { problem(item, "task \(number) has no exposure label (E0, E1 or E2).") }
            if reason == nil && fields["reason"] == nil { problem(item, "task \(number) has no reason for its exposure label.") }
            if let text {
                tasks.append(RoleTask(id: "\(roleID)#\(number)", text: text, exposure: exposure, exposureReason: reason))
            }
        }
        return tasks
    }

    mutating func nonEmpty(_ node: Node, _ message: String) -> String? {
        guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            problem(node, message)
            return nil
        }
        return value
    }

    mutating func string(_ node: Node?, field: String) -> String? {
        guard let node else { return nil }
        guard node.scalar != nil else {
            problem(node, "\(field) must be text.")
            return nil
        }
        return nonEmpty(node, "\(field) is empty.")
    }

    mutating func strings(_ node: Node?, field: String, count: ClosedRange<Int>) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            problem(node, "\(field) must be a list.")
            return []
        }
        if !count.contains(items.count) {
            problem(node, "\(field) has \(items.count) entries; a role needs \(count.lowerBound) to \(count.upperBound).")
        }
        return items.compactMap { item in
            guard item.scalar != nil else {
                problem(item, "every entry of \(field) must be text.")
                return nil
            }
            return nonEmpty(item, "\(field) has an empty entry.")
        }
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node?, field: String, as: T.Type) -> T? where T.RawValue == String {
        guard let node, let raw = string(node, field: field) else { return nil }
        guard let value = T(rawValue: raw) else {
            problem(node, "\(field) is \"\(raw)\"; use one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        return value
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    static func problem(from error: YamlError, path: String) -> CorpusProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            CorpusProblem(file: path, line: mark.line, message: "is not valid YAML: \(problem); quote text that contains \": \" or starts with a special character.")
        default:
            CorpusProblem(file: path, line: nil, message: "is not valid YAML: \(error).")
        }
    }
}

