import Foundation
import RolesCore

/// National wages by SOC code in the format of the occupational wage statistics (tab-separated;
/// `SOC Code` and `Annual Median Wage`, where `#` marks a wage at or above the top code and `*` or an
/// empty field (or `-`) an unpublished one).
public struct WageTable {
    /// The top code the statistics use for `#`, in US dollars a year.
    public static let topCode = 239_200.0

    public let path: String
    public private(set) var medians: [String: (median: Double?, topCoded: Bool)] = [:]

    public init(path: String) throws {
        self.path = path
        let table = try TSVTable(path: path)
        let c = try table.columns(["SOC Code", "Annual Median Wage"])
        try table.forEachRow { line, row in
            let code = row[c[0]]
            guard SOCCode.isValid(code) else {
                throw ImportError.malformedRow(path: path, line: line, column: c[0] + 1,
                    message: "\"\(code)\" is not a SOC code like 15-1252; fix the row or remove it.")
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

    /// Sets the wage of every role with a SOC code the table knows; returns how many got one.
    @discardableResult
    public func apply(to roles: inout [Role]) -> Int {
        var count = 0
        for index in roles.indices {
            guard let soc = roles[index].soc, let wage = wage(soc: soc) else { continue }
            roles[index].wage = wage
            count += 1
        }
        return count
    }
}
