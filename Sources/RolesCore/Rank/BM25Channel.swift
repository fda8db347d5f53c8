import Foundation

/// The second score a role gets for a long text (a resume, a job ad, a list of tasks): Okapi BM25 over
/// the plain words of the role's whole document, blended into the cosine of the weighted word vectors.
///
/// The cosine weighs each field of a role (`FieldWeights`) and takes the logarithm of counts; BM25 counts
/// every word of the document alike, saturates repeats (`k1`) and discounts long documents (`b`), and sums
/// one term per word of the text, so a text's many lines each add their own evidence. The two disagree
/// most on lists of tasks, where BM25 alone did better than the cosine (O*NET, development-set task lists
/// top-1 0.650 against 0.550). Blended, each corrects the other: see `weight`.
public enum BM25Channel {
    /// Term-frequency saturation: Lucene's default.
    public static let k1: Double = 1.2
    /// Document-length normalization: Lucene's default.
    public static let b: Double = 0.75
    /// Shortest text, in words, that gets the channel. Titles (up to `TitleChannel.maxTitleWords` words)
    /// and single task statements are left to the cosine: measured with BM25 blended into every text,
    /// development-set titles lost top-1 0.825 to 0.725 and O*NET emerging tasks 0.251 to 0.206.
    public static let minimumWords = 20
    /// Weight of the BM25 score, scaled so the best role's equals the best cosine, beside the cosine.
    /// Measured at 0.5, 0.75, 1, 1.25, 1.5 and 2 (see `Docs/WEIGHTING.md`).
    public static let weight: Float = 1.25

    /// Whether a text of `words` words is also scored by BM25.
    public static func applies(words: Int) -> Bool {
        words >= minimumWords
    }

    /// Lucene's inverse document frequency, `ln(1 + (N − df + 0.5) / (df + 0.5))`: never negative, unlike
    /// the original Robertson–Spärck Jones form for terms in over half the documents.
    public static func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
    }

    /// A term's weight in a document: its idf times the saturated count
    /// `tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / averageLength))`.
    public static func weight(count tf: Double, length: Double, averageLength: Double, idf: Double) -> Double {
        let norm = averageLength > 0 ? 1 - b + b * length / averageLength : 1
        return idf * tf * (k1 + 1) / (tf + k1 * norm)
    }

    /// Blends BM25 scores into cosines, role by role: `(cosine + weight · bestCosine · bm25 / bestBM25) /
    /// (1 + weight)`. Scaling BM25 to the best cosine keeps each text's scores on the cosine's scale, and
    /// dividing by `1 + weight` leaves a role that is best on both with its cosine.
    /// - Complexity: O(R) for R roles.
    public static func blend(_ bm25: [Float], into scores: inout [Float]) {
        precondition(bm25.count == scores.count, "one BM25 score per role")
        let bestBM25 = bm25.max() ?? 0
        let bestCosine = scores.max() ?? 0
        guard bestBM25 > 0, bestCosine > 0 else { return }
        let scale = weight * bestCosine / bestBM25
        let divisor = 1 + weight
        for i in scores.indices {
            scores[i] = (scores[i] + scale * bm25[i]) / divisor
        }
    }
}
