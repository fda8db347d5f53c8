import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct IndexVocabularyTests {
    @Test(arguments: [1, 2, 3])
    func holdsWhatLookupReadsForEveryTerm(workers: Int) throws {
        let index = try Fixtures.index()
        let vocabulary = try index.vocabulary(workers: workers, minimumPartSize: 1)
        let terms = try index.read { db in try String.fetchAll(db, sql: "SELECT term FROM terms ORDER BY id") }
        #expect(vocabulary.count == terms.count)
        let entries = try index.lookup(terms)
        for (i, term) in terms.enumerated() {
            let entry = try #require(entries[term])
            let id = try #require(vocabulary.terms.id(of: term))
            #expect(id == Int32(i))
            #expect(vocabulary.storedIDs[i] == entry.id)
            #expect(vocabulary.idf[i] == entry.idf)
            #expect(vocabulary.display(id) == entry.display)
            #expect(vocabulary.postings(id) == entry.postings)
        }
    }

    @Test func gathersTheSameMatrixFromTheVocabularyAsFromPostings() throws {
        let index = try Fixtures.index()
        let vocabulary = try index.vocabulary()
        let terms = (0..<Int32(vocabulary.count)).filter { $0 % 3 == 0 }
        let fromPostings = GatherWorkspace(roleCount: index.roles.count)
        fromPostings.load(terms.map { vocabulary.postings($0) })
        let fromVocabulary = GatherWorkspace(roleCount: index.roles.count)
        fromVocabulary.load(terms: Array(terms.reversed()), from: vocabulary)
        fromVocabulary.load(terms: terms, from: vocabulary)
        #expect(fromVocabulary.columns == terms.count)
        #expect(fromVocabulary.matrix.prefix(terms.count * index.roles.count) == fromPostings.matrix.prefix(terms.count * index.roles.count))
        fromVocabulary.clear()
        #expect(fromVocabulary.matrix.allSatisfy { $0 == 0 })
    }
}

struct TermAccumulationTests {
    @Test func addsTheSameFromPostingsAsFromTheVocabulary() throws {
        let index = try Fixtures.index()
        let grams = try index.vocabulary(.titleGrams)
        let terms = (0..<Int32(grams.count)).filter { $0 % 5 == 1 }
        let weights = terms.map { Float($0 % 7) / 7 + 0.1 }
        var fromPostings = [Float](repeating: 0.25, count: index.roles.count)
        TermAccumulation.add(weights: weights, postings: terms.map { grams.postings($0) }, scale: 0.5, to: &fromPostings)
        var fromVocabulary = [Float](repeating: 0.25, count: index.roles.count)
        TermAccumulation.add(weights: weights, terms: terms, from: grams, scale: 0.5, to: &fromVocabulary)
        #expect(fromPostings == fromVocabulary)
        // Against a plain sum in doubles.
        for role in 0..<index.roles.count {
            var expected = 0.25
            for (weight, term) in zip(weights, terms) {
                let postings = grams.postings(term)
                if let k = postings.indices.firstIndex(of: Int32(role)) { expected += 0.5 * Double(weight) * Double(postings.values[k]) }
            }
            #expect(abs(Double(fromPostings[role]) - expected) < 1e-5)
        }
        #expect(fromPostings.contains { $0 != 0.25 })
    }
}

struct BatchScorerTests {
    @Test func ranksExactlyAsTheMatcherDoes() throws {
        let index = try Fixtures.index()
        let scorer = BatchScorer(index: index, vocabulary: try index.vocabulary(), grams: Lazy { try index.vocabulary(.titleGrams) }, heads: Lazy { try index.vocabulary(.titleHeads) }, exactTitles: Lazy { try index.vocabulary(.exactTitles) }, bm25: Lazy { try index.postingsInMemory(.bm25) }, top: 5)
        let matcher = Matcher(index: index)
        let texts = [
            "registered nurse in intensive care", "payroll clerk", "JavaScript developer building React front ends",
            "Registered Nurses", "software engineer - nights", "Sr. Software Engineer", "PT Payroll Clerk", "Part-Time Registered Nurses (PRN)", "Cook food in restaurants. Prepare sauces, grill meat; clean the kitchen.", "nurse nurse nurse payroll",
            "Cook food in restaurants: prepare sauces, grill meat and fish, plan the menu with the chef, order produce, "
                + "train new cooks and clean the kitchen at the end of every shift, nurse nurse payroll",
        ]
        let lines = ["Zymurgia Specialist", "Payroll Specialist", "", "Summary", "Process the payroll of 200 staff, enter timesheets and answer questions about pay."]
        for (i, text) in (texts + [lines.joined(separator: "\n")]).enumerated() {
            let line = #"{"id": "\#(i)", "text": "\#(text.replacingOccurrences(of: "\n", with: "\\n"))"}"#
            let record = scorer.record(for: .text(Data(line.utf8)), line: i + 1)
            let expected = try matcher.match(text, source: "line \(i + 1)", top: 5, detail: .terms).matches
            guard case .matches(let id, let matches)? = record else {
                Issue.record("no matches for \(text)")
                continue
            }
            #expect(id == "\(i)")
            #expect(matches == expected)
        }
    }

