/// A role's national pay, from the wage statistics of its SOC code.
public struct Wage: Equatable, Sendable, Codable {
    /// Annual median wage in US dollars; nil where none is published.
    public var median: Double?
    /// True when the statistics only say the median is at or above their top code (`median` is then
    /// that top code).
    public var topCoded: Bool
    /// The SOC code whose figures these are: the role's own, or its broad group when the detailed code
    /// has none.
    public var soc: String

    public init(median: Double?, topCoded: Bool = false, soc: String) {
        self.median = median
        self.topCoded = topCoded
        self.soc = soc
    }
}
