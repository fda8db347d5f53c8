import Foundation
import COpenBLAS
import RolesCore

/// Scores every role against queries with BLAS: the postings of the query terms are gathered into a
/// dense roles × terms matrix, and one matrix-vector (or matrix-matrix) product gives all cosines.
public enum BLASRanker {
    /// Keeps OpenBLAS to one thread per call: the products here are small, and batch mode and the server
    /// already run one worker per core. Idempotent.
    public static func configure() {
        _ = configured
    }

    private static let configured: Bool = {
        openblas_set_num_threads(1)
        // OpenBLAS starts a thread per core when it loads. With one thread per call they have nothing to
        // do, but first they wait for work spinning on sched_yield for a tenth of a second or so, taking a
        // core from the work that has just begun (a third of a short batch's time). Stop them. The call is
        // looked up rather than linked: builds of OpenBLAS without threads do not have it.
        if let shutdown = dlsym(nil, "blas_thread_shutdown_") {
            _ = unsafeBitCast(shutdown, to: (@convention(c) () -> Int32).self)()
        }
        return true
    }()

    /// Scores of every role for one query with `cblas_sgemv`.
    /// - Parameters:
    ///   - weights: the query's weight for each term.
    ///   - postings: each term's role weights, aligned with `weights`.
    /// - Complexity: O(R · k) for R roles and k query terms.
    public static func scores(weights: [Float], postings: [SparseVector], roleCount: Int) -> [Float] {
        let workspace = GatherWorkspace(roleCount: roleCount)
        workspace.load(postings)
        return scores(weights: weights, workspace: workspace)
    }

