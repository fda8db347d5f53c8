import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct BLASRankerTests {
    /// A random sparse matrix stored both ways: per role (reference) and per term (postings).
    struct RandomCase {
        var roleVectors: [SparseVector]
        var postings: [SparseVector]

        init(roles: Int, terms: Int, density: Double, seed: UInt64) {
            var generator = SeededGenerator(seed: seed)
            var byRole = [[Int: Float]](repeating: [:], count: roles)
            for r in 0..<roles {
                for t in 0..<terms where Double.random(in: 0..<1, using: &generator) < density {
                    byRole[r][t] = Float.random(in: 0.01...1, using: &generator)
                }
            }
            roleVectors = byRole.map { SparseVector($0).normalized() }
            var byTerm = [[Int: Float]](repeating: [:], count: terms)
            for (r, vector) in roleVectors.enumerated() {
                for (t, w) in zip(vector.indices, vector.values) { byTerm[Int(t)][r] = w }
            }
            postings = byTerm.map { SparseVector($0) }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func sgemvAgreesWithTheReferenceScorer(seed: UInt64) {
        let data = RandomCase(roles: 300, terms: 400, density: 0.05, seed: seed)
        var generator = SeededGenerator(seed: seed + 100)
        let queryTerms = (0..<400).filter { _ in Double.random(in: 0..<1, using: &generator) < 0.1 }
        let query = SparseVector(Dictionary(uniqueKeysWithValues: queryTerms.map { ($0, Float.random(in: 0.1...1, using: &generator)) })).normalized()
        let blas = BLASRanker.scores(weights: query.values, postings: query.indices.map { data.postings[Int($0)] }, roleCount: 300)
        let reference = ReferenceScorer(roleVectors: data.roleVectors).scores(query)
        #expect(zip(blas, reference).allSatisfy { abs($0 - $1) <= 1e-5 })
        #expect(reference.contains { $0 > 0 })
    }

    @Test func sgemmBlockAgreesWithTheReferenceScorer() {
        let data = RandomCase(roles: 200, terms: 300, density: 0.08, seed: 7)
        var generator = SeededGenerator(seed: 8)
        let queries = (0..<17).map { _ in
            SparseVector(Dictionary(uniqueKeysWithValues: (0..<300).filter { _ in Double.random(in: 0..<1, using: &generator) < 0.05 }
                .map { ($0, Float.random(in: 0.1...1, using: &generator)) })).normalized()
        }
        let union = Array(Set(queries.flatMap(\.indices))).sorted()
        let column = Dictionary(uniqueKeysWithValues: union.enumerated().map { ($0.element, $0.offset) })
        let block = BLASRanker.scores(
            block: queries.map { q in zip(q.indices, q.values).map { (column[$0]!, $1) } },
            postings: union.map { data.postings[Int($0)] }, roleCount: 200)
        let reference = ReferenceScorer(roleVectors: data.roleVectors)
        for (q, scores) in zip(queries, block) {
            #expect(zip(scores, reference.scores(q)).allSatisfy { abs($0 - $1) <= 1e-5 })
        }
    }

    @Test func agreesWithTheReferenceOnARealIndex() throws {
        let index = try Fixtures.index()
        let roles = try CorpusReader(directory: Fixtures.corpus).load().roles + ONETImporter(directory: Fixtures.onet).load().roles
        let vectors = RoleVectorizer().vectorize(roles)
        let analyzer = Analyzer()
        for text in ["registered nurse in the intensive care unit", "payroll and accounts payable with QuickBooks",
                     "JavaScript, React and Node.js developer", "grill cook"] {
            let counts = analyzer.termCounts(text)
            let query = Query(counts: counts, entries: try index.lookup(counts.keys))
            let blas = BLASRanker.scores(weights: query.weights, postings: query.entries.map(\.postings), roleCount: roles.count)
            let reference = ReferenceScorer(roleVectors: vectors.roleVectors).scores(query.vector)
            #expect(zip(blas, reference).allSatisfy { abs($0 - $1) <= 1e-5 }, "\(text)")
        }
    }

    @Test func emptyQueryScoresZero() {
        #expect(BLASRanker.scores(weights: [], postings: [], roleCount: 3) == [0, 0, 0])
    }
}

/// A small deterministic generator (SplitMix64) so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct LargestProductsTests {
    /// Against a sort of every nonzero product, largest first, ties by name: on random columns whose
    /// weights take few values, so that ties are common.
    @Test func areTheFirstOfTheSortByProductThenName() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let roleCount = Int.random(in: 1...6, using: &generator), columns = Int.random(in: 0...30, using: &generator)
            let postings = (0..<columns).map { _ in
                let roles = (0..<roleCount).filter { _ in Bool.random(using: &generator) }
                return SparseVector(indices: roles.map(Int32.init), values: roles.map { _ in Float(Int.random(in: 1...3, using: &generator)) / 4 })
            }
            let weights = (0..<columns).map { _ in Float(Int.random(in: 1...2, using: &generator)) / 2 }
            let names = (0..<columns).map { _ in String(Int.random(in: 0..<8, using: &generator)) }
            let workspace = GatherWorkspace(roleCount: roleCount)
            workspace.load(postings)
            let limit = Int.random(in: 0...6, using: &generator)
            for role in 0..<roleCount {
                var products: [(column: Int, product: Float)] = []
                for column in 0..<columns {
                    let value = workspace.weight(role: role, column: column)
                    if value != 0 { products.append((column, weights[column] * value)) }
                }
                // A stable sort: equal products and names keep column order.
                let expected = products.enumerated().sorted { a, b in
                    if a.element.product != b.element.product { return a.element.product > b.element.product }
                    if names[a.element.column] != names[b.element.column] { return names[a.element.column] < names[b.element.column] }
                    return a.offset < b.offset
                }.prefix(limit).map(\.element.column)
                let found = workspace.largestProducts(role: role, weights: weights, limit: limit) { names[$0] }
                #expect(found.map(\.column) == expected)
            }
        }
    }
}
