import RolesCore

/// Which adjacent roles count as safer moves: close enough to reach, less exposed, not much more
/// preparation, not much less pay.
public enum SaferMoves {
    /// Adjacency score a move needs: the average score of an O*NET occupation's tenth closest role
    /// (0.14 on O*NET 29.3). Closer than that, most of the work carries over.
    public static let minimumScore: Float = 0.14
    /// At most one more preparation level (Job Zone): a course or certificate, not a new degree.
    public static let maximumPreparationIncrease = 1
    /// At most 25% lower median pay.
    public static let minimumWageRatio = 0.75

    /// Whether a move qualifies: every figure it needs must be known.
    public static func qualifies(_ move: AdjacentRole) -> Bool {
        guard move.score >= minimumScore, let betaChange = move.betaChange, betaChange < 0 else { return false }
        if let change = move.preparationChange, change > maximumPreparationIncrease { return false }
        guard let ratio = move.wageRatio, ratio >= minimumWageRatio else { return false }
        return true
    }
}
