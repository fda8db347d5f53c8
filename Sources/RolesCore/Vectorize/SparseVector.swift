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

    /// The dot product. Products are summed in increasing index order whichever way is taken, so the
    /// result does not depend on it.
    /// - Complexity: O(m + n), a merge of the two index lists; O(m log n) when one vector is much
    ///   shorter (a task or title against a resume's query), by binary search in the longer one.
    public func dot(_ other: SparseVector) -> Float {
        let (short, long) = indices.count <= other.indices.count ? (self, other) : (other, self)
        if short.indices.count * Self.searchRatio < long.indices.count {
            return short.dotBySearch(in: long)
        }
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

    /// How many times longer a vector must be than the other for binary search to beat the merge.
    static let searchRatio = 8

    /// Looks each of this vector's indices up in `long`, which is much longer.
    func dotBySearch(in long: SparseVector) -> Float {
        var sum: Float = 0
        var low = 0
        for (index, value) in zip(indices, values) {
            var high = long.indices.count
            while low < high {
                let middle = (low + high) / 2
                if long.indices[middle] < index { low = middle + 1 } else { high = middle }
            }
            guard low < long.indices.count else { break }
            if long.indices[low] == index { sum += long.values[low] * value }
        }
        return sum
    }
}

/// A sparse vector spread out by index, so that its dot product with another vector costs only the
/// other's length: the explanation of a match compares one query with every title and task of a role.
/// Reused from query to query; clearing costs the entries written, not the vocabulary.
///
/// A bitmap of the indices held (one bit per index: 18 KB for a vocabulary of 150,000 terms) is read
/// before the weights, so that the many terms of a title or task the query does not have cost a read of
/// memory that stays in cache, not of the whole vocabulary's weights.
public struct ScatteredVector {
    private var weights: [Float] = []
    private var held: [UInt64] = []
    private var written: [Int32] = []

    public init() {}

    /// Holds `vector` (and nothing else) from now on.
    public mutating func load(_ vector: SparseVector) {
        for index in written {
            weights[Int(index)] = 0
            held[Int(index) >> 6] = 0
        }
        written = vector.indices.filter { $0 >= 0 }
        if let last = written.last, Int(last) >= weights.count {
            weights += repeatElement(0, count: Int(last) + 1 - weights.count)
            held += repeatElement(0, count: (Int(last) >> 6) + 1 - held.count)
        }
        for (index, value) in zip(vector.indices, vector.values) where index >= 0 {
            weights[Int(index)] = value
            if value != 0 { held[Int(index) >> 6] |= 1 << UInt64(index & 63) }
        }
    }

    /// The dot product with `other`, summed in increasing index order as `SparseVector.dot` sums it, so
    /// the two give the same number.
    /// - Complexity: O(n) for n entries in `other`.
    public func dot(_ other: SparseVector) -> Float {
        held.withUnsafeBufferPointer { held in
            weights.withUnsafeBufferPointer { dense in
                var sum: Float = 0
                for (index, value) in zip(other.indices, other.values) where index >= 0 && Int(index) < dense.count {
                    guard held[Int(index) >> 6] & (1 << UInt64(index & 63)) != 0 else { continue }
                    sum += dense[Int(index)] * value
                }
                return sum
            }
        }
    }
}
