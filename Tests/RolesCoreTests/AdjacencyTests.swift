import Foundation
import Testing
@testable import RolesCore

struct AdjacencyTests {
    /// Three roles: two share an activity and a technology, the third shares nothing.
    static let roles = [
        Role(id: "a", soc: "11-1111", title: "A", tasks: [
            RoleTask(id: "1", text: "x", type: .core, activities: [WorkActivity(id: "act1", title: "Plan work")]),
            RoleTask(id: "2", text: "y", type: .supplemental, activities: [WorkActivity(id: "act1", title: "Plan work")]),
        ], skills: [RoleSkill(name: "Excel", kind: .technology, hot: true)], source: "test"),
        Role(id: "b", soc: "11-1112", title: "B", tasks: [
            RoleTask(id: "3", text: "z", type: .core, activities: [WorkActivity(id: "act1", title: "Plan work")]),
        ], skills: [RoleSkill(name: "excel", kind: .technology), RoleSkill(name: "SQL", kind: .technology)], source: "test"),
        Role(id: "c", soc: "11-1113", title: "C", skills: [RoleSkill(name: "Welding", kind: .skill)], source: "test"),
    ]

    @Test func profilesWeighRawCountsBySpecificity() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        #expect(profiles.items.map(\.key) == ["activity:act1", "technology:excel", "technology:sql", "skill:welding"])
        #expect(profiles.items.map(\.documentFrequency) == [2, 2, 1, 1])
        let shared = Float(log(4.0 / 3.0) + 1), rare = Float(log(4.0 / 2.0) + 1)
        // Role a: activity counted 2 (core) + 1 (supplemental) = 3, damped to 1 + ln 3; hot technology 2 → 1 + ln 2.
        let a = profiles.weights[0]
        #expect(a.indices == [0, 1])
        #expect(abs(a.values[0] - Float(1 + log(3.0)) * shared) < 1e-5)
        #expect(abs(a.values[1] - Float(1 + log(2.0)) * shared) < 1e-5)
        // Role b: activity 2 (one core task) → 1 + ln 2; plain technologies 1.
        let b = profiles.weights[1]
        #expect(b.indices == [0, 1, 2])
        #expect(abs(b.values[0] - Float(1 + log(2.0)) * shared) < 1e-5)
        #expect(abs(b.values[1] - shared) < 1e-5)
        #expect(abs(b.values[2] - rare) < 1e-5)
        #expect(abs(profiles.vectors[1].norm - 1) < 1e-5)
    }

    @Test func coverageIsTheShareOfTheDestinationsWeightTheOriginHas() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        let b = profiles.weights[1]
        let expected = (b.values[0] + b.values[1]) / b.values.reduce(0, +)
        #expect(abs(Adjacency.coverage(of: b, by: profiles.weights[0]) - expected) < 1e-6)
        #expect(Adjacency.coverage(of: profiles.weights[0], by: profiles.weights[1]) == 1, "b has all of a's items")
        #expect(Adjacency.coverage(of: profiles.weights[2], by: profiles.weights[0]) == 0)
    }

    @Test func gapsComeInOrderOfTheirWeightAndSharedSkillsByContribution() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        let item: (Int32) -> SkillItem? = { profiles.items[Int($0)] }
        let gaps = Adjacency.gaps(origin: profiles.vectors[2], destinationWeights: profiles.weights[1], items: item, limit: 5)
        #expect(gaps.map(\.name) == ["Plan work", "SQL", "Excel"], "an item keeps the name it was first seen with")
        #expect(abs(gaps.map(\.weight).reduce(0, +) - 1) < 1e-5, "gaps of a role sharing nothing make up its whole profile")
        let shared = Adjacency.shared(origin: profiles.vectors[0], destination: profiles.vectors[1], items: item, limit: 5)
        #expect(shared.map(\.name) == ["Plan work", "Excel"])
        let overlap = profiles.vectors[0].dot(profiles.vectors[1])
        #expect(abs(shared.map(\.weight).reduce(0, +) - overlap) < 1e-5, "shared parts add up to the overlap")
    }

    @Test func scoreBlendsTextNeighbourhoodAndSkillsLessPreparationGaps() {
        let expected = Adjacency.textWeight * 0.5 + Adjacency.neighbourhoodWeight * 0.4 + Adjacency.skillsWeight * 0.25
            - 2 * Adjacency.preparationPenalty
        #expect(abs(Adjacency.score(text: 0.5, neighbourhood: 0.4, skills: 0.25, preparationGap: 2) - expected) < 1e-7)
        #expect(Adjacency.preparationGap(2, 5) == 3 && Adjacency.preparationGap(nil, 5) == 0)
        let person = (Adjacency.textWeight + Adjacency.neighbourhoodWeight) * 0.5 + Adjacency.skillsWeight * 0.25
        #expect(abs(Adjacency.score(text: 0.5, skills: 0.25, preparationGap: 0) - person) < 1e-7)
    }
}

struct ExposureTests {
    @Test func sharesWeighCoreTasksTwice() throws {
        let tasks = [
            RoleTask(id: "1", text: "a", type: .core, exposure: .e0),
            RoleTask(id: "2", text: "b", type: .supplemental, exposure: .e1),
            RoleTask(id: "3", text: "c", type: .core, exposure: .e2),
            RoleTask(id: "4", text: "d", type: .core),
        ]
        let shares = try #require(ExposureShares(tasks: tasks))
        #expect(shares.labelled == 3)
        #expect(abs(shares.humanLed - 0.4) < 1e-6 && abs(shares.automation - 0.2) < 1e-6 && abs(shares.augmentation - 0.4) < 1e-6)
        #expect(abs(shares.beta - 0.4) < 1e-6)
        #expect(ExposureShares(tasks: [RoleTask(id: "x", text: "x")]) == nil)
    }

    @Test func voteMixesNeighboursAndActivities() throws {
        let neighbours: [(label: Exposure, similarity: Float)] = [(.e1, 0.6), (.e0, 0.2), (.e1, 0.2)]
        let knn = try #require(ExposureVote.probabilities(neighbours: neighbours, activityLabels: nil))
        #expect(knn == [0.2, 0.8, 0])
        let mixed = try #require(ExposureVote.probabilities(neighbours: neighbours, activityLabels: [0, 0, 4], activityWeight: 0.5))
        #expect(abs(mixed[0] - 0.1) < 1e-6 && abs(mixed[1] - 0.4) < 1e-6 && abs(mixed[2] - 0.5) < 1e-6)
        #expect(ExposureVote.label(mixed) == .e2)
        #expect(abs(ExposureVote.beta(mixed) - 0.65) < 1e-6)
        #expect(ExposureVote.probabilities(neighbours: [], activityLabels: nil) == nil)
        #expect(ExposureVote.label([0.4, 0.4, 0.2]) == .e0, "ties go to the less exposed label")
    }

    @Test func taskLinesSplitBulletsAndSentences() {
        let text = """
            JANE DOE
            • Reconciled vendor statements each month. Resolved discrepancies with suppliers.
            - Trained two new clerks; wrote the desk manual
            Comfortable with month-end close and
            audits of the ledger.
            2019 – 2023
            Skills: SAP, QuickBooks, Microsoft Excel, vendor management
            """
        #expect(TaskLines.split(text) == [
            "Reconciled vendor statements each month.", "Resolved discrepancies with suppliers.",
            "Trained two new clerks;", "wrote the desk manual",
            "Comfortable with month-end close and audits of the ledger.",
        ])
    }
}
