import RolesCore

/// The whole vocabulary of an index in memory, with every term's idf, readable form and postings in flat
/// arrays. Batch mode reads it once (a few megabytes for the full O*NET index) instead of looking terms
/// up block by block; term `i` here is the `i`-th term in increasing stored id.
public final class IndexVocabulary: Sendable {
    /// The analyzed terms; an id of this table indexes every array below.
    public let terms: TermTable
    /// The id each term has in the index (increasing).
    public let storedIDs: [Int32]
    public let idf: [Float]
    private let displayBytes: [UInt8]
    private let displayStarts: [Int]
    /// Postings of term `i`: `postingRoles[postingStarts[i]..<postingStarts[i + 1]]` and the same range of weights.
    let postingStarts: [Int]
    let postingRoles: [Int32]
    let postingWeights: [Float]
    /// Roles per dense column.
    let roleCount: Int
    /// Per term, its slot in `denseColumns`, or -1 when its postings are sparse.
    let denseSlots: [Int32]
    /// Full role columns of the terms with many postings, `roleCount` floats each: copying one is cheaper
    /// than scattering its postings, and clearing it is one fill.
    let denseColumns: [Float]

    /// Terms found in at least this share of roles get a dense column.
    static let denseShare = 16

    /// - Parameter denseColumns: whether terms in many roles get a dense column, for gathering into a
    ///   matrix. Postings only added into scores (`TermAccumulation`) cost the same either way, so title
    ///   grams go without and save the memory.
    init(
        terms: TermTable, storedIDs: [Int32], idf: [Float], displayBytes: [UInt8], displayStarts: [Int],
        postingStarts: [Int], postingRoles: [Int32], postingWeights: [Float], roleCount: Int, denseColumns makeDense: Bool = true
    ) {
        precondition(storedIDs.count == terms.count && idf.count == terms.count, "one entry per term")
        precondition(displayStarts.count == terms.count + 1 && postingStarts.count == terms.count + 1, "one range per term")
        self.terms = terms
        self.storedIDs = storedIDs
        self.idf = idf
        self.displayBytes = displayBytes
        self.displayStarts = displayStarts
        self.postingStarts = postingStarts
        self.postingRoles = postingRoles
        self.postingWeights = postingWeights
        self.roleCount = roleCount
        var denseSlots = [Int32](repeating: -1, count: terms.count)
        var denseColumns: [Float] = []
        for term in 0..<terms.count where makeDense && roleCount > 0 && (postingStarts[term + 1] - postingStarts[term]) * Self.denseShare >= roleCount {
            denseSlots[term] = Int32(denseColumns.count / roleCount)
            let base = denseColumns.count
            denseColumns.append(contentsOf: repeatElement(0, count: roleCount))
            for p in postingStarts[term]..<postingStarts[term + 1] {
                denseColumns[base + Int(postingRoles[p])] = postingWeights[p]
            }
        }
        self.denseSlots = denseSlots
        self.denseColumns = denseColumns
    }

    public var count: Int { terms.count }

    /// The readable form of term `id`.
    public func display(_ id: Int32) -> String {
        String(decoding: displayBytes[displayStarts[Int(id)]..<displayStarts[Int(id) + 1]], as: UTF8.self)
    }

    /// The postings of term `id` as a sparse vector over roles.
    public func postings(_ id: Int32) -> SparseVector {
        let range = postingStarts[Int(id)]..<postingStarts[Int(id) + 1]
        return SparseVector(indices: Array(postingRoles[range]), values: Array(postingWeights[range]))
    }
}
