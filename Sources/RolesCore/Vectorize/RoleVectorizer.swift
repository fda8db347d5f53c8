/// A term of the index vocabulary.
public struct VocabularyTerm: Equatable, Sendable {
    /// The analyzed term: a stem (`nurs`) or two stems (`regist nurs`).
    public var term: String
    /// A readable form of the term, the shortest surface form seen (`nurse`).
    public var display: String
    /// Number of role documents containing the term.
    public var documentFrequency: Int
    public var idf: Float
}

/// Roles turned into vectors over one vocabulary.
public struct VectorizedRoles: Sendable {
    /// Term id = position; sorted by term so ids are stable across builds of the same sources.
    public var vocabulary: [VocabularyTerm]
    /// One unit vector per role: all its fields, weighted by `FieldWeights`.
    public var roleVectors: [SparseVector]
    /// Per role, one unit vector per task, in the role's task order.
    public var taskVectors: [[SparseVector]]
    /// Per role, one unit vector per title: the title, then alternate titles, then reported titles.
    public var titleVectors: [[SparseVector]]
    /// Per role, the BM25 weight of each word (unigram) of its whole document, fields unweighted
    /// (`BM25Channel`); not unit vectors.
    public var bm25Vectors: [SparseVector]
    /// Per role, all its titles as one vector over character n-grams.
    public var titleGrams: RoleTermVectors
    /// The head words of the roles' titles (`TitleHeads`), with each role's heads.
    public var titleHeads: RoleTermVectors
    /// Every role's titles as whole keys (`ExactTitles`), with each role's share of each key.
    public var exactTitles: RoleTermVectors
    public var documentCount: Int { roleVectors.count }
}

/// Turns roles into TF-IDF vectors: one document per role, with fields weighted, plus a vector for
/// each task and title under the same idf.
public struct RoleVectorizer: Sendable {
    public var weights: FieldWeights
    public var analyzerSettings: Analyzer.Settings

    public init(weights: FieldWeights = .standard, analyzerSettings: Analyzer.Settings = .standard) {
        self.weights = weights
        self.analyzerSettings = analyzerSettings
    }

    /// Weighted term counts of one field or document under a worker's local term ids; a term appears once.
    struct FieldCounts {
        var ids: [Int32] = []
        var counts: [Double] = []
    }

    /// Term counts of one role under a worker's local term ids.
    struct RoleCounts {
        var document = FieldCounts()
        /// Each word's occurrences in the whole document, every field alike.
        var words = FieldCounts()
        var tasks: [FieldCounts] = []
        var titles: [FieldCounts] = []
    }

    /// The readable form kept for a term: the shortest surface form, ties broken alphabetically, so the
    /// choice does not depend on the order roles are read in.
    static func isBetterDisplay(_ candidate: Substring, than current: String) -> Bool {
        candidate.utf8.count < current.utf8.count || (candidate.utf8.count == current.utf8.count && candidate < current)
    }

