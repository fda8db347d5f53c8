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
        precondition(weights.count == terms.count, "one term per weight")
        precondition(scores.count == vocabulary.roleCount, "one score per role of the vocabulary's index")
        scores.withUnsafeMutableBufferPointer { y in
            vocabulary.postingRoles.withUnsafeBufferPointer { roles in
                vocabulary.postingWeights.withUnsafeBufferPointer { values in
                    for (weight, term) in zip(weights, terms) {
                        let factor = scale * weight
                        for p in vocabulary.postingStarts[Int(term)]..<vocabulary.postingStarts[Int(term) + 1] {
                            y[Int(roles[p])] += factor * values[p]
                        }
                    }
                }
            }
        }
    }

    /// Adds `scale · weights[j] · postings(terms[j])` to `scores`, reading each term's postings (terms by
    /// stored id) from a table in memory.
    /// - Complexity: O(P) for the P postings of the terms.
    static func add(weights: [Float], terms: [Int32], from table: TermPostingTable, scale: Float, to scores: inout [Float]) {
        precondition(weights.count == terms.count, "one term per weight")
        scores.withUnsafeMutableBufferPointer { y in
            table.items.withUnsafeBufferPointer { items in
                table.values.withUnsafeBufferPointer { values in
                    for (weight, term) in zip(weights, terms) {
                        let factor = scale * weight
                        for p in table.range(of: term) {
                            y[Int(items[p])] += factor * values[p]
                        }
                    }
                }
            }
        }
    }
}
