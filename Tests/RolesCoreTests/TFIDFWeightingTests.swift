import Foundation
import Testing
@testable import RolesCore

/// A three-role example worked by hand. Summaries: A "steel steel pipe", B "pipe cook", C "cook cook cook".
/// N = 3; df: steel 1, pipe 2, cook 2; idf = ln((1 + 3) / (1 + df)) + 1: steel 1.693147, pipe and cook 1.287682.
/// A: tf(steel) = 1 + ln 2 = 1.693147 → 2.866747; tf(pipe) = 1 → 1.287682; norm 3.142669 → 0.912202, 0.409742.
/// B: both 1.287682 → 0.707107 each. C: tf(cook) = 1 + ln 3 → only term → 1.
struct TFIDFWeightingTests {
    static let summaryOnly = FieldWeights(
        title: 0, alternateTitle: 0, reportedTitle: 0, summary: 1, coreTask: 0, supplementalTask: 0, activity: 0,
        skill: 0, technology: 0, hotTechnology: 0)

    func roles(_ summaries: [String]) -> [Role] {
        summaries.enumerated().map { Role(id: "r\($0.offset)", soc: nil, title: "", summary: $0.element, source: "test") }
    }

    @Test func smoothedIDFAndSublinearTF() {
        #expect(abs(TFIDFWeighting.idf(documentFrequency: 1, documentCount: 3) - 1.693147) < 1e-6)
        #expect(abs(TFIDFWeighting.idf(documentFrequency: 2, documentCount: 3) - 1.287682) < 1e-6)
        #expect(TFIDFWeighting.tf(1) == 1)
        #expect(abs(TFIDFWeighting.tf(2) - 1.693147) < 1e-6)
        #expect(TFIDFWeighting.tf(0.5) == 0.5)
    }

    @Test func vectorsMatchTheHandWorkedExample() {
        let vectorizer = RoleVectorizer(weights: Self.summaryOnly, analyzerSettings: .init(bigrams: false, stemmer: "porter2", stopWords: "english"))
        let result = vectorizer.vectorize(roles(["steel steel pipe", "pipe cook", "cook cook cook"]))
        #expect(result.vocabulary.map(\.term) == ["cook", "pipe", "steel"])
        #expect(result.vocabulary.map(\.documentFrequency) == [2, 2, 1])
        let expected: [[Int32: Float]] = [[2: 0.912202, 1: 0.409742], [0: 0.707107, 1: 0.707107], [0: 1]]
        for (vector, want) in zip(result.roleVectors, expected) {
            #expect(vector.indices == want.keys.sorted())
            for (index, value) in zip(vector.indices, vector.values) {
                #expect(abs(value - want[index]!) < 1e-5)
            }
        }
    }

    @Test func fieldWeightsScaleCountsBeforeTheSublinearTF() {
        // Summary weight 0.5: A's counts become steel 1.0 and pipe 0.5; tf 1 and 0.5 (below one the count
        // itself); weights 1.693147 and 0.643841; norm 1.811430 → 0.934702 and 0.355432.
        var weights = Self.summaryOnly
        weights.summary = 0.5
        let vectorizer = RoleVectorizer(weights: weights, analyzerSettings: .init(bigrams: false, stemmer: "porter2", stopWords: "english"))
        let a = vectorizer.vectorize(roles(["steel steel pipe", "pipe cook", "cook cook cook"])).roleVectors[0]
        #expect(a.indices == [1, 2])
        #expect(abs(a.values[0] - 0.355432) < 1e-5)
        #expect(abs(a.values[1] - 0.934702) < 1e-5)
    }

    @Test func tasksAndTitlesGetVectorsOfTheirOwn() {
        let role = Role(id: "cook", soc: nil, title: "Line Cook", alternateTitles: ["Grill Cook"], tasks: [RoleTask(id: "1", text: "Grill steak")], source: "test")
        let result = RoleVectorizer().vectorize([role, Role(id: "x", soc: nil, title: "Welder", source: "test")])
        #expect(result.titleVectors[0].count == 2)
        #expect(result.taskVectors[0].count == 1)
        #expect(abs(result.taskVectors[0][0].norm - 1) < 1e-6)
        #expect(result.titleVectors[0][1].dot(result.roleVectors[0]) > 0)
    }

    @Test func aTitlesClauseOfExclusionsIsNotMatched() {
        let role = Role(id: "k", soc: nil, title: "Kindergarten Teachers, Except Special Education", alternateTitles: ["Special Education Aide"], source: "test")
        #expect(role.matchedTitle == "Kindergarten Teachers")
        #expect(role.matchedTitles == ["Kindergarten Teachers", "Special Education Aide"])
        #expect(Role(id: "w", soc: nil, title: "Welders, Cutters, and Brazers", source: "test").matchedTitle == "Welders, Cutters, and Brazers")
        // The excluded words weigh nothing in the role's document when titles are its only field.
        let titlesOnly = FieldWeights(
            title: 1, alternateTitle: 0, reportedTitle: 0, summary: 0, coreTask: 0, supplementalTask: 0, activity: 0,
            skill: 0, technology: 0, hotTechnology: 0)
        let result = RoleVectorizer(weights: titlesOnly).vectorize([role, Role(id: "x", soc: nil, title: "Special Education Teachers", source: "test")])
        let special = result.vocabulary.firstIndex { $0.term == "special" }.map(Int32.init)
        #expect(special != nil)
        #expect(!result.roleVectors[0].indices.contains(special!))
        #expect(result.roleVectors[1].indices.contains(special!))
    }
}

struct SparseVectorTests {
    @Test func dotProductMergesIndices() {
        let a = SparseVector(indices: [1, 3, 5], values: [1, 2, 3])
        let b = SparseVector(indices: [0, 3, 5, 7], values: [9, 4, 5, 9])
        #expect(a.dot(b) == 2 * 4 + 3 * 5)
        #expect(abs(a.normalized().norm - 1) < 1e-6)
    }
}

struct TopKTests {
    @Test func selectsBestPositiveScoresWithStableTies() {
        let best = TopK.select([0.1, 0.5, 0, 0.5, 0.9, -1], k: 3)
        #expect(best.map(\.index) == [4, 1, 3])
        #expect(TopK.select([0, 0], k: 2).isEmpty)
        #expect(TopK.select([0.3, 0.2], k: 5).map(\.index) == [0, 1])
    }

    @Test func agreesWithFullSortOnRandomScores() {
        var generator = SystemRandomNumberGenerator()
        let scores = (0..<500).map { _ in Float(Int.random(in: 0..<50, using: &generator)) / 50 }
        let expected = scores.enumerated().filter { $0.element > 0 }
            .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            .prefix(20).map(\.offset)
        #expect(TopK.select(scores, k: 20).map(\.index) == expected)
    }

    @Test func firstIsTheStableSortsPrefix() {
        var generator = SystemRandomNumberGenerator()
        for limit in [0, 1, 5, 30, 600] {
            // Few distinct keys, so that many items tie and their order must be kept.
            let items = (0..<500).map { (position: $0, key: Int.random(in: 0..<12, using: &generator)) }
            // Swift's sort is stable: among equal keys, positions stay increasing.
            let expected = items.sorted { $0.key > $1.key }.prefix(limit).map(\.position)
            #expect(TopK.first(limit, of: items) { $0.key > $1.key }.map(\.position) == expected)
        }
    }
}
