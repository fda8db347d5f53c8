import Foundation

/// The term weighting: sublinear term frequency times smoothed inverse document frequency, with every
/// vector scaled to unit length so that a dot product is a cosine.
public enum TFIDFWeighting {
    /// Sublinear term frequency of a (possibly field-weighted) count: `1 + ln(c)` from one occurrence up,
    /// and `c` itself below, so the curve is continuous and a fractional count never turns negative.
    @inline(__always)
    public static func tf(_ count: Double) -> Double {
        count >= 1 ? 1 + log(count) : count
    }

    /// Smoothed inverse document frequency: `ln((1 + N) / (1 + df)) + 1`. The smoothing acts as if one
    /// extra document held every term, so no term gets an infinite or zero weight.
    @inline(__always)
    public static func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        log(Double(1 + n) / Double(1 + df)) + 1
    }

    /// The unit-length vector of weighted counts, given each term's idf.
    public static func vector(counts: [Int: Double], idf: (Int) -> Double) -> SparseVector {
        var weights: [Int: Float] = [:]
        weights.reserveCapacity(counts.count)
        for (term, count) in counts where count > 0 {
            weights[term] = Float(tf(count) * idf(term))
        }
        return SparseVector(weights).normalized()
    }
}
