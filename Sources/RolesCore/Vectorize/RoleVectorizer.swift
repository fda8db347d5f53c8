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

    /// - Complexity: O(total text length) for analysis, plus O(T log T) to sort the T vocabulary terms.
    public func vectorize(_ roles: [Role]) -> VectorizedRoles {
        let analyzer = Analyzer(settings: analyzerSettings)
        var ids: [String: Int] = [:]
        var terms: [String] = []
        var displays: [String] = []

        func counts(_ text: String, weight: Double, into counts: inout [Int: Double]) {
            analyzer.analyze(text) { term, surface in
                let id: Int
                if let known = ids[term] {
                    id = known
                    if surface.utf8.count < displays[id].utf8.count
                        || (surface.utf8.count == displays[id].utf8.count && surface < displays[id]) {
                        displays[id] = String(surface)
                    }
                } else {
                    id = terms.count
                    ids[term] = id
                    terms.append(term)
                    displays.append(String(surface))
                }
                counts[id, default: 0] += weight
            }
        }

        var roleCounts: [[Int: Double]] = []
        var taskCounts: [[[Int: Double]]] = []
        var titleCounts: [[[Int: Double]]] = []
        roleCounts.reserveCapacity(roles.count)
        for role in roles {
            var document: [Int: Double] = [:]
            var tasks: [[Int: Double]] = []
            var titles: [[Int: Double]] = []
            let titleFields = [(role.title, weights.title)]
                + role.alternateTitles.map { ($0, weights.alternateTitle) }
                + role.reportedTitles.map { ($0, weights.reportedTitle) }
            for (title, weight) in titleFields {
                var own: [Int: Double] = [:]
                counts(title, weight: 1, into: &own)
                for (term, count) in own { document[term, default: 0] += count * weight }
                titles.append(own)
            }
            counts(role.summary, weight: weights.summary, into: &document)
            var activities = Set<String>()
            for task in role.tasks {
                var own: [Int: Double] = [:]
                counts(task.text, weight: 1, into: &own)
                let weight = task.type == .core ? weights.coreTask : weights.supplementalTask
                for (term, count) in own { document[term, default: 0] += count * weight }
                tasks.append(own)
                for activity in task.activities where activities.insert(activity.id).inserted {
                    counts(activity.title, weight: weights.activity, into: &document)
                }
            }
            for skill in role.skills {
                let weight = switch skill.kind {
                case .skill: weights.skill
                case .technology: skill.hot ? weights.hotTechnology : weights.technology
                }
                counts(skill.name, weight: weight, into: &document)
            }
            roleCounts.append(document)
            taskCounts.append(tasks)
            titleCounts.append(titles)
        }

        // Renumber terms in sorted order.
        let order = terms.indices.sorted { terms[$0] < terms[$1] }
        var newID = [Int](repeating: 0, count: terms.count)
        for (position, old) in order.enumerated() { newID[old] = position }
        var documentFrequency = [Int](repeating: 0, count: terms.count)
        for document in roleCounts {
            for term in document.keys { documentFrequency[newID[term]] += 1 }
        }
        let idf = documentFrequency.map {
            TFIDFWeighting.idf(documentFrequency: $0, documentCount: roles.count)
        }
        func vector(_ counts: [Int: Double]) -> SparseVector {
            var renumbered: [Int: Double] = [:]
            renumbered.reserveCapacity(counts.count)
            for (term, count) in counts { renumbered[newID[term]] = count }
            return TFIDFWeighting.vector(counts: renumbered) { idf[$0] }
        }
        let vocabulary = order.map { old in
            VocabularyTerm(
                term: terms[old], display: displays[old], documentFrequency: documentFrequency[newID[old]],
                idf: Float(idf[newID[old]])
            )
        }
        return VectorizedRoles(
            vocabulary: vocabulary,
            roleVectors: roleCounts.map(vector),
            taskVectors: taskCounts.map { $0.map(vector) },
            titleVectors: titleCounts.map { $0.map(vector) }
        )
    }
}