    @Test func aMatcherWithTheVocabularyInMemoryAnswersAsOneWithout() throws {
        let index = try Fixtures.index()
        let plain = Matcher(index: index)
        let held = Matcher(index: index, vocabulary: try index.vocabulary(), bm25: try index.postingsInMemory(.bm25))
        let texts = [
            "registered nurse in intensive care", "Payroll clerk", "Cook food in restaurants. Prepare sauces, grill meat; clean the kitchen.",
            "nurse nurse nurse payroll qqqz xxyzzy", "JavaScript developer building React front ends and the nurse station",
            "Process payroll for 300 staff, answer questions about pay and leave, reconcile the ledger each month and "
                + "file tax forms on time, qqqz xxyzzy payroll",
        ]
        for text in texts {
            let expected = try plain.match(text, source: "t", top: 4)
            let found = try held.match(text, source: "t", top: 4)
            #expect(found.matches == expected.matches)
            #expect(found.distinctTerms == expected.distinctTerms && found.knownTerms == expected.knownTerms)
            #expect(found.query.weights == expected.query.weights)
            #expect(found.query.entries.map(\.id) == expected.query.entries.map(\.id))
            #expect(found.query.entries.map(\.postings) == expected.query.entries.map(\.postings))
            #expect(found.query.entries.map(\.display) == expected.query.entries.map(\.display))
            // Gathered from the vocabulary (dense columns copied whole) or from the postings: the same matrix.
            let fromVocabulary = GatherWorkspace(roleCount: index.roles.count), fromPostings = GatherWorkspace(roleCount: index.roles.count)
            found.query.load(into: fromVocabulary)
            expected.query.load(into: fromPostings)
            for column in found.query.entries.indices {
                for role in index.roles.indices {
                    #expect(fromVocabulary.weight(role: role, column: column) == fromPostings.weight(role: role, column: column))
                }
            }
        }
        #expect(throws: MatchError.noWords(source: "t")) { try held.query("12 34", source: "t") }
        #expect(throws: MatchError.noKnownWords(source: "t")) { try held.query("qqqz xxyzzy", source: "t") }
    }

    @Test func namesTextsWithoutWordsAndWithoutKnownWords() throws {
        let index = try Fixtures.index()
        let scorer = BatchScorer(index: index, vocabulary: try index.vocabulary(), grams: Lazy { try index.vocabulary(.titleGrams) }, heads: Lazy { try index.vocabulary(.titleHeads) }, exactTitles: Lazy { try index.vocabulary(.exactTitles) }, bm25: Lazy { try index.postingsInMemory(.bm25) }, top: 5)
        func error(_ line: String, _ number: Int) -> (id: String?, line: Int, message: String)? {
            guard case .error(let id, let line, let message)? = scorer.record(for: .text(Data(line.utf8)), line: number) else { return nil }
            return (id, line, message)
        }
        let none = try #require(error(#"{"id": "a", "text": "12 34"}"#, 3))
        #expect(none.id == "a" && none.line == 3 && none.message == MatchError.noWords(source: "line 3").description)
        let unknown = try #require(error(#"{"id": "b", "text": "qqqz xxyzzy"}"#, 4))
        #expect(unknown.id == "b" && unknown.message == MatchError.noKnownWords(source: "line 4").description)
        #expect(scorer.record(for: .text(Data("  \t".utf8)), line: 5) == nil)
        // A title of unknown words is ranked by its grams, as by the matcher.
        guard case .matches(_, let byGrams)? = scorer.record(for: .text(Data(#"{"id": "c", "text": "Payrollist"}"#.utf8)), line: 6) else {
            Issue.record("a title of unknown words with grams like a role's title is ranked")
            return
        }
        let single = try Matcher(index: index).match("Payrollist", source: "t", top: 5, detail: .terms).matches
        #expect(byGrams.map(\.id) == single.map(\.id) && zip(byGrams, single).allSatisfy { abs($0.score - $1.score) < 1e-6 })
        // A text that leads with a title adds that title's scores, as the matcher does.
        let ad = "Payroll Specialist\nHarbor Foods — Tacoma, WA\n\nProcess the payroll of 200 staff, enter timesheets and answer questions about pay."
        let line = #"{"id": "d", "text": "# + String(decoding: try JSONEncoder().encode(ad), as: UTF8.self) + "}"
        guard case .matches(_, let led)? = scorer.record(for: .text(Data(line.utf8)), line: 7) else {
            Issue.record("a job ad is ranked")
            return
        }
        let expected = try Matcher(index: index).match(ad, source: "t", top: 5, detail: .terms).matches
        #expect(led == expected)
    }
}