    /// - Complexity: O(total text length) for analysis, spread over all cores, plus O(T log T) to sort the
    ///   T vocabulary terms.
    public func vectorize(_ roles: [Role], workers: Int = Parallel.defaultWorkers) -> VectorizedRoles {
        let workers = max(1, min(workers, roles.count))
        // The title-only views need only the roles. They are made on a thread of their own, which fills the
        // gaps the loops below leave: their merges and sorts run on one core.
        let titleViews = Parallel.background {
            (grams: TitleGramVectorizer.vectorize(roles, workers: 1), heads: TitleHeads.vectorize(roles, workers: 1),
             exact: ExactTitles.vectorize(roles, workers: 1))
        }
        let vocabularies = (0..<workers).map { _ in LocalVocabulary(settings: analyzerSettings) }
        let counted: [RoleCounts] = Parallel.map(roles.count, workers: workers) { worker, i in
            count(roles[i], with: vocabularies[worker])
        }

        // One vocabulary, sorted, with the best display any worker saw for each term.
        let sorted = SortedVocabulary(vocabularies.map { $0.terms() })
        let sortedTerms = sorted.terms, localToGlobal = sorted.localToGlobal
        var displays = [String?](repeating: nil, count: sortedTerms.count)
        for (vocabulary, map) in zip(vocabularies, localToGlobal) {
            for (local, surface) in vocabulary.displays.enumerated() {
                if let current = displays[map[local]], !Self.isBetterDisplay(Substring(surface), than: current) { continue }
                displays[map[local]] = surface
            }
        }

        var documentFrequency = [Int](repeating: 0, count: sortedTerms.count)
        for (i, role) in counted.enumerated() {
            let map = localToGlobal[i % workers]
            for term in role.document.ids { documentFrequency[map[Int(term)]] += 1 }
        }
        let idf = documentFrequency.map { TFIDFWeighting.idf(documentFrequency: $0, documentCount: roles.count) }
        let bm25IDF = documentFrequency.map { BM25Channel.idf(documentFrequency: $0, documentCount: roles.count) }
        let lengths = counted.map { $0.words.counts.reduce(0, +) }
        let averageLength = lengths.isEmpty ? 0 : lengths.reduce(0, +) / Double(lengths.count)
        let vectors: [(SparseVector, [SparseVector], [SparseVector], SparseVector)] = Parallel.map(counted.count, workers: workers) { _, i in
            let map = localToGlobal[i % workers]
            // What `TFIDFWeighting.vector(counts:idf:)` computes, from a list instead of a dictionary. Each
            // (term, weight) pair is packed into one integer, term above weight, so sorting by term is an
            // integer sort (terms are distinct within a field), and the vector takes three allocations.
            func vector(_ counts: FieldCounts) -> SparseVector {
                var packed: [UInt64] = []
                packed.reserveCapacity(counts.ids.count)
                for (term, count) in zip(counts.ids, counts.counts) where count > 0 {
                    let global = map[Int(term)]
                    let weight = Float(TFIDFWeighting.tf(count) * idf[global])
                    if weight != 0 { packed.append(UInt64(global) << 32 | UInt64(weight.bitPattern)) }
                }
                packed.sort()
                var indices: [Int32] = [], values: [Float] = []
                indices.reserveCapacity(packed.count)
                values.reserveCapacity(packed.count)
                for pair in packed {
                    indices.append(Int32(truncatingIfNeeded: pair >> 32))
                    values.append(Float(bitPattern: UInt32(truncatingIfNeeded: pair)))
                }
                // As `SparseVector.normalized()`: the Float sum of squares in term order, then one division each.
                let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm > 0 {
                    for k in values.indices { values[k] /= norm }
                }
                return SparseVector(indices: indices, values: values)
            }
            var words: [(term: Int32, weight: Float)] = zip(counted[i].words.ids, counted[i].words.counts).map { term, count in
                let global = map[Int(term)]
                let weight = BM25Channel.weight(count: count, length: lengths[i], averageLength: averageLength, idf: bm25IDF[global])
                return (Int32(global), Float(weight))
            }
            words.sort { $0.term < $1.term }
            let bm25 = SparseVector(indices: words.map(\.term), values: words.map(\.weight))
            return (vector(counted[i].document), counted[i].tasks.map(vector), counted[i].titles.map(vector), bm25)
        }
        let vocabulary = sortedTerms.enumerated().map { id, term in
            VocabularyTerm(term: term, display: displays[id]!, documentFrequency: documentFrequency[id], idf: Float(idf[id]))
        }
        let titles = titleViews.wait()
        return VectorizedRoles(
            vocabulary: vocabulary, roleVectors: vectors.map(\.0), taskVectors: vectors.map(\.1), titleVectors: vectors.map(\.2),
            bm25Vectors: vectors.map(\.3), titleGrams: titles.grams, titleHeads: titles.heads, exactTitles: titles.exact)
    }

    /// A role's weighted term counts: its document, and each task and title on its own.
    func count(_ role: Role, with vocabulary: LocalVocabulary) -> RoleCounts {
        var result = RoleCounts()
        let titleFields = [(role.matchedTitle, weights.title)]
            + role.alternateTitles.map { ($0, weights.alternateTitle) }
            + role.reportedTitles.map { ($0, weights.reportedTitle) }
        vocabulary.beginDocument()
        for (title, weight) in titleFields {
            result.titles.append(vocabulary.count(title, weight: weight))
        }
        vocabulary.count(role.summary, weight: weights.summary)
        var activities = Set<String>()
        for task in role.tasks {
            let weight = task.type == .core ? weights.coreTask : weights.supplementalTask
            result.tasks.append(vocabulary.count(task.text, weight: weight))
            for activity in task.activities where activities.insert(activity.id).inserted {
                vocabulary.count(activity.title, weight: weights.activity)
            }
        }
        for skill in role.skills {
            let weight = switch skill.kind {
            case .skill: weights.skill
            case .technology: skill.hot ? weights.hotTechnology : weights.technology
            }
            vocabulary.count(skill.name, weight: weight)
        }
        (result.document, result.words) = vocabulary.endDocument()
        return result
    }
}
