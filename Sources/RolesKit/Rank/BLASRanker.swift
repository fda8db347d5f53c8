import COpenBLAS
import RolesCore

/// Scores every role against queries with BLAS: the postings of the query terms are gathered into a
/// dense roles × terms matrix, and one matrix-vector (or matrix-matrix) product gives all cosines.
public enum BLASRanker {
    /// Keeps OpenBLAS to one thread per call: the products here are small, and batch mode already
    /// runs one worker per core.
    public static func configure() {
        openblas_set_num_threads(1)
    }

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
    private var loaded: [SparseVector] = []

    public init(roleCount: Int) {
        self.roleCount = roleCount
    }

    public var columns: Int { loaded.count }

    /// Puts each term's postings in its column; the previous contents are cleared first.
    public func load(_ postings: [SparseVector]) {
        clear()
        let needed = roleCount * postings.count
        if matrix.count < needed { matrix = [Float](repeating: 0, count: needed) }
        matrix.withUnsafeMutableBufferPointer { m in
            for (column, list) in postings.enumerated() {
                let base = column * roleCount
                for (role, weight) in zip(list.indices, list.values) { m[base + Int(role)] = weight }
            }
        }
        loaded = postings
    }

    /// The weight of term column `column` in `role`.
    @inline(__always)
    public func weight(role: Int, column: Int) -> Float {
        matrix[column * roleCount + role]
    }

    /// Zeroes the entries the last load wrote, in time proportional to their number.
    func clear() {
        matrix.withUnsafeMutableBufferPointer { m in
            for (column, list) in loaded.enumerated() {
                let base = column * roleCount
                for role in list.indices { m[base + Int(role)] = 0 }
            }
        }
        loaded = []
    }
}
