/// Labels a piece of text by the labelled tasks nearest to it.
///
/// Two votes are mixed: the k most similar labelled task statements, each weighted by its similarity,
/// and the labels of every labelled task that shares a work activity with the nearest task statement
/// (labelled or not). The second vote carries what annotators decided for the same kind of work in other
/// occupations, which a task's wording alone often hides.
public enum ExposureVote {
    /// Labelled neighbours that vote: the value three of five training-fold selections in `Tools/eval`
    /// chose (the others chose 20 and 40).
    public static let neighbours = 10
    /// Weight of the activity vote against the neighbour vote: every training-fold selection in
    /// `Tools/eval` chose 0.7 of {0, 0.3, 0.5, 0.7}.
    public static let activityWeight: Float = 0.7

    /// Probabilities of E0, E1 and E2, or nil without any evidence.
    /// - Parameters:
    ///   - neighbours: the labels and similarities of the nearest labelled tasks.
    ///   - activityLabels: label counts of the labelled tasks sharing an activity with the nearest task.
    public static func probabilities(
        neighbours: [(label: Exposure, similarity: Float)], activityLabels: [Float]?, activityWeight: Float = activityWeight
    ) -> [Float]? {
        var vote: [Float] = [0, 0, 0]
        for neighbour in neighbours where neighbour.similarity > 0 {
            vote[index(neighbour.label)] += neighbour.similarity
        }
        let neighbourTotal = vote.reduce(0, +)
        let activityTotal = activityLabels?.reduce(0, +) ?? 0
        switch (neighbourTotal > 0, activityTotal > 0) {
        case (false, false):
            return nil
        case (true, false):
            return vote.map { $0 / neighbourTotal }
        case (false, true):
            return activityLabels!.map { $0 / activityTotal }
        case (true, true):
            return (0..<3).map { (1 - activityWeight) * vote[$0] / neighbourTotal + activityWeight * activityLabels![$0] / activityTotal }
        }
    }

    /// The most probable label; ties go to the less exposed label.
    public static func label(_ probabilities: [Float]) -> Exposure {
        var best = 0
        for i in 1..<3 where probabilities[i] > probabilities[best] { best = i }
        return Exposure.allCases[best]
    }

    /// β of one piece of text: P(E1) + 0.5 · P(E2).
    public static func beta(_ probabilities: [Float]) -> Float {
        probabilities[1] + 0.5 * probabilities[2]
    }

    /// The position of a label in probability arrays (E0, E1, E2).
    @inline(__always)
    public static func index(_ label: Exposure) -> Int {
        switch label {
        case .e0: 0
        case .e1: 1
        case .e2: 2
        }
    }
}
