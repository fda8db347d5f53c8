import Foundation
import RolesCore

/// Task-level exposure labels in the published task label set's format (tab-separated; `O*NET-SOC Code`,
/// `Task ID`, and the human annotators' label in `human_labels` or `human_exposure_agg`), joined to the
/// roles' tasks on occupation code and task id.
public struct ExposureLabels {
    /// What joining the labels did.
    public struct Report: Equatable, Sendable {
        /// Rows whose task was found and labelled.
        public var matched: Int
        /// Rows whose occupation and task id no role has; counted, never silently dropped.
        public var unmatched: Int
        /// Examples of unmatched rows (line numbers), for the warning.
        public var unmatchedLines: [Int]
    }

    public static let labelColumns = ["human_labels", "human_exposure_agg"]

    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var source: IndexSource {
        get throws { IndexSource(kind: "exposure", name: "exposure labels", path: path, sha256: try SourceHash.file(path)) }
    }

    /// Labels the matching tasks of `roles` and reports the rows that matched no task.
    public func apply(to roles: inout [Role]) throws -> Report {
        let table = try TSVTable(path: path)
        let c = try table.columns(["O*NET-SOC Code", "Task ID"])
        guard let labelColumn = Self.labelColumns.lazy.compactMap({ table.header.firstIndex(of: $0) }).first else {
            throw ImportError.missingColumn(path: path, column: Self.labelColumns[0])
        }
        var positions: [String: (role: Int, task: Int)] = [:]
        for (r, role) in roles.enumerated() {
            for (t, task) in role.tasks.enumerated() { positions[role.id + "\t" + task.id] = (r, t) }
        }
        var report = Report(matched: 0, unmatched: 0, unmatchedLines: [])
        try table.forEachRow { line, row in
            let code = row[c[0]]
            guard let number = Double(row[c[1]]), number >= 0, number == number.rounded(), number < 1e12 else {
                throw ImportError.malformedRow(path: path, line: line, column: c[1] + 1,
                    message: "task id \"\(row[c[1]])\" is not a whole number; use the task ids of O*NET Task Statements.")
            }
            guard let label = Exposure(rawValue: row[labelColumn]) else {
                throw ImportError.malformedRow(path: path, line: line, column: labelColumn + 1,
                    message: "label \"\(row[labelColumn])\" is not E0, E1 or E2; fix the row or remove it.")
            }
            guard let (r, t) = positions[code + "\t" + String(Int(number))] else {
                report.unmatched += 1
                if report.unmatchedLines.count < 5 { report.unmatchedLines.append(line) }
                return
            }
            roles[r].tasks[t].exposure = label
            roles[r].tasks[t].exposureReason = "Human annotators' label (\(label.rawValue), \(label.meaning)) in \((path as NSString).lastPathComponent)."
            report.matched += 1
        }
        return report
    }
}
