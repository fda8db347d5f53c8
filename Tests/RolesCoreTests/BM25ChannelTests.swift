import Foundation
import Testing
@testable import RolesCore

struct BM25ChannelTests {
    @Test func idfAndWeightAreLucenesComputedByHand() {
        // ln(1 + (4 − 1 + 0.5) / (1 + 0.5)) = ln(10 / 3)
        #expect(abs(BM25Channel.idf(documentFrequency: 1, documentCount: 4) - log(10.0 / 3)) < 1e-12)
        // A term in every document keeps a small positive idf: ln(1 + 0.5 / 4.5).
        #expect(abs(BM25Channel.idf(documentFrequency: 4, documentCount: 4) - log(1 + 0.5 / 4.5)) < 1e-12)
        // tf 2 in a document twice the average length: 2 · 2.2 / (2 + 1.2 · (0.25 + 0.75 · 2)) = 4.4 / 4.1.
        #expect(abs(BM25Channel.weight(count: 2, length: 10, averageLength: 5, idf: 1) - 4.4 / 4.1) < 1e-12)
        // At the average length a single occurrence weighs exactly the idf.
        #expect(abs(BM25Channel.weight(count: 1, length: 7, averageLength: 7, idf: 0.5) - 0.5) < 1e-12)
        // Repeats saturate: each further occurrence adds less.
        let weights = (1...5).map { BM25Channel.weight(count: Double($0), length: 5, averageLength: 5, idf: 1) }
        let steps = zip(weights.dropFirst(), weights).map { $0 - $1 }
        #expect(steps.allSatisfy { $0 > 0 } && zip(steps.dropFirst(), steps).allSatisfy { $0 < $1 })
    }

    @Test func appliesFromTwentyWords() {
        #expect(!BM25Channel.applies(words: 0))
        #expect(!BM25Channel.applies(words: 19))
        #expect(BM25Channel.applies(words: 20))
    }

    @Test func blendsScaledToTheBestCosine() {
        var scores: [Float] = [0.2, 0.1, 0]
        BM25Channel.blend([1, 4, 0], into: &scores)
        // scale 1.25 · 0.2 / 4 = 0.0625; each (cosine + 0.0625 · bm25) / 2.25.
        let expected: [Float] = [(0.2 + 0.0625) / 2.25, (0.1 + 0.25) / 2.25, 0]
        for (found, wanted) in zip(scores, expected) { #expect(abs(found - wanted) < 1e-7) }
        // A role best on both keeps its cosine.
        var same: [Float] = [0.3, 0.1]
        BM25Channel.blend([2, 1], into: &same)
        #expect(abs(same[0] - 0.3) < 1e-7)
        // Without any BM25 score, nothing changes.
        var unchanged: [Float] = [0.3, 0.1]
        BM25Channel.blend([0, 0], into: &unchanged)
        #expect(unchanged == [0.3, 0.1])
    }

    @Test func roleWordsAreWeightedOverTheirPlainCounts() throws {
        let roles = [
            Role(id: "a", soc: nil, title: "Nurse", summary: "Nurse patients at night", source: "test"),
            Role(id: "b", soc: nil, title: "Clerk", alternateTitles: ["File Clerk"], summary: "File papers", source: "test"),
        ]
        let vectors = RoleVectorizer().vectorize(roles, workers: 1)
        func id(_ term: String) throws -> Int32 {
            Int32(try #require(vectors.vocabulary.firstIndex { $0.term == term }))
        }
        // Plain words, stop words out, every field alike: a has nurs ×2, patient, night (4); b has clerk ×2,
        // file ×2, paper (5). Average length 4.5; every word is in one document of two.
        let idf = log(1 + 1.5 / 1.5)
        func weight(_ count: Double, _ length: Double) -> Float {
            Float(idf * count * 2.2 / (count + 1.2 * (0.25 + 0.75 * length / 4.5)))
        }
        let a = vectors.bm25Vectors[0], b = vectors.bm25Vectors[1]
        #expect(a.indices == [try id("night"), try id("nurs"), try id("patient")].sorted())
        #expect(b.indices == [try id("clerk"), try id("file"), try id("paper")].sorted())
        // Bigrams are in the vocabulary but get no BM25 weight.
        #expect(vectors.vocabulary.contains { $0.term == "file clerk" })
        let expectedA: [Int32: Float] = [try id("nurs"): weight(2, 4), try id("patient"): weight(1, 4), try id("night"): weight(1, 4)]
        let expectedB: [Int32: Float] = [try id("clerk"): weight(2, 5), try id("file"): weight(2, 5), try id("paper"): weight(1, 5)]
        for (vector, expected) in [(a, expectedA), (b, expectedB)] {
            for (term, value) in zip(vector.indices, vector.values) {
                #expect(abs(value - expected[term]!) < 1e-6)
            }
        }
    }
}
