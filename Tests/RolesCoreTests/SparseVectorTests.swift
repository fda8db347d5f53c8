import Testing
@testable import RolesCore

extension SparseVectorTests {
    /// The dot product summed in increasing index order, the way both paths sum it.
    static func reference(_ a: SparseVector, _ b: SparseVector) -> Float {
        let other = Dictionary(uniqueKeysWithValues: zip(b.indices, b.values))
        var sum: Float = 0
        for (index, value) in zip(a.indices, a.values) {
            if let weight = other[index] { sum += value * weight }
        }
        return sum
    }

    static func random(count: Int, below limit: Int32, using generator: inout some RandomNumberGenerator) -> SparseVector {
        var indices = Set<Int32>()
        while indices.count < count { indices.insert(Int32.random(in: 0..<limit, using: &generator)) }
        let sorted = indices.sorted()
        return SparseVector(indices: sorted, values: sorted.map { _ in Float.random(in: 0.01...1, using: &generator) })
    }

    @Test func dotIsTheSameByMergeAndBySearch() {
        var generator = SystemRandomNumberGenerator()
        for (short, long) in [(1, 500), (5, 500), (12, 90), (40, 400), (60, 60), (0, 30), (3, 3000)] {
            for _ in 0..<50 {
                let a = Self.random(count: short, below: 4000, using: &generator)
                let b = Self.random(count: long, below: 4000, using: &generator)
                #expect(a.dot(b) == Self.reference(a, b))
                #expect(b.dot(a) == Self.reference(a, b))
            }
        }
    }

    @Test func scatteredDotIsTheSameAsTheSparseDot() {
        var generator = SystemRandomNumberGenerator()
        var scattered = ScatteredVector()
        for (size, other) in [(200, 5), (10, 300), (500, 60), (0, 10), (30, 0)] {
            for _ in 0..<30 {
                // Reloaded again and again, so that every earlier query must be cleared.
                let query = Self.random(count: size, below: 5000, using: &generator)
                scattered.load(query)
                for _ in 0..<5 {
                    let vector = Self.random(count: other, below: 6000, using: &generator)
                    #expect(scattered.dot(vector) == query.dot(vector))
                }
            }
        }
        scattered.load(SparseVector(indices: [3], values: [2]))
        #expect(scattered.dot(SparseVector(indices: [-1, 3, 1_000_000], values: [5, 4, 5])) == 8)
    }

    @Test func dotBySearchFindsTheLastAndFirstIndices() {
        let long = SparseVector(indices: Array(0..<100), values: Array(repeating: 1, count: 100))
        #expect(SparseVector(indices: [0, 99], values: [2, 3]).dot(long) == 5)
        #expect(SparseVector(indices: [99, 150], values: [3, 7]).dot(long) == 3)
        #expect(SparseVector(indices: [-5, 200], values: [1, 1]).dot(long) == 0)
    }
}
