/// The second score a role gets for a text that is a job title: the cosine between the title's
/// character n-grams and those of all the role's titles (`TitleGrams`), added with a weight to the
/// cosine of the word vectors.
///
/// Words alone miss titles that share word pieces but no whole word (`Sr. Acct Mgr`, `Paralegal`
/// against `Legal Assistant`); grams alone miss the tasks and skills a title implies. On the O*NET
/// reported-titles evaluation (`Tools/eval`), adding grams raised top-1 from 0.482 to 0.511
/// and MRR from 0.597 to 0.620.
public enum TitleChannel {
    /// Weight of the gram cosine added to the word cosine. Measured at 0.3, 0.5, 0.75 and 1 on the
    /// reported titles: top-1 0.510, 0.511, 0.503 and 0.498; MRR 0.622, 0.620, 0.614 and 0.609.
    public static let weight: Float = 0.5
    /// Longest text, in words, read whole as a title. Longer texts are resumes, ads or task lists,
    /// whose many words would give every title some gram in common.
    public static let maxTitleWords = 8

    /// The part of a text to read as a job title: the whole text when it has at most `maxTitleWords`
    /// words (runs of characters between spaces that hold a letter or digit), else nil.
    public static func titlePart(of text: String) -> String? {
        let words = wordCount(text, upTo: maxTitleWords + 1)
        return words > 0 && words <= maxTitleWords ? text : nil
    }

    /// The words of a text (runs of characters between spaces that hold a letter or digit), counted up
    /// to `limit`.
    /// - Complexity: O(n) in the length of the text, or less when the limit is reached.
    public static func wordCount(_ text: String, upTo limit: Int = .max) -> Int {
        var words = 0
        var inWord = false, wordHasAlphanumeric = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord && wordHasAlphanumeric { words += 1 }
                inWord = false
                wordHasAlphanumeric = false
                if words >= limit { return limit }
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { wordHasAlphanumeric = true }
            }
        }
        if inWord && wordHasAlphanumeric { words += 1 }
        return min(words, limit)
    }

    /// Adds the weighted gram scores to the word scores, role by role.
    public static func fuse(_ scores: inout [Float], titleScores: [Float]) {
        precondition(scores.count == titleScores.count, "one title score per role")
        for i in scores.indices { scores[i] += weight * titleScores[i] }
    }
}
