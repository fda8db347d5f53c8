import Foundation
import RolesCore
import RolesKit

/// Readable tables for the terminal.
enum TableFormatter {
    static func matches(_ matches: [RoleMatch], index: RolesIndex) -> String {
        var rows = [["#", "Role", "Code", "Score", "Why"]]
        for (rank, match) in matches.enumerated() {
            rows.append([
                "\(rank + 1)", clip(match.title, 42), code(id: match.id, soc: match.soc),
                String(format: "%.3f", match.score), match.why.terms.prefix(3).map(\.term).joined(separator: ", "),
            ])
            if let task = match.why.tasks.first {
                rows.append(["", "", "", "", "task: " + clip(task.task, 60)])
            }
        }
        return table(rows) + footer(index)
    }

    static func search(_ matches: [SearchMatch], index: RolesIndex) -> String {
        var rows = [["#", "Role", "Code", "Score", "Closest title"]]
        for (rank, match) in matches.enumerated() {
            rows.append([
                "\(rank + 1)", clip(match.title, 42), code(id: match.id, soc: match.soc),
                String(format: "%.3f", match.score), clip(match.why.title ?? "", 40),
            ])
        }
        return table(rows) + footer(index)
    }

    static func info(_ info: InfoResponse) -> String {
        var lines = [
            "index       \(info.path)",
            "built       \(info.builtAt) by roles \(info.toolVersion) (schema \(info.schemaVersion))",
            "roles       \(info.counts.roles)",
            "titles      \(info.counts.titles)",
            "tasks       \(info.counts.tasks)",
            "skills      \(info.counts.skills)",
            "terms       \(info.counts.terms)",
            "weighting   \(info.weighting)",
        ]
        for source in info.sources {
            lines.append("source      \(source.kind): \(source.path) (sha256 \(source.sha256.prefix(12))…)")
        }
        lines += info.attribution.map { "attribution \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Corpus roles show their SOC code beside their id; O*NET roles' ids are codes already.
    static func code(id: String, soc: String?) -> String {
        guard let soc, !id.hasPrefix(soc) else { return id }
        return soc
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }

    static func footer(_ index: RolesIndex) -> String {
        let onet = index.metadata.attribution.filter { $0.contains("O*NET") }
        return onet.isEmpty ? "" : "\n\n" + onet.joined(separator: "\n")
    }
}
