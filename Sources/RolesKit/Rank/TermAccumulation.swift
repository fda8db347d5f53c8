import RolesCore

/// Adds the postings of weighted terms straight into role scores, term by term.
///
/// For the title grams of a short text (some 35 grams, many in a large share of roles), each posting is
/// read once and added, where gathering them into a matrix would write each, multiply, and zero it again.
/// Both forms add the same products in the same order, so a text scores the same to the bit whichever way
/// its postings were read.
enum TermAccumulation {
    /// Adds `scale · weights[j] · postings[j]` to `scores`, for each term j in order.
    /// - Complexity: O(P) for the P postings of the terms.
    static func add(weights: [Float], postings: [SparseVector], scale: Float, to scores: inout [Float]) {
        precondition(weights.count == postings.count, "one postings list per weight")
        scores.withUnsafeMutableBufferPointer { y in
            for (weight, list) in zip(weights, postings) {
                let factor = scale * weight
                for (role, value) in zip(list.indices, list.values) { y[Int(role)] += factor * value }
            }
        }
    }

    /// Adds `scale · weights[j] · postings(terms[j])` to `scores`, reading each term's postings from the
    /// vocabulary.
    /// - Complexity: O(P) for the P postings of the terms.
    static func add(weights: [Float], terms: [Int32], from vocabulary: IndexVocabulary, scale: Float, to scores: inout [Float]) {
        precondition(scores.count == vocabulary.roleCount, "one score per role of the vocabulary's index")
        add(weights: weights, ranges: terms.lazy.map { vocabulary.postingStarts[Int($0)]..<vocabulary.postingStarts[Int($0) + 1] },
            items: vocabulary.postingRoles, values: vocabulary.postingWeights, scale: scale, to: &scores)
    }

    /// Adds `scale · weights[j] · postings(terms[j])` to `scores`, reading each term's postings (terms by
    /// stored id) from a table in memory.
    /// - Complexity: O(P) for the P postings of the terms.
    static func add(weights: [Float], terms: [Int32], from table: PostingsInMemory, scale: Float, to scores: inout [Float]) {
        add(weights: weights, ranges: terms.lazy.map { table.range(of: $0) }, items: table.items, values: table.values,
            scale: scale, to: &scores)
    }

    /// Adds `scale · weights[j] · values[p]` to `scores[items[p]]` for every p of the j-th range.
    private static func add(
        weights: [Float], ranges: some Collection<Range<Int>>, items: [Int32], values: [Float], scale: Float, to scores: inout [Float]
    ) {
        precondition(weights.count == ranges.count, "one term per weight")
        scores.withUnsafeMutableBufferPointer { y in
            items.withUnsafeBufferPointer { items in
                values.withUnsafeBufferPointer { values in
                    for (weight, range) in zip(weights, ranges) {
                        let factor = scale * weight
                        for p in range {
                            y[Int(items[p])] += factor * values[p]
                        }
                    }
                }
            }
        }
    }
}
