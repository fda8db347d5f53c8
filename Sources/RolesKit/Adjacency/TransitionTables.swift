import RolesCore

/// What an index stores to answer adjacency and exposure questions, computed once at build.
struct TransitionTables {
    /// A task in index order (role by role, task by task), with its label.
    struct TaskEntry {
        var role: Int
        var position: Int
        var label: Exposure?
    }

    var profiles: SkillProfiles
    /// Per skill item, the roles whose profile has it and their unit weights.
    var skillPostings: [SparseVector]
    /// Per item, how it is found in a person's text (`SkillPhrase`).
    var phrases: [String]
    /// Per role, its closest roles, best first.
    var adjacent: [[(other: Int, score: AdjacencyScore)]]
    var exposure: [ExposureShares?]
    var tasks: [TaskEntry]
    /// Per term id, the tasks whose vector has it and the weights (over task numbers).
    var taskPostings: [SparseVector]
    /// Per work activity id, the E0/E1/E2 counts of the labelled tasks that involve it.
    var activityLabels: [String: [Float]]

    static func compute(roles: [Role], vectors: VectorizedRoles, analyzer: Analyzer) -> TransitionTables {
        let profiles = SkillProfiler().profiles(roles)
        let phrases = profiles.items.map { SkillPhrase.phrase(of: $0, analyzer: analyzer) }
        let skillPostings = Postings.invert(profiles.vectors, columns: profiles.items.count)
        let adjacent = adjacency(roles: roles, vectors: vectors, profiles: profiles, skillPostings: skillPostings)
        var tasks: [TaskEntry] = []
        var taskVectors: [SparseVector] = []
        var activityLabels: [String: [Float]] = [:]
        for (r, role) in roles.enumerated() {
            for (t, task) in role.tasks.enumerated() {
                tasks.append(TaskEntry(role: r, position: t, label: task.exposure))
                taskVectors.append(vectors.taskVectors[r][t])
                guard let label = task.exposure else { continue }
                for activity in task.activities {
                    activityLabels[activity.id, default: [0, 0, 0]][ExposureVote.index(label)] += 1
                }
            }
        }
        return TransitionTables(
            profiles: profiles, skillPostings: skillPostings, phrases: phrases, adjacent: adjacent, exposure: roles.map { ExposureShares(tasks: $0.tasks) },
            tasks: tasks, taskPostings: Postings.invert(taskVectors, columns: vectors.vocabulary.count),
            activityLabels: activityLabels)
    }

    /// Every role's closest roles, in two stages. The first blends the text and skill cosines of all
    /// pairs (two Gram matrices) with the neighbourhood cosines (a third, of the text matrix's normalized
    /// rows) into `Adjacency.score`; the second re-ranks each role's best `AdjacencyModel.candidates` by
    /// `AdjacencyModel.probability`, and the best `Adjacency.storedPerRole` are kept with their coverage.
    static func adjacency(
        roles: [Role], vectors: VectorizedRoles, profiles: SkillProfiles, skillPostings: [SparseVector]
    ) -> [[(other: Int, score: AdjacencyScore)]] {
        let n = roles.count
        guard n > 1 else { return roles.map { _ in [] } }
        let text = BLASRanker.gram(columns: Postings.invert(vectors.roleVectors, columns: vectors.vocabulary.count), rowCount: n)
        let skills = BLASRanker.gram(columns: skillPostings, rowCount: n)
        let neighbourhood = BLASRanker.rowCosines(text, rowCount: n)
        let pairs = AdjacencyPairs(
            text: text, neighbourhood: neighbourhood, preparation: roles.map(\.preparation), soc: roles.map(\.soc),
            ratings: ratingCosines(roles)
        ) { i, j in
            Adjacency.score(
                text: text[i * n + j], neighbourhood: neighbourhood[i * n + j], skills: skills[i * n + j],
                preparationGap: Adjacency.preparationGap(roles[i].preparation, roles[j].preparation))
        }
        return Parallel.map(n, workers: Parallel.defaultWorkers) { _, i in
            pairs.reranked(i).prefix(Adjacency.storedPerRole).map { other, probability, parts in
                let at = i * n + other
                return (other, AdjacencyScore(
                    score: probability, text: text[at], neighbourhood: neighbourhood[at], skills: skills[at],
                    coverage: Adjacency.coverage(of: profiles.weights[other], by: profiles.weights[i]), parts: parts))
            }
        }
    }

    /// Cosines of the roles' knowledge and skill importance ratings (O*NET's 1–5 scale), from two Gram
    /// matrices of the unit rating vectors; nil when no role has both kinds.
    static func ratingCosines(_ roles: [Role]) -> AdjacencyPairs.Ratings? {
        func cosines(_ kind: RatingKind) -> (matrix: [Float], has: [Bool]) {
            var elements: [String: Int] = [:]
            var columns: [(indices: [Int32], values: [Float])] = []
            var has = [Bool](repeating: false, count: roles.count)
            for (r, role) in roles.enumerated() {
                let rated = role.ratings.compactMap { rating in
                    rating.kind == kind ? rating.importance.map { (rating.elementID, Float($0)) } : nil
                }
                let norm = rated.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
                guard norm > 0 else { continue }
                has[r] = true
                for (element, importance) in rated {
                    let column = elements[element] ?? columns.count
                    if column == columns.count {
                        elements[element] = column
                        columns.append(([], []))
                    }
                    columns[column].indices.append(Int32(r))
                    columns[column].values.append(importance / norm)
                }
            }
            let sparse = columns.map { SparseVector(indices: $0.indices, values: $0.values) }
            return (BLASRanker.gram(columns: sparse, rowCount: roles.count), has)
        }
        let knowledge = cosines(.knowledge)
        let skills = cosines(.skill)
        let has = zip(knowledge.has, skills.has).map { $0 && $1 }
        guard has.contains(true) else { return nil }
        return AdjacencyPairs.Ratings(knowledge: knowledge.matrix, skills: skills.matrix, has: has)
    }
}
