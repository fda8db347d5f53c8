import RolesCore

/// A text turned into a unit query vector over the index vocabulary.
public struct Query: Sendable {
    /// The known terms, in increasing term id.
    public var entries: [TermEntry]
    /// The weight of each entry, the vector having unit length.
    public var weights: [Float]
    /// Distinct terms in the text, known to the index or not.
    public var distinctTerms: Int

    /// Weights the known terms of a text: sublinear tf of the count times the term's idf, then
    /// scaled to unit length. Unknown terms have no idf and are left out, as in the role vectors.
    public init(counts: [String: Int], entries known: [String: TermEntry]) {
        var pairs: [(TermEntry, Double)] = []
        pairs.reserveCapacity(counts.count)
        for (term, count) in counts {
            guard let entry = known[term] else { continue }
            pairs.append((entry, TFIDFWeighting.tf(Double(count)) * Double(entry.idf)))
        }
        pairs.sort { $0.0.id < $1.0.id }
        let norm = pairs.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        entries = pairs.map(\.0)
        weights = pairs.map { norm > 0 ? Float($0.1 / norm) : 0 }
        distinctTerms = counts.count
    }

    /// The same query from the counts of vocabulary terms (`VocabularyAnalyzer`), which come in increasing
    /// id as the index's do: the same entries and weights, to the bit.
    init(counted: TermIDCounts, vocabulary: IndexVocabulary) {
        var raw: [Double] = []
        raw.reserveCapacity(counted.ids.count)
        entries = counted.ids.map { id in
            TermEntry(id: vocabulary.storedIDs[Int(id)], display: vocabulary.display(id), idf: vocabulary.idf[Int(id)],
                      postings: vocabulary.postings(id))
        }
        for (entry, count) in zip(entries, counted.counts) {
            raw.append(TFIDFWeighting.tf(Double(count)) * Double(entry.idf))
        }
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        weights = raw.map { norm > 0 ? Float($0 / norm) : 0 }
        distinctTerms = counted.distinctTerms
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The query as a sparse vector over term ids, to compare with stored title and task vectors.
    public var vector: SparseVector {
        SparseVector(indices: entries.map(\.id), values: weights)
    }

    /// The `limit` largest shares of a role's score by term, largest first (ties by readable term, then
    /// in term order), read from the gathered postings.
    /// - Complexity: O(k · limit) for k query terms.
    public func contributions(ofRole role: Int, in workspace: GatherWorkspace, limit: Int) -> [TermContribution] {
        func precedes(_ a: TermContribution, _ b: TermContribution) -> Bool {
            a.contribution > b.contribution || (a.contribution == b.contribution && a.term < b.term)
        }
        var best: [TermContribution] = []
        guard limit > 0 else { return best }
        best.reserveCapacity(limit + 1)
        for (column, (entry, weight)) in zip(entries, weights).enumerated() {
            let value = workspace.weight(role: role, column: column)
            if value == 0 { continue }
            let part = TermContribution(term: entry.display, contribution: weight * value)
            if best.count == limit {
                guard precedes(part, best[limit - 1]) else { continue }
                best.removeLast()
            }
            var at = best.count
            while at > 0 && precedes(part, best[at - 1]) { at -= 1 }
            best.insert(part, at: at)
        }
        return best
    }
}
