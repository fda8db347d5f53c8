/// Inverts row vectors into postings: for each column (term or item), the rows that have it and their weights.
public enum Postings {
    /// - Complexity: O(nnz + columns).
    public static func invert(_ rows: [SparseVector], columns: Int) -> [SparseVector] {
        var indices = [[Int32]](repeating: [], count: columns)
        var values = [[Float]](repeating: [], count: columns)
        for (row, vector) in rows.enumerated() {
            for (column, value) in zip(vector.indices, vector.values) {
                indices[Int(column)].append(Int32(row))
                values[Int(column)].append(value)
            }
        }
        return (0..<columns).map { SparseVector(indices: indices[$0], values: values[$0]) }
    }
}
