/// The skill profiles of a set of roles, over one item vocabulary.
public struct SkillProfiles: Sendable {
    public var items: [SkillItem]
    /// Per role, each item's weight: its raw weight times its idf, not normalized. Coverage and gaps
    /// read these.
    public var weights: [SparseVector]
    /// Per role, `weights` scaled to unit length. Overlap is the dot product of two of these.
    public var vectors: [SparseVector]
}

/// Turns roles into skill profiles: what work activities, technologies, skills and knowledge each needs,
/// weighted by how specific each is.
///
/// Raw weights: an activity counts once per task that involves it, Core tasks twice; a technology counts
/// once, twice when it is a hot technology; a listed skill once; an O*NET skill or knowledge rating of
/// importance 3 or more ("important" on the 1–5 scale) by how far above 1 it is. Counts are damped like
/// term frequencies (1 + ln c) so a role with many tasks on one activity does not drown its other items.
/// Each raw weight is then multiplied by the item's idf: an item every role has says little about where
/// a person can move. Inverse document frequency was measured against revealed comparative advantage
/// (an item's share in a role over its share in all roles) on O*NET's Related Occupations and did as well
/// or better on every item kind, so it is used for both profiles and the text's terms.
public struct SkillProfiler: Sendable {
    public static let coreTaskWeight: Float = 2
    public static let supplementalTaskWeight: Float = 1
    public static let hotTechnologyWeight: Float = 2
    public static let technologyWeight: Float = 1
    public static let listedSkillWeight: Float = 1
    /// Ratings below this importance (1–5) leave the profile: most roles rate most skills a little.
    public static let importantRating = 3.0

    public init() {}

    public func profiles(_ roles: [Role]) -> SkillProfiles {
        var itemIndex: [String: Int] = [:]
        var items: [SkillItem] = []
        var raw: [[Int: Float]] = []
        raw.reserveCapacity(roles.count)
        func item(_ key: String, _ name: String, _ kind: SkillItem.Kind) -> Int {
            if let index = itemIndex[key] { return index }
            itemIndex[key] = items.count
            items.append(SkillItem(key: key, name: name, kind: kind, documentFrequency: 0, idf: 0))
            return items.count - 1
        }
        for role in roles {
            var weights: [Int: Float] = [:]
            for task in role.tasks {
                let weight = task.type == .core ? Self.coreTaskWeight : Self.supplementalTaskWeight
                for activity in task.activities {
                    weights[item("activity:" + activity.id, activity.title, .activity), default: 0] += weight
                }
            }
            for skill in role.skills {
                let kind: SkillItem.Kind = skill.kind == .technology ? .technology : .skill
                let weight = skill.kind == .technology
                    ? (skill.hot ? Self.hotTechnologyWeight : Self.technologyWeight) : Self.listedSkillWeight
                let index = item(SkillItem.key(kind: kind, name: skill.name), skill.name, kind)
                weights[index] = max(weights[index] ?? 0, weight)
            }
            for rating in role.ratings {
                guard let importance = rating.importance, importance >= Self.importantRating else { continue }
                let kind: SkillItem.Kind = rating.kind == .knowledge ? .knowledge : .skill
                let index = item(SkillItem.key(kind: kind, name: rating.name), rating.name, kind)
                weights[index] = max(weights[index] ?? 0, Float((importance - 1) / 4))
            }
            raw.append(weights)
        }
        for weights in raw {
            for index in weights.keys { items[index].documentFrequency += 1 }
        }
        for index in items.indices {
            items[index].idf = Float(TFIDFWeighting.idf(documentFrequency: items[index].documentFrequency, documentCount: roles.count))
        }
        let weights = raw.map { role in
            SparseVector(Dictionary(uniqueKeysWithValues: role.map { index, weight in
                (index, Float(TFIDFWeighting.tf(Double(weight))) * items[index].idf)
            }))
        }
        return SkillProfiles(items: items, weights: weights, vectors: weights.map { $0.normalized() })
    }
}
