import Foundation
import RolesCore

/// National wages by SOC code in the format of the occupational wage statistics (tab-separated;
/// `SOC Code` and `Annual Median Wage`, where `#` marks a wage at or above the top code and `*` or an
/// empty field (or `-`) an unpublished one), and `Employment` where the file has that column.
public struct WageTable {
    /// The top code the statistics use for `#`, in US dollars a year.
    public static let topCode = 239_200.0

    public let path: String
    public private(set) var medians: [String: (median: Double?, topCoded: Bool)] = [:]
    /// Employment by SOC code, where published.
    public private(set) var employment: [String: Double] = [:]

    public init(path: String) throws {
        self.path = path
        let table = try TSVTable(path: path)
        let c = try table.columns(["SOC Code", "Annual Median Wage"])
        let employmentColumn = table.header.firstIndex(of: "Employment")
        try table.forEachRow { line, row in
            let code = row[c[0]]
            guard SOCCode.isValid(code) else {
                throw ImportError.malformedRow(path: path, line: line, column: c[0] + 1,
                    message: "\"\(code)\" is not a SOC code like 15-1252; fix the row or remove it.")
            }
            if let column = employmentColumn {
                let field = row[column]
                if let value = Double(field.replacingOccurrences(of: ",", with: "")), value >= 0 {
                    employment[code] = value
                } else if !["*", "", "**", "-", "#"].contains(field) {
                    throw ImportError.malformedRow(path: path, line: line, column: column + 1,
                        message: "employment \"\(field)\" is not a number, * or empty; fix the row.")
                }
            }
            let field = row[c[1]]
            switch field {
            case "#":
                medians[code] = (Self.topCode, true)
            case "*", "", "**", "-":
                medians[code] = (nil, false)
            default:
                guard let value = Double(field.replacingOccurrences(of: ",", with: "")), value >= 0 else {
                    throw ImportError.malformedRow(path: path, line: line, column: c[1] + 1,
                        message: "median wage \"\(field)\" is not a number, #, * or empty; fix the row.")
                }
                medians[code] = (value, false)
            }
        }
    }

    public var source: IndexSource {
        get throws { IndexSource(kind: "wages", name: "wages", path: path, sha256: try SourceHash.file(path)) }
    }

    /// The wage of a SOC code: its own figures, or its broad group's (the code ending in 0) when the
    /// detailed code has none.
    public func wage(soc: String) -> Wage? {
        if let own = medians[soc], own.median != nil { return Wage(median: own.median, topCoded: own.topCoded, soc: soc) }
        let broad = String(soc.dropLast()) + "0"
        if broad != soc, let group = medians[broad], group.median != nil {
            return Wage(median: group.median, topCoded: group.topCoded, soc: broad)
        }
        return nil
    }

    /// Sets the wage of every role with a SOC code the table knows, and its employment: that of its SOC
    /// code shared evenly among the roles of the code, or, when the code has none, that of its broad group
    /// (the code ending in 0) shared among the roles of the group. Returns how many roles got a wage.
    @discardableResult
    public func apply(to roles: inout [Role]) -> Int {
        var count = 0
        var rolesOfCode: [String: Int] = [:]
        for role in roles {
            guard let soc = role.soc else { continue }
            rolesOfCode[soc, default: 0] += 1
            let broad = String(soc.dropLast()) + "0"
            if broad != soc { rolesOfCode[broad, default: 0] += 1 }
        }
        for index in roles.indices {
            guard let soc = roles[index].soc else { continue }
            let broad = String(soc.dropLast()) + "0"
            if let workers = employment[soc] {
                roles[index].employment = workers / Double(rolesOfCode[soc]!)
            } else if let workers = employment[broad], let sharing = rolesOfCode[broad] {
                roles[index].employment = workers / Double(sharing)
            }
            guard let wage = wage(soc: soc) else { continue }
            roles[index].wage = wage
            count += 1
        }
        return count
    }
}
