import Foundation

/// The probability that a ranked role is the right occupation for a text, shared out among the text's
/// best roles so that the confidences of one text's matches add up to at most 1.
///
/// A high score alone says little: a bare title scores high against every role with that word in its
/// titles, and a resume scores low against all roles while its best match is usually right. What counts is
/// how a role's score stands against the others' for a text of that kind. So the text's `candidates` best
/// roles and "some other role" share one unit of probability: the role ranked i gets
///
///     exp(sharpness · s_i + power · ln s_i + [i = 1] · (lead + leadMargin · (s_1 − s_2)) · tanh(g / tieWidth))
///
/// with g = (s_1 − s_2) / s_1, the first's lead over the second relative to its score,
/// while "some other role" gets `exp(rest + restBestScore · s_1)`, each divided by the sum of all eleven.
/// Sharpness, power, lead, leadMargin and rest are each linear in five facts of the text: a constant,
/// whether the title channel scored it (`TitleChannel.read`), whether BM25 did (`BM25Channel.applies`: its
/// blend moves scores and margins), the log of its word count, and whether it is one of the index's titles
/// (`ExactTitles`). A better match never gets less than a worse one, and two near-equal answers split most
/// of the unit between them rather than each claiming most of it. Being first is worth something beyond
/// the score once the first is first by more than a hair (3% ahead, a two-word title's best match scoring
/// 1.0 gets 2.1 times the share it would get for the score alone, a 200-word resume's scoring 0.25 gets
/// 1.8 times); matches that tie get the same.
///
/// The coefficients were fitted by `Tools/calibrate` (maximum likelihood of which of the eleven was right,
/// each set weighted equally) on four sets: O*NET reported titles against an index without them, O*NET
/// Emerging Tasks, the project's development set of resumes, job ads, task lists and titles, and O*NET
/// alternate titles typed as they are. Fivefold cross-validated, the expected calibration error of the top
/// match was 0.038, 0.091, 0.040 and 0.038 on the four, and at most 0.011 for the matches ranked 2 to 5; on
/// reported titles against an index without any alternate title (not fitted on) it was 0.097, the model
/// being too confident there. See `Docs/WEIGHTING.md`.
public enum MatchConfidence {
    /// How many of the best roles share the probability with "some other role".
    public static let candidates = 10

    static let sharpness = Linear(constant: 1.8259, title: 0.85807, long: 1.1558, logWords: 0.25842, exact: 0.70266)
    static let power = Linear(constant: 0.3734, title: 1.3914, long: 0.77343, logWords: 0.88077, exact: 2.3837)
    static let lead = Linear(constant: 0.80185, title: 0.10116, long: 1.2087, logWords: -0.26593, exact: 0.73667)
    static let leadMargin = Linear(constant: 2.0412, title: 1.0994, long: 0.14123, logWords: 0.6836, exact: 0.047192)
    static let rest = Linear(constant: -1.3282, title: 0.82495, long: -2.7059, logWords: -1.7191, exact: -1.3097)
    static let restBestScore = 1.7794
    static let tieWidth = 0.018657

    /// A coefficient linear in the facts of a text.
    struct Linear {
        let constant, title, long, logWords, exact: Double

        func at(_ facts: Facts) -> Double {
            constant + title * facts.title + long * facts.long + logWords * facts.logWords + exact * facts.exact
        }
    }

    /// The facts of a text the coefficients depend on, each 0 or 1 but the log of its word count.
    struct Facts {
        let title, long, logWords, exact: Double

        init(title: Bool, exact: Bool, words: Int) {
            self.title = title ? 1 : 0
            self.long = !title && BM25Channel.applies(words: words) ? 1 : 0
            self.logWords = log(Double(max(1, words)))
            self.exact = title && exact ? 1 : 0
        }
    }

    /// The smallest score taken into `ln s`: a role that shares no word with the text scores 0.
    static let smallestScore = 1e-6

    /// The confidence of each of the first `count` of `scores`, the best-first scores of a text's roles
    /// (`candidates` of them or more when the index has that many), for a text of `words` words; `title`
    /// says whether the title channel scored it (`TitleChannel.read`), `exact` whether it is one of the
    /// index's titles (`ExactTitles`). A text that is not a title and has `BM25Channel.minimumWords` words or
    /// more was scored by BM25 too.
    ///
    /// Roles ranked below `candidates` get their share of "some other role" by the same formula, cut where
    /// their sum would pass it, so that the confidences never add up to more than 1.
    /// - Complexity: O(max(count, candidates)).
    public static func confidences(
        ranked scores: [Float], count: Int, title: Bool, exact: Bool = false, words: Int
    ) -> [Float] {
        let count = min(count, scores.count)
        guard count > 0 else { return [] }
        let facts = Facts(title: title, exact: exact, words: words)
        let sharpness = Self.sharpness.at(facts), power = Self.power.at(facts)
        let margin = Double(scores[0] - (scores.count > 1 ? scores[1] : 0))
        // Never below zero, so the first match gets at least as much as the second however long the text;
        // nothing when the two tie.
        let gap = scores[0] > 0 ? margin / Double(scores[0]) : 0
        let lead = max(0, Self.lead.at(facts) + leadMargin.at(facts) * margin) * tanh(gap / tieWidth)
        let rest = Self.rest.at(facts) + restBestScore * Double(scores[0])
        func exponent(_ rank: Int) -> Double {
            let s = Double(scores[rank])
            return sharpness * s + power * log(max(s, smallestScore)) + (rank == 0 ? lead : 0)
        }
        let shared = min(candidates, scores.count)
        let exponents = (0..<shared).map(exponent)
        // Shares relative to the largest exponent, so that no exp overflows.
        let largest = max(exponents.max()!, rest)
        let total = exponents.reduce(exp(rest - largest)) { $0 + exp($1 - largest) }
        var confidences = exponents.prefix(count).map { Float(exp($0 - largest) / total) }
        if count > shared {
            var left = exp(rest - largest) / total
            for rank in shared..<count {
                let share = min(left, exp(exponent(rank) - largest) / total)
                confidences.append(Float(share))
                left -= share
            }
        }
        return confidences
    }
}