    /// Scores of every role for one query whose postings are loaded in `workspace`.
    public static func scores(weights: [Float], workspace: GatherWorkspace) -> [Float] {
        let roleCount = workspace.roleCount
        precondition(weights.count == workspace.columns, "one postings list per query weight")
        var scores = [Float](repeating: 0, count: roleCount)
        guard !weights.isEmpty, roleCount > 0 else { return scores }
        workspace.matrix.withUnsafeBufferPointer { m in
            weights.withUnsafeBufferPointer { q in
                scores.withUnsafeMutableBufferPointer { y in
                    cblas_sgemv(
                        CblasColMajor, CblasNoTrans, Int32(roleCount), Int32(weights.count), 1,
                        m.baseAddress, Int32(roleCount), q.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
        }
        return scores
    }

    /// Scores of every role for a block of queries with one `cblas_sgemm`.
    /// - Parameters:
    ///   - queries: per query, (column in `postings`, weight) pairs.
    ///   - postings: the union of the block's terms.
    /// - Returns: per query, the scores of every role.
    /// - Complexity: O(R · U · B) for R roles, U distinct terms and B queries.
    public static func scores(
        block queries: [[(column: Int, weight: Float)]], postings: [SparseVector], roleCount: Int
    ) -> [[Float]] {
        let columns = postings.count
        guard columns > 0, roleCount > 0, !queries.isEmpty else {
            return queries.map { _ in [Float](repeating: 0, count: roleCount) }
        }
        let matrix = gather(postings, roleCount: roleCount)
        var weights = [Float](repeating: 0, count: columns * queries.count)
        for (q, terms) in queries.enumerated() {
            for (column, weight) in terms { weights[q * columns + column] = weight }
        }
        var result = [Float](repeating: 0, count: roleCount * queries.count)
        matrix.withUnsafeBufferPointer { m in
            weights.withUnsafeBufferPointer { w in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_sgemm(
                        CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(roleCount), Int32(queries.count),
                        Int32(columns), 1, m.baseAddress, Int32(roleCount), w.baseAddress, Int32(columns), 0,
                        y.baseAddress, Int32(roleCount))
                }
            }
        }
        return (0..<queries.count).map { Array(result[($0 * roleCount)..<(($0 + 1) * roleCount)]) }
    }

    /// A column-major roles × terms matrix with each term's postings in its column.
    static func gather(_ postings: [SparseVector], roleCount: Int) -> [Float] {
        var matrix = [Float](repeating: 0, count: roleCount * postings.count)
        matrix.withUnsafeMutableBufferPointer { m in
            for (column, list) in postings.enumerated() {
                let base = column * roleCount
                for (role, weight) in zip(list.indices, list.values) {
                    m[base + Int(role)] = weight
                }
            }
        }
        return matrix
    }
}

/// A reusable column-major roles × terms matrix for gathering postings. Reusing it avoids allocating and
/// zeroing R × k floats per text (half a megabyte for a resume), which cost more than the product itself.
public final class GatherWorkspace {
    public let roleCount: Int
    var matrix: [Float] = []
    private var loaded: Loaded = .nothing
    public private(set) var columns = 0

    /// What the matrix holds, so that clearing costs the number of entries written rather than R × k.
    private enum Loaded {
        case nothing
        case vectors([SparseVector])
        case terms([Int32], IndexVocabulary)
    }

    public init(roleCount: Int) {
        self.roleCount = roleCount
    }

    /// Puts each term's postings in its column; the previous contents are cleared first.
    public func load(_ postings: [SparseVector]) {
        prepare(columns: postings.count)
        matrix.withUnsafeMutableBufferPointer { m in
            for (column, list) in postings.enumerated() {
                let base = column * roleCount
                for (role, weight) in zip(list.indices, list.values) { m[base + Int(role)] = weight }
            }
        }
        loaded = .vectors(postings)
    }

    /// Puts the postings of vocabulary terms `terms` in columns, in order; the previous contents are
    /// cleared first. Terms with a dense column are copied whole, the others scattered.
    /// - Complexity: O(P + D · R) for the P postings of sparse terms and D dense terms.
    public func load(terms: [Int32], from vocabulary: IndexVocabulary) {
        precondition(vocabulary.roleCount == roleCount, "the vocabulary is of another index")
        prepare(columns: terms.count)
        let roleCount = self.roleCount
        matrix.withUnsafeMutableBufferPointer { m in
            vocabulary.postingRoles.withUnsafeBufferPointer { roles in
                vocabulary.postingWeights.withUnsafeBufferPointer { weights in
                    vocabulary.denseColumns.withUnsafeBufferPointer { dense in
                        for (column, term) in terms.enumerated() {
                            let base = column * roleCount
                            let slot = Int(vocabulary.denseSlots[Int(term)])
                            if slot >= 0 {
                                (m.baseAddress! + base).update(from: dense.baseAddress! + slot * roleCount, count: roleCount)
                                continue
                            }
                            for p in vocabulary.postingStarts[Int(term)]..<vocabulary.postingStarts[Int(term) + 1] {
                                m[base + Int(roles[p])] = weights[p]
                            }
                        }
                    }
                }
            }
        }
        loaded = .terms(terms, vocabulary)
    }

    /// The weight of term column `column` in `role`.
    @inline(__always)
    public func weight(role: Int, column: Int) -> Float {
        matrix[column * roleCount + role]
    }

    /// The `limit` largest products `weights[c] · weight(role, c)` over the loaded columns, largest first,
    /// ties broken by `name(c)`: the terms that contribute most to a role's score. Names are asked for
    /// only to break ties.
    /// - Complexity: O(k · limit) for k columns.
    func largestProducts(role: Int, weights: [Float], limit: Int, name: (Int) -> String) -> [(column: Int, product: Float)] {
        var best: [(column: Int, product: Float)] = []
        guard limit > 0 else { return best }
        best.reserveCapacity(limit + 1)
        func precedes(_ a: (column: Int, product: Float), _ b: (column: Int, product: Float)) -> Bool {
            a.product != b.product ? a.product > b.product : name(a.column) < name(b.column)
        }
        let roleCount = self.roleCount
        matrix.withUnsafeBufferPointer { m in
            weights.withUnsafeBufferPointer { w in
                for column in 0..<min(columns, w.count) {
                    let value = m[column * roleCount + role]
                    if value == 0 { continue }
                    let item = (column: column, product: w[column] * value)
                    if best.count == limit {
                        // Most columns fall below the last kept product without a name being made.
                        if item.product < best[limit - 1].product || !precedes(item, best[limit - 1]) { continue }
                        best.removeLast()
                    }
                    var at = best.count
                    while at > 0 && precedes(item, best[at - 1]) { at -= 1 }
                    best.insert(item, at: at)
                }
            }
        }
        return best
    }

    /// Clears the last load and makes room for `columns` columns.
    private func prepare(columns: Int) {
        clear()
        let needed = roleCount * columns
        if matrix.count < needed { matrix = [Float](repeating: 0, count: needed) }
        self.columns = columns
    }

    /// Zeroes the entries the last load wrote, in time proportional to their number.
    func clear() {
        let roleCount = self.roleCount
        matrix.withUnsafeMutableBufferPointer { m in
            switch loaded {
            case .nothing:
                break
            case .vectors(let postings):
                for (column, list) in postings.enumerated() {
                    let base = column * roleCount
                    for role in list.indices { m[base + Int(role)] = 0 }
                }
            case .terms(let terms, let vocabulary):
                vocabulary.postingRoles.withUnsafeBufferPointer { roles in
                    for (column, term) in terms.enumerated() {
                        let base = column * roleCount
                        if vocabulary.denseSlots[Int(term)] >= 0 {
                            (m.baseAddress! + base).update(repeating: 0, count: roleCount)
                            continue
                        }
                        for p in vocabulary.postingStarts[Int(term)]..<vocabulary.postingStarts[Int(term) + 1] {
                            m[base + Int(roles[p])] = 0
                        }
                    }
                }
            }
        }
        loaded = .nothing
        columns = 0
    }
}
