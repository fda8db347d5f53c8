import RolesCore

/// A text turned into a unit query vector over the index vocabulary.
public struct Query: Sendable {
    /// The known terms, in increasing term id.
    public var entries: [TermEntry]
    /// The weight of each entry, the vector having unit length.
    public var weights: [Float]
    /// How many times the text has each entry's term.
    public var counts: [Int]
    /// Distinct terms in the text, known to the index or not.
    public var distinctTerms: Int
    /// How each entry's term is shown in explanations: the words of the text it first came from when the
    /// query was made with them (`organizations`, where the index shows the stem's shortest form, `organ`),
    /// otherwise the index's readable form. Empty when `surfaceKeys` stand in for it.
    public var displays: [String]
    /// For a query made by a `VocabularyAnalyzer`: where each entry's term first came from, for its
    /// `surface(_:)`, so that only the terms an explanation shows are made into strings.
    public var surfaceKeys: [UInt64] = []
    /// The analyzer's `textNumber` when it counted this query: its `surfaceKeys` hold until it counts
    /// another text.
    public var surfaceText: UInt32 = 0

    /// Weights the known terms of a text: sublinear tf of the count times the term's idf, then
    /// scaled to unit length. Unknown terms have no idf and are left out, as in the role vectors.
    /// - Parameter surfaces: the words each term first came from in the text (`Analyzer.termCountsAndSurfaces`).
    public init(counts: [String: Int], entries known: [String: TermEntry], surfaces: [String: String] = [:]) {
        var pairs: [(TermEntry, Double, Int, String?)] = []
        pairs.reserveCapacity(counts.count)
        for (term, count) in counts {
            guard let entry = known[term] else { continue }
            pairs.append((entry, TFIDFWeighting.tf(Double(count)) * Double(entry.idf), count, surfaces[term]))
        }
        pairs.sort { $0.0.id < $1.0.id }
        let norm = pairs.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        entries = pairs.map(\.0)
        weights = pairs.map { norm > 0 ? Float($0.1 / norm) : 0 }
        self.counts = pairs.map(\.2)
        distinctTerms = counts.count
        displays = pairs.map { $0.3 ?? $0.0.display }
    }

    /// The same query from the counts of vocabulary terms (`VocabularyAnalyzer`), which come in increasing
    /// id as the index's do: the same entries and weights, to the bit.
    /// Its entries are shown by `counted.surfaces` (`surfaceKeys`), through the analyzer that counted them.
    init(counted: TermIDCounts, vocabulary: IndexVocabulary) {
        entries = counted.ids.map { TermEntry(vocabulary: vocabulary, term: $0) }
        var scratch: [Double] = []
        weights = Self.unitWeights(ids: counted.ids, counts: counted.counts, idf: vocabulary.idf, scratch: &scratch)
        counts = counted.counts.map { Int($0) }
        distinctTerms = counted.distinctTerms
        displays = []
        surfaceKeys = counted.surfaces
    }

    /// Sublinear tf of each count times the idf of its term (`idf` indexed by term), in the order given,
    /// scaled to unit length: the weights of `init(counts:entries:)`, in the same order, so scores are the
    /// same to the bit. `scratch` is working space a caller may keep between texts.
    static func unitWeights<Count: BinaryInteger>(ids: [Int32], counts: [Count], idf: [Float], scratch raw: inout [Double]) -> [Float] {
        raw.removeAll(keepingCapacity: true)
        for (id, count) in zip(ids, counts) {
            raw.append(TFIDFWeighting.tf(Double(count)) * Double(idf[Int(id)]))
        }
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return raw.map { norm > 0 ? Float($0 / norm) : 0 }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Puts each entry's postings in a column of `workspace`, in entry order: from the in-memory vocabulary
    /// when the entries come from one (dense columns copied whole), otherwise from the entries' postings.
    public func load(into workspace: GatherWorkspace) {
        if let first = entries.first?.vocabularyTerm {
            let terms = entries.compactMap { $0.vocabularyTerm?.term }
            if terms.count == entries.count, first.vocabulary.roleCount == workspace.roleCount {
                workspace.load(terms: terms, from: first.vocabulary)
                return
            }
        }
        workspace.load(entries.map(\.postings))
    }

    /// The query as a sparse vector over term ids, to compare with stored title and task vectors.
    public var vector: SparseVector {
        SparseVector(indices: entries.map(\.id), values: weights)
    }

    /// The `limit` largest shares of a role's score by term, largest first (ties by shown term, then in
    /// term order), read from the gathered postings; each term as `displays` shows it.
    /// - Complexity: O(k · limit) for k query terms.
    public func contributions(ofRole role: Int, in workspace: GatherWorkspace, limit: Int) -> [TermContribution] {
        contributions(ofRole: role, in: workspace, limit: limit, display: display)
    }

    /// How an entry is shown without the analyzer that counted it: `displays`, else the index's readable form.
    func display(_ entry: Int) -> String {
        displays.isEmpty ? entries[entry].display : displays[entry]
    }

    /// `contributions`, each entry shown by `display` (called for the entries an explanation shows and to
    /// break ties).
    func contributions(
        ofRole role: Int, in workspace: GatherWorkspace, limit: Int, display: (Int) -> String
    ) -> [TermContribution] {
        workspace.largestProducts(role: role, weights: weights, limit: limit) { display($0) }
            .map { TermContribution(term: display($0.column), contribution: $0.product) }
    }
}
