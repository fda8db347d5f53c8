/// A sparse vector over the term vocabulary: term ids in increasing order with their weights.
public struct SparseVector: Equatable, Sendable {
    public var indices: [Int32]
    public var values: [Float]

    public init(indices: [Int32] = [], values: [Float] = []) {
        precondition(indices.count == values.count, "a sparse vector needs one value per index")
        self.indices = indices
        self.values = values
    }

    /// Builds a vector from unordered (term id, weight) pairs, dropping zeros.
    public init(_ weights: [Int: Float]) {
        let sorted = weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        self.init(indices: sorted.map { Int32($0.key) }, values: sorted.map(\.value))
    }

    public var isEmpty: Bool { indices.isEmpty }

    public var norm: Float { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// This vector divided by its Euclidean norm (unchanged when all zero).
    public func normalized() -> SparseVector {
        let n = norm
        guard n > 0 else { return self }
        return SparseVector(indices: indices, values: values.map { $0 / n })
    }

    /// - Complexity: O(m + n), a merge of the two index lists.
    public func dot(_ other: SparseVector) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        while i < indices.count && j < other.indices.count {
            if indices[i] == other.indices[j] {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if indices[i] < other.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
