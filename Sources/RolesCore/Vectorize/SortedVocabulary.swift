/// The term lists of several workers as one vocabulary numbered in sorted order, so that ids are stable
/// across builds of the same sources whatever worker met a term first.
struct SortedVocabulary {
    /// The distinct terms, sorted.
    let terms: [String]
    /// Per worker, the sorted id of each of its local ids.
    let localToGlobal: [[Int]]

    /// - Parameter lists: per worker, its distinct terms by local id.
    /// - Complexity: O(T log T) for T terms in all; the terms are merged in a term table, without hashing a
    ///   `String`.
    init(_ lists: [[String]]) {
        var merged = TermTable(minimumCapacity: lists.map(\.count).max() ?? 0)
        var mergedTerms: [String] = []
        let localToMerged: [[Int32]] = lists.map { list in
            list.map { term in
                let id = merged.insert(term)
                if Int(id) == mergedTerms.count { mergedTerms.append(term) }
                return id
            }
        }
        let order = mergedTerms.indices.sorted { mergedTerms[$0] < mergedTerms[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        terms = order.map { mergedTerms[$0] }
        localToGlobal = localToMerged.map { $0.map { rank[Int($0)] } }
    }
}
