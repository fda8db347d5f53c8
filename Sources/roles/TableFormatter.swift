import Foundation
import RolesCore
import RolesKit

/// Readable tables for the terminal.
enum TableFormatter {
    static func matches(_ matches: [RoleMatch], index: RolesIndex, withFooter: Bool = true) -> String {
        var rows = [["#", "Role", "Code", "Score", "Conf.", "Why"]]
        for (rank, match) in matches.enumerated() {
            rows.append([
                "\(rank + 1)", clip(match.title, 42), code(id: match.id, soc: match.soc),
                fixed(match.score, 3), fixed(match.confidence * 100, 0) + "%",
                why(match.why),
            ])
            if let task = match.why.tasks.first {
                rows.append(["", "", "", "", "", "task: " + clip(task.task, 60)])
            }
        }
        return table(rows) + (withFooter ? footer(index) : "")
    }

    /// A match's strongest terms; for a title matched by its letters alone, which has none, the role's
    /// title its letters are nearest.
    static func why(_ why: MatchExplanation) -> String {
        if why.terms.isEmpty, let title = why.title { return "title: " + clip(title, 50) }
        return why.terms.prefix(3).map(\.term).joined(separator: ", ")
    }

    static func search(_ matches: [SearchMatch], index: RolesIndex) -> String {
        var rows = [["#", "Role", "Code", "Score", "Closest title"]]
        for (rank, match) in matches.enumerated() {
            rows.append([
                "\(rank + 1)", clip(match.title, 42), code(id: match.id, soc: match.soc),
                fixed(match.score, 3), clip(match.why.title ?? "", 40),
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

    /// A number with `digits` decimals, rounded half away from zero. String(format:) costs a
    /// millisecond on first use in a binary this size, which a cold command notices.
    static func fixed(_ value: some BinaryFloatingPoint, _ digits: Int) -> String {
        let number = Double(value)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(number) * scale).rounded()
        let sign = number < 0 && rounded != 0 ? "-" : ""
        let whole = String(Int(rounded / scale))
        guard digits > 0 else { return sign + whole }
        let fraction = String(Int(rounded.truncatingRemainder(dividingBy: scale)))
        return sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
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
            }.joined(separator: "  ").trimmingTrailingWhitespace()
        }.joined(separator: "\n")
    }

    static func footer(_ index: RolesIndex) -> String {
        let onet = index.metadata.attribution.filter { $0.contains("O*NET") }
        return onet.isEmpty ? "" : "\n\n" + onet.joined(separator: "\n")
    }
}

extension TableFormatter {
    static func exposure(_ exposure: TextExposure) -> String {
        var rows = [["#", "Statement", "Label", "Conf.", "Why"]]
        for (number, line) in exposure.lines.enumerated() {
            rows.append([
                "\(number + 1)", clip(line.text, 48), "\(line.label.rawValue) \(line.meaning)",
                fixed(line.confidence, 2), clip(line.reason, 70),
            ])
        }
        let summary = "\(exposure.recognised) of \(exposure.statements) statements recognised; " + shares(exposure)
        return table(rows) + "\n" + summary
    }
}

extension TableFormatter {
    static func adjacent(_ response: AdjacentResponse, index: RolesIndex, withFooter: Bool = true) -> String {
        var lines: [String] = []
        if let role = response.role {
            let from = response.person == nil ? "From" : "Closest role now"
            lines.append("\(from): \(role.title) (\(code(id: role.id, soc: role.soc)))\(facts(beta: response.person?.beta ?? role.exposure?.beta, wage: role.wage?.median, preparation: role.preparation))")
        }
        if let person = response.person, !person.skills.isEmpty {
            lines.append("Skills found: " + person.skills.prefix(8).map(\.name).joined(separator: "; "))
        }
        lines.append("")
        var rows = [["#", "Role", "Code", "Score", "Cover", "β", "Pay", "Prep", "Top gaps"]]
        for (rank, move) in response.adjacent.enumerated() {
            rows.append([
                "\(rank + 1)\(response.saferMoves.contains(move.id) ? "*" : "")", clip(move.title, 36), code(id: move.id, soc: move.soc),
                fixed(move.score, 2), fixed(move.coverage * 100, 0) + "%",
                move.exposure.map { fixed($0.beta, 2) } ?? "–",
                move.wageRatio.map { "×" + fixed($0, 2) } ?? "–",
                move.preparationChange.map { $0 == 0 ? "=" : ($0 > 0 ? "+" : "") + String($0) } ?? "–",
                clip(move.gaps.prefix(3).map(\.name).joined(separator: "; "), 50),
            ])
        }
        lines.append(table(rows))
        if !response.saferMoves.isEmpty {
            lines.append("* safer move: close, less exposed to AI, at most one more preparation level, at most 25% less pay.")
        } else if !response.adjacent.isEmpty && response.adjacent.allSatisfy({ $0.wageRatio == nil }) {
            lines.append("Pay is unknown in this index, so no move is marked safer; build it with --wages FILE to compare pay.")
        }
        return lines.joined(separator: "\n") + (withFooter ? footer(index) : "")
    }

    /// `human-led 56%, automation 11%, augmentation 33%; β 0.37`
    static func shares(_ exposure: TextExposure) -> String {
        "human-led \(fixed(exposure.humanLed * 100, 0))%, automation \(fixed(exposure.automation * 100, 0))%, "
            + "augmentation \(fixed(exposure.augmentation * 100, 0))%; β \(fixed(exposure.beta, 2))"
    }

    static func facts(beta: Float?, wage: Double?, preparation: Int?) -> String {
        var parts: [String] = []
        if let beta { parts.append("exposure β " + fixed(beta, 2)) }
        if let wage { parts.append("median pay $" + fixed(wage, 0)) }
        if let preparation { parts.append("preparation \(preparation)/5") }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
    }
}

extension TableFormatter {
    /// The one-screen report of `roles match`: closest roles, exposed statements, moves.
    static func report(_ matches: [RoleMatch], exposure: TextExposure?, transitions: Transitions?, index: RolesIndex) -> String {
        var parts = [TableFormatter.matches(matches, index: index, withFooter: false)]
        if let exposure {
            parts.append("AI exposure of \(exposure.recognised) statements: " + shares(exposure))
            let exposed = exposure.lines.filter { $0.label != .e0 }.sorted { $0.beta > $1.beta }.prefix(5)
            parts[parts.count - 1] += exposed.map { "\n  \($0.label.rawValue) \(clip($0.text, 60)) — \(clip($0.reason, 70))" }.joined()
        } else {
            parts.append("AI exposure: no statement of the text resembles a labelled task.")
        }
        if let transitions {
            let response = AdjacentResponse(role: transitions.from, person: transitions.person, adjacent: transitions.adjacent,
                                            saferMoves: transitions.saferMoves, index: IndexSummary(index))
            parts.append("Moves from the closest role\n" + adjacent(response, index: index, withFooter: false))
        } else {
            parts.append("Moves: the text names no skill or task the index knows, so no move can be ranked.")
        }
        return parts.joined(separator: "\n\n") + footer(index)
    }
}

extension String {
    /// The string without the spaces, tabs and line breaks it ends with.
    func trimmingTrailingWhitespace() -> String {
        var trimmed = self
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        return trimmed
    }
}
