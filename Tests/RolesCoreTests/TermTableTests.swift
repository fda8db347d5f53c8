import Testing
@testable import RolesCore

struct TermTableTests {
    @Test func numbersTermsInOrderOfInsertionAndFindsThemByTheirBytes() {
        var table = TermTable()
        let words = (0..<5000).map { "term\($0)" } + ["", "regist nurs", "café", "a"]
        for (i, word) in words.enumerated() { #expect(table.insert(word) == Int32(i)) }
        #expect(table.count == words.count)
        #expect(table.insert("term42") == 42, "inserting a known term returns its id")
        #expect(table.count == words.count)
        for (i, word) in words.enumerated() {
            #expect(table.id(of: word) == Int32(i))
            #expect(table.term(Int32(i)) == word)
            #expect(table.length(Int32(i)) == word.utf8.count)
        }
        #expect(table.id(of: "term5000") == nil)
        #expect(table.id(of: "regist") == nil)
        var buffer: [UInt8] = Array("x:".utf8)
        table.appendTerm(Int32(words.count - 3), to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "x:regist nurs")
    }

    @Test func concatenatedTablesNumberTheSecondAfterTheFirst() {
        var first = TermTable(), second = TermTable()
        for i in 0..<300 { first.insert("a\(i)") }
        for i in 0..<200 { second.insert("b\(i)") }
        let joined = TermTable(concatenating: [first, second])
        #expect(joined.count == 500)
        #expect(joined.id(of: "a7") == 7)
        #expect(joined.id(of: "b7") == 307)
        #expect(joined.term(499) == "b199")
        #expect(joined.id(of: "c1") == nil)
    }
}

struct VocabularyAnalyzerTests {
    static let texts = [
        "Registered nurses assess patients. Registered nurse in the ICU; nurses' notes",
        "Monitor, record and report symptoms or changes in patients' conditions",
        "Café manager – résumé • bullet\nC++ and .NET developer, node.js, CI/CD, 401(k) plans",
        "the of and", "", "12345 !!!", "Nurse nurse NURSE nursing nursed",
    ]

    /// The counts `Analyzer.termCounts` gives, restricted to the vocabulary, by id, with the surface form
    /// of each term's first occurrence (`Analyzer.termCountsAndSurfaces`).
    func expected(_ text: String, vocabulary: TermTable, settings: Analyzer.Settings) -> (counts: TermIDCounts, surfaces: [String]) {
        let (all, surfaces) = Analyzer(settings: settings).termCountsAndSurfaces(text)
        let known = all.compactMap { term, count in vocabulary.id(of: term).map { ($0, Int32(count), surfaces[term]!) } }.sorted { $0.0 < $1.0 }
        return (TermIDCounts(ids: known.map(\.0), counts: known.map(\.1), hasTerms: !all.isEmpty), known.map(\.2))
    }

    @Test(arguments: [true, false])
    func countsTheTermsTheAnalyzerFindsThatTheVocabularyKnows(bigrams: Bool) {
        let settings = Analyzer.Settings(bigrams: bigrams, stemmer: "porter2", stopWords: "english")
        var vocabulary = TermTable()
        // Every other term of the texts, so that some are known and some not.
        let analyzer = Analyzer(settings: settings)
        for (i, term) in Set(Self.texts.flatMap { analyzer.terms($0) }).sorted().enumerated() where i % 2 == 0 {
            vocabulary.insert(term)
        }
        let counter = VocabularyAnalyzer(settings: settings, vocabulary: vocabulary)
        for _ in 0..<2 {  // twice: the second time from the memos
            for text in Self.texts {
                var counted = counter.counts(text)
                let (counts, surfaces) = expected(text, vocabulary: vocabulary, settings: settings)
                // The words each term first came from, as the analyzer gives them (`nurses`, `registered nurses`).
                #expect(counted.surfaces.map(counter.surface) == surfaces, "\(text)")
                counted.surfaces = []
                #expect(counted == counts, "\(text)")
            }
        }
    }

    @Test(arguments: [true, false])
    func countsDistinctTermsKnownOrNotAsTheAnalyzerDoes(bigrams: Bool) {
        let settings = Analyzer.Settings(bigrams: bigrams, stemmer: "porter2", stopWords: "english")
        var vocabulary = TermTable()
        vocabulary.insert("nurs")
        let counter = VocabularyAnalyzer(settings: settings, vocabulary: vocabulary)
        for _ in 0..<2 {
            for text in Self.texts {
                let counted = counter.counts(text, distinct: true)
                #expect(counted.distinctTerms == Analyzer(settings: settings).termCounts(text).count, "\(text)")
                var plain = counted
                plain.distinctTerms = 0
                #expect(counter.counts(text) == plain)
            }
        }
        #expect(counter.counts("nurse nurse the nurse", distinct: true).distinctTerms == (bigrams ? 2 : 1))
    }
}
