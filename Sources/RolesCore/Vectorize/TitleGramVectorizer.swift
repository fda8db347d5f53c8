/// Each role's titles (its title, alternate and reported titles together) as one TF-IDF vector over
/// character n-grams (`TitleGrams`): a second, title-only view of a role, scored beside the word
/// document for texts that are, or start with, a job title.
public struct TitleGramVectors: Sendable {
    /// Grams sorted, so ids are stable across builds of the same sources; `display` is the gram itself.
    public var vocabulary: [VocabularyTerm]
    /// One unit vector per role, in role order; empty for a role without titles.
    public var roleVectors: [SparseVector]
}

public enum TitleGramVectorizer {
    /// Sublinear tf of each gram's count over all of a role's titles, times smoothed idf over roles,
    /// scaled to unit length: the weighting of the word vectors (`TFIDFWeighting`), over grams.
    /// - Complexity: O(total title length), spread over `workers` cores, plus O(G log G) to sort the G grams.
    public static func vectorize(_ roles: [Role], workers: Int = Parallel.defaultWorkers) -> TitleGramVectors {
        let counted: [[String: Int]] = Parallel.map(roles.count, workers: max(1, min(workers, roles.count))) { _, i in
            let grams = TitleGrams()
            var counts: [String: Int] = [:]
            for title in roles[i].matchedTitles {
                grams.grams(title) { counts[$0, default: 0] += 1 }
            }
            return counts
        }
        var documentFrequency: [String: Int] = [:]
        for counts in counted {
            for gram in counts.keys { documentFrequency[gram, default: 0] += 1 }
        }
        let sorted = documentFrequency.keys.sorted()
        let ids = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element, Int32($0.offset)) })
        let idf = sorted.map { TFIDFWeighting.idf(documentFrequency: documentFrequency[$0]!, documentCount: roles.count) }
        let vectors = counted.map { counts in
            var pairs = counts.map { gram, count in
                let id = ids[gram]!
                return (id, Float(TFIDFWeighting.tf(Double(count)) * idf[Int(id)]))
            }
            pairs.sort { $0.0 < $1.0 }
            return SparseVector(indices: pairs.map(\.0), values: pairs.map(\.1)).normalized()
        }
        let vocabulary = sorted.enumerated().map { id, gram in
            VocabularyTerm(term: gram, display: gram, documentFrequency: documentFrequency[gram]!, idf: Float(idf[id]))
        }
        return TitleGramVectors(vocabulary: vocabulary, roleVectors: vectors)
    }
}
