import RolesCore

/// Which adjacent roles count as safer moves: close enough to reach, less exposed, not much more
/// preparation, not much less pay.
public enum SaferMoves {
    /// Share of the closest move's score a move from a role needs, so that about the ten closest
    /// qualify: on O*NET 29.3 the tenth closest role of an occupation has on average 0.32 of the first's
    /// probability (0.303 against 0.957).
    public static let minimumShareFromRole: Float = 0.3
    /// The same for moves from a person's text (`Adjacency.personScores`): for the development set's
    /// texts on O*NET 29.3 the tenth closest role has on average 0.37 of the first's score (0.354 against
    /// 0.971).
    public static let minimumShareFromText: Float = 0.35
    /// At most one more preparation level (Job Zone): a course or certificate, not a new degree.
    public static let maximumPreparationIncrease = 1
    /// At most 25% lower median pay.
    public static let minimumWageRatio = 0.75

    /// The moves that qualify, in their order: every figure a test needs must be known.
    /// - Parameter minimumShare: `minimumShareFromRole` or `minimumShareFromText`.
    public static func select(_ moves: [AdjacentRole], minimumShare: Float) -> [String] {
        guard let best = moves.map(\.score).max(), best > 0 else { return [] }
        return moves.filter { qualifies($0, bar: minimumShare * best) }.map(\.id)
    }

    static func qualifies(_ move: AdjacentRole, bar: Float) -> Bool {
        guard move.score >= bar, let betaChange = move.betaChange, betaChange < 0 else { return false }
        if let change = move.preparationChange, change > maximumPreparationIncrease { return false }
        guard let ratio = move.wageRatio, ratio >= minimumWageRatio else { return false }
        return true
    }
}
