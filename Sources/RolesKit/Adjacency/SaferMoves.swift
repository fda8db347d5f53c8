import RolesCore

/// Which adjacent roles count as safer moves: close enough to reach, less exposed, not much more
/// preparation, not much less pay.
public enum SaferMoves {
    /// Share of the closest move's score a move needs. Scores of moves from a role and from a person's
    /// text sit on different scales (a resume is less like any role than two roles are alike), so the
    /// bar is relative: on O*NET 29.3 the tenth closest role of an occupation scores on average 0.68 of
    /// the first (0.236 against 0.347).
    public static let minimumShareOfBest: Float = 0.65
    /// At most one more preparation level (Job Zone): a course or certificate, not a new degree.
    public static let maximumPreparationIncrease = 1
    /// At most 25% lower median pay.
    public static let minimumWageRatio = 0.75

    /// The moves that qualify, in their order: every figure a test needs must be known.
    public static func select(_ moves: [AdjacentRole]) -> [String] {
        guard let best = moves.map(\.score).max(), best > 0 else { return [] }
        return moves.filter { qualifies($0, best: best) }.map(\.id)
    }

    static func qualifies(_ move: AdjacentRole, best: Float) -> Bool {
        guard move.score >= minimumShareOfBest * best, let betaChange = move.betaChange, betaChange < 0 else { return false }
        if let change = move.preparationChange, change > maximumPreparationIncrease { return false }
        guard let ratio = move.wageRatio, ratio >= minimumWageRatio else { return false }
        return true
    }
}
