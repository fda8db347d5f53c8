/// A vocabulary of its own with a vector per role over it, stored as a table of terms and their postings:
/// the title grams (`TitleGramVectorizer`), the title heads (`TitleHeads`) and the exact titles (`ExactTitles`).
public struct RoleTermVectors: Sendable {
    /// Terms sorted, so ids are stable across builds of the same sources.
    public var vocabulary: [VocabularyTerm]
    /// One vector per role, in role order; empty for a role without any of the terms.
    public var roleVectors: [SparseVector]

    public init(vocabulary: [VocabularyTerm], roleVectors: [SparseVector]) {
        self.vocabulary = vocabulary
        self.roleVectors = roleVectors
    }

    /// Each role's terms with their values, as vectors over the sorted terms of all roles; a term's
    /// `display` is the term, its document frequency the number of roles that have it.
    init(values roles: [[String: Float]]) {
        var documentFrequency: [String: Int] = [:]
        for role in roles {
            for term in role.keys { documentFrequency[term, default: 0] += 1 }
        }
        let sorted = documentFrequency.keys.sorted()
        let ids = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, Int32($0)) })
        vocabulary = sorted.map { term in
            VocabularyTerm(
                term: term, display: term, documentFrequency: documentFrequency[term]!,
                idf: Float(TFIDFWeighting.idf(documentFrequency: documentFrequency[term]!, documentCount: roles.count)))
        }
        roleVectors = roles.map { role in
            let entries = role.map { (id: ids[$0.key]!, value: $0.value) }.sorted { $0.id < $1.id }
            return SparseVector(indices: entries.map(\.id), values: entries.map(\.value))
        }
    }
}

/// Each role's titles (its title, alternate and reported titles together) as one TF-IDF unit vector over
/// character n-grams (`TitleGrams`): a second, title-only view of a role, scored beside the word
/// document for texts that are job titles. A gram's `display` is the gram itself.
public enum TitleGramVectorizer {
    /// Sublinear tf of each gram's count over all of a role's titles, times smoothed idf over roles,
    /// scaled to unit length: the weighting of the word vectors (`TFIDFWeighting`), over grams.
    /// - Complexity: O(total title length), spread over `workers` cores, plus O(G log G) to sort the G grams.
    public static func vectorize(_ roles: [Role], workers: Int = Parallel.defaultWorkers) -> RoleTermVectors {
        let workers = max(1, min(workers, roles.count))
        // Each worker numbers the grams it meets in a term table of its own (no `String` per occurrence);
        // worker w counts roles w, w + workers, … (`Parallel.map`).
        let locals = (0..<workers).map { _ in LocalGrams() }
        let counted: [(ids: [Int32], counts: [Int])] = Parallel.map(roles.count, workers: workers) { worker, i in
            locals[worker].count(roles[i].matchedTitles)
        }
        let sorted = SortedVocabulary(locals.map(\.grams))
        let localToGlobal = sorted.localToGlobal
        var documentFrequency = [Int](repeating: 0, count: sorted.terms.count)
        for (i, role) in counted.enumerated() {
            for id in role.ids { documentFrequency[localToGlobal[i % workers][Int(id)]] += 1 }
        }
        let idf = documentFrequency.map { TFIDFWeighting.idf(documentFrequency: $0, documentCount: roles.count) }
        let vectors = counted.enumerated().map { i, role in
            let map = localToGlobal[i % workers]
            var pairs = zip(role.ids, role.counts).map { local, count in
                let id = map[Int(local)]
                return (Int32(id), Float(TFIDFWeighting.tf(Double(count)) * idf[id]))
            }
            pairs.sort { $0.0 < $1.0 }
            return SparseVector(indices: pairs.map(\.0), values: pairs.map(\.1)).normalized()
        }
        let vocabulary = sorted.terms.enumerated().map { id, gram in
            VocabularyTerm(term: gram, display: gram, documentFrequency: documentFrequency[id], idf: Float(idf[id]))
        }
        return RoleTermVectors(vocabulary: vocabulary, roleVectors: vectors)
    }

    /// One worker's grams: local ids in order of first sight, and a role's counts under them.
    private final class LocalGrams {
        private let maker = TitleGrams()
        private var table = TermTable()
        private(set) var grams: [String] = []
        private var counts: [Int] = []
        private var touched: [Int32] = []

        /// Each distinct gram of the titles, by local id in order of first sight in the role, with its count.
        func count(_ titles: [String]) -> (ids: [Int32], counts: [Int]) {
            for title in titles {
                maker.gramBytes(title) { bytes in
                    let id = table.insert(bytes)
                    if Int(id) == grams.count {
                        grams.append(String(decoding: bytes, as: UTF8.self))
                        counts.append(0)
                    }
                    if counts[Int(id)] == 0 { touched.append(id) }
                    counts[Int(id)] += 1
                }
            }
            let result = (touched.exactCopy(), touched.map { counts[Int($0)] })
            for id in touched { counts[Int(id)] = 0 }
            touched.removeAll(keepingCapacity: true)
            return result
        }
    }
}
