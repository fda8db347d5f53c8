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
    /// Per item, its name as analyzed unigram stems joined by spaces, for finding it in a person's text;
    /// empty for work activities, which are found through task statements instead.
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
        let phrases = profiles.items.map { item in
            item.kind == .activity ? "" : analyzer.terms(item.name).filter { !$0.contains(" ") }.joined(separator: " ")
        }
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

    /// Every role's closest roles: text and skill cosines of all pairs from two Gram matrices, the
    /// neighbourhood cosines from a third (of the text matrix's normalized rows), blended, and the best
    /// `Adjacency.storedPerRole` kept with their coverage.
    static func adjacency(
        roles: [Role], vectors: VectorizedRoles, profiles: SkillProfiles, skillPostings: [SparseVector]
    ) -> [[(other: Int, score: AdjacencyScore)]] {
        let n = roles.count
        let text = BLASRanker.gram(columns: Postings.invert(vectors.roleVectors, columns: vectors.vocabulary.count), rowCount: n)
        let skills = BLASRanker.gram(columns: skillPostings, rowCount: n)
        let neighbourhood = BLASRanker.rowCosines(text, rowCount: n)
        return Parallel.map(n, workers: Parallel.defaultWorkers) { _, i in
            var blended = [Float](repeating: -.infinity, count: n)
            for j in 0..<n where j != i {
                blended[j] = Adjacency.score(
                    text: text[i * n + j], neighbourhood: neighbourhood[i * n + j], skills: skills[i * n + j],
                    preparationGap: Adjacency.preparationGap(roles[i].preparation, roles[j].preparation))
            }
            return TopK.select(blended, k: min(Adjacency.storedPerRole, n - 1)).map { best in
                let j = best.index
                return (j, AdjacencyScore(
                    score: best.score, text: text[i * n + j], neighbourhood: neighbourhood[i * n + j], skills: skills[i * n + j],
                    coverage: Adjacency.coverage(of: profiles.weights[j], by: profiles.weights[i])))
            }
        }
    }
}
