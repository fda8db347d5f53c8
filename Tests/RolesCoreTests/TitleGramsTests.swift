import Foundation
import Testing
@testable import RolesCore

struct TitleGramsTests {
    @Test func padsEachWordAndCountsGramsOfThreeAndFourLetters() {
        let counts = TitleGrams().counts("Sr. Mgr")
        // " sr " gives " sr", "sr ", " sr "; " mgr " gives " mg", "mgr", "gr ", " mgr", "mgr ".
        #expect(counts == [" sr": 1, "sr ": 1, " sr ": 1, " mg": 1, "mgr": 1, "gr ": 1, " mgr": 1, "mgr ": 1])
    }

    @Test func foldsCaseAndCountsRepeats() {
        let counts = TitleGrams().counts("NURSE nurse")
        #expect(counts["nur"] == 2)
        #expect(counts[" nur"] == 2)
        #expect(counts["NUR"] == nil)
    }

    @Test func countsAOneLetterWordOnceWhole() {
        #expect(TitleGrams().counts("R") == [" r ": 1])
        #expect(TitleGrams().counts("- / ()").isEmpty)
    }

    @Test func splitsWordsAtPunctuation() {
        #expect(TitleGrams().counts("AP/AR") == TitleGrams().counts("ap ar"))
    }

    @Test func readsShortTextsAsTitlesAndLongOnesNot() {
        #expect(TitleChannel.titlePart(of: "Senior Staff Accountant") == "Senior Staff Accountant")
        #expect(TitleChannel.titlePart(of: "one two three four five six seven eight") != nil)
        #expect(TitleChannel.titlePart(of: "one two three four five six seven eight nine") == nil)
        #expect(TitleChannel.titlePart(of: "Nurse - / -") == "Nurse - / -")
        #expect(TitleChannel.titlePart(of: " \n– ") == nil)
    }

    @Test func fusesWithTheChannelWeight() {
        var scores: [Float] = [0.5, 0.25]
        TitleChannel.fuse(&scores, titleScores: [0, 1])
        #expect(scores == [0.5, 0.25 + TitleChannel.weight])
    }

    @Test func vectorizesAllTitlesOfARoleIntoOneUnitVector() {
        let roles = [
            Role(id: "a", soc: nil, title: "Accountant", alternateTitles: ["Staff Accountant"], source: "test"),
            Role(id: "b", soc: nil, title: "Nurse", reportedTitles: ["Staff Nurse"], source: "test"),
        ]
        let result = TitleGramVectorizer.vectorize(roles, workers: 2)
        #expect(result.vocabulary.map(\.term) == result.vocabulary.map(\.term).sorted())
        let staff = result.vocabulary.firstIndex { $0.term == "staf" }!
        #expect(result.vocabulary[staff].documentFrequency == 2)
        let acc = result.vocabulary.firstIndex { $0.term == "acc" }!
        #expect(result.vocabulary[acc].documentFrequency == 1)
        #expect(result.vocabulary[acc].idf > result.vocabulary[staff].idf)
        for vector in result.roleVectors {
            #expect(abs(vector.dot(vector) - 1) < 1e-5)
        }
        // "Accountant" twice (title and alternate title): its grams count 2, so sublinear tf 1 + ln 2.
        let a = result.roleVectors[0]
        let accWeight = a.values[a.indices.firstIndex(of: Int32(acc))!]
        let staffWeight = a.values[a.indices.firstIndex(of: Int32(staff))!]
        let expected = Float((1 + log(2.0)) * Double(result.vocabulary[acc].idf) / Double(result.vocabulary[staff].idf))
        #expect(abs(accWeight / staffWeight - expected) < 1e-4)
    }
}
