import COpenBLAS
import RolesCore

extension BLASRanker {
    /// Columns with at least this many nonzeros go through `cblas_sgemm`; sparser ones are added pair by
    /// pair, which costs less than the zeros a dense product would multiply.
    static let denseColumnThreshold = 48
    /// Dense columns gathered per product, bounding the gathered matrix to R × 512 floats.
    static let gramBlock = 512

    /// All pairwise dot products of R rows given column by column: `G = A · Aᵀ` for the R × n matrix A
    /// whose column j holds `columns[j]` (row indices and values). Frequent columns go through
    /// `cblas_sgemm` in blocks; rare ones are accumulated directly.
    /// - Returns: the R × R matrix, row-major (symmetric).
    /// - Complexity: O(R² · d) for d dense columns plus the sum of squared lengths of the sparse ones.
    public static func gram(columns: [SparseVector], rowCount: Int) -> [Float] {
        var result = [Float](repeating: 0, count: rowCount * rowCount)
        guard rowCount > 0 else { return result }
        let dense = columns.filter { $0.indices.count >= denseColumnThreshold }
        result.withUnsafeMutableBufferPointer { g in
            for column in columns where column.indices.count < denseColumnThreshold {
                for (a, wa) in zip(column.indices, column.values) {
                    let base = Int(a) * rowCount
                    for (b, wb) in zip(column.indices, column.values) { g[base + Int(b)] += wa * wb }
                }
            }
            var start = 0
            while start < dense.count {
                let block = Array(dense[start..<min(start + gramBlock, dense.count)])
                let matrix = gather(block, roleCount: rowCount)
                matrix.withUnsafeBufferPointer { m in
                    cblas_sgemm(
                        CblasColMajor, CblasNoTrans, CblasTrans, Int32(rowCount), Int32(rowCount), Int32(block.count),
                        1, m.baseAddress, Int32(rowCount), m.baseAddress, Int32(rowCount), 1, g.baseAddress,
                        Int32(rowCount))
                }
                start += gramBlock
            }
        }
        return result
    }

    /// Cosines between the rows of a symmetric R × R similarity matrix, each row taken without its
    /// diagonal entry (a role's similarity to itself says nothing about its neighbours): one
    /// `cblas_sgemm` of the row-normalized matrix with its transpose.
    /// - Complexity: O(R³).
    public static func rowCosines(_ similarities: [Float], rowCount n: Int) -> [Float] {
        precondition(similarities.count == n * n, "an R × R matrix")
        var rows = similarities
        for i in 0..<n {
            rows[i * n + i] = 0
            var norm: Float = 0
            for j in 0..<n { norm += rows[i * n + j] * rows[i * n + j] }
            norm = norm.squareRoot()
            if norm > 0 { for j in 0..<n { rows[i * n + j] /= norm } }
        }
        var result = [Float](repeating: 0, count: n * n)
        guard n > 0 else { return result }
        rows.withUnsafeBufferPointer { a in
            result.withUnsafeMutableBufferPointer { c in
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(n), 1,
                            a.baseAddress, Int32(n), a.baseAddress, Int32(n), 0, c.baseAddress, Int32(n))
            }
        }
        return result
    }
}
