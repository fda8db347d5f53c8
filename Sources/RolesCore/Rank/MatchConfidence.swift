import Foundation

/// The probability that a ranked role is the right occupation for a text: a logistic model of the
/// role's score, its margin over the best other role, and the shape of the text.
///
/// A high score alone says little: a bare title scores high against every role with that word in
/// its titles, and a resume scores low against all roles while its best match is usually right. So
/// the model reads the score beside its margin (`score` minus the best score of any other role:
/// positive for the top match, negative below it), whether the title channel scored the text, whether
/// BM25 did (`BM25Channel`: its blend moves scores and margins), and the log of its word count.
///
/// The coefficients were fitted by `Tools/calibrate` (logistic regression on the top five matches of
/// every query, each set weighted equally, and the top match weighing as much as the four below it) on
/// three sets: O*NET reported titles against an index without them, O*NET Emerging Tasks, and the
/// project's development set of resumes, job ads, task lists and titles. Fivefold cross-validated, the
/// expected calibration error of the top match was 0.040, 0.069 and 0.095 on the three (the development
/// set's answers being right a little more often than their confidence says), and at most 0.028 for the
/// matches ranked 2 to 5; on reported titles against an index without any alternate title (not fitted
/// on) it was 0.129, the model being too confident there.
public enum MatchConfidence {
    static let intercept = -2.869
    static let score = 6.1879
    static let margin = 25.729
    static let title = 0.028442
    static let titleScore = -1.6795
    static let titleMargin = -13.563
    static let logWords = 0.2346
    static let long = 0.66912
    static let longScore = -0.18612
    static let longMargin = 30.505

    /// The probability, 0…1, that a role with `score` and `margin` is right for a text of `words`
    /// words; `title` says whether the title channel scored it (`TitleChannel.read`). A text that is not
    /// a title and has `BM25Channel.minimumWords` words or more was scored by BM25 too.
    public static func probability(score: Float, margin: Float, title: Bool, words: Int) -> Float {
        let s = Double(score), m = Double(margin), t = title ? 1.0 : 0.0
        let l = !title && BM25Channel.applies(words: words) ? 1.0 : 0.0
        let z = intercept + Self.score * s + Self.margin * m + Self.title * t + titleScore * t * s
            + titleMargin * t * m + logWords * log(Double(max(1, words)))
            + long * l + longScore * l * s + longMargin * l * m
        return Float(1 / (1 + exp(-z)))
    }

    /// The confidence of each of the best-first `scores`, where `runnerUp` is the best score of a
    /// role not first (the second score overall; 0 when there is none).
    public static func confidences(best scores: [Float], runnerUp: Float, title: Bool, words: Int) -> [Float] {
        guard let first = scores.first else { return [] }
        return scores.enumerated().map { i, score in
            probability(score: score, margin: score - (i == 0 ? runnerUp : first), title: title, words: words)
        }
    }
}
