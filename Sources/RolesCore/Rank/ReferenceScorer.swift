/// The ranking maths in plain Swift, without BLAS: each role's score is the dot product of its unit
/// vector with the query's unit vector (a cosine). The BLAS ranker must agree with it.
public struct ReferenceScorer: Sendable {
    public let roleVectors: [SparseVector]

    public init(roleVectors: [SparseVector]) {
        self.roleVectors = roleVectors
    }

    /// - Complexity: O(R · (q + d)) for R roles, q query terms and d terms per role.
    public func scores(_ query: SparseVector) -> [Float] {
        roleVectors.map { $0.dot(query) }
    }

    /// Rebuilds role vectors from term postings (term id → role weights), the layout the index stores.
    public static func roleVectors(fromPostings postings: [(term: Int32, postings: SparseVector)], roleCount: Int) -> [SparseVector] {
        var indices = [[Int32]](repeating: [], count: roleCount)
        var values = [[Float]](repeating: [], count: roleCount)
        for (term, list) in postings.sorted(by: { $0.term < $1.term }) {
            for (role, weight) in zip(list.indices, list.values) {
                indices[Int(role)].append(term)
                values[Int(role)].append(weight)
            }
        }
        return (0..<roleCount).map { SparseVector(indices: indices[$0], values: values[$0]) }
    }
}
