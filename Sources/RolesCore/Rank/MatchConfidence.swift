import Foundation

/// The probability that a ranked role is the right occupation for a text: a logistic model of the
/// role's score, its margin over the best other role, and the shape of the text.
///
/// A high score alone says little: a bare title scores high against every role with that word in
/// its titles, and a resume scores low against all roles while its best match is usually right. So
/// the model reads the score beside its margin (`score` minus the best score of any other role:
/// positive for the top match, negative below it), whether the title channel scored the text, and
/// the log of its word count.
///
/// The coefficients were fitted by `Tools/calibrate` (logistic regression on the top five matches of
/// every query, each set weighted equally) on three sets: O*NET reported titles against an index
/// without them, O*NET Emerging Tasks, and the project's development set of resumes, job ads, task
/// lists and titles. Fivefold cross-validated, the expected calibration error of the top match was
/// 0.044, 0.091 and 0.115 on the three; on reported titles against an index without any alternate
/// title (not fitted on) it was 0.133, the model being too confident there.
public enum MatchConfidence {
    static let intercept = -3.6929
    static let score = 17.106
    static let margin = 28.53
    static let title = 0.58263
    static let titleScore = -11.515
    static let titleMargin = -16.857
    static let logWords = 0.15836

    /// The probability, 0…1, that a role with `score` and `margin` is right for a text of `words`
    /// words; `title` says whether the title channel scored it (`TitleChannel.read`).
    public static func probability(score: Float, margin: Float, title: Bool, words: Int) -> Float {
        let s = Double(score), m = Double(margin), t = title ? 1.0 : 0.0
        let z = intercept + Self.score * s + Self.margin * m + Self.title * t + titleScore * t * s
            + titleMargin * t * m + logWords * log(Double(max(1, words)))
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
