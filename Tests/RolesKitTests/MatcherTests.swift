import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct MatcherTests {
    @Test func addsTheWeightedTitleGramCosineForAShortText() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Payroll Clerk"
        let query = try matcher.query(text, source: "test")
        let spelled = try #require(TitleChannel.read(text).title)
        let title = try #require(try matcher.titleQuery(spelled))
        let fused = try matcher.rank(query, title: title, words: 2, top: 3, detail: .terms)
        let words = try matcher.rank(query, words: 2, top: index.roles.count, detail: .terms)
        #expect(fused.count == 3)
        for match in fused {
            let role = try #require(index.roles.firstIndex { $0.id == match.id })
            let word = words.first { $0.id == match.id }?.score ?? 0
            var gram: Float = 0
            for (entry, weight) in zip(title.entries, title.weights) {
                if let k = entry.postings.indices.firstIndex(of: Int32(role)) { gram += weight * entry.postings.values[k] }
            }
            #expect(gram > 0)
            #expect(abs(match.score - (word + TitleChannel.weight * gram)) < 1e-5)
        }
        let long = "Processed the payroll of 400 staff every two weeks and answered their questions about pay"
        #expect(TitleChannel.read(long).title == nil)
        #expect(try matcher.titleQuery("zzqx") == nil)
    }

    @Test func ranksATitleOfUnknownWordsByItsGramsAlone() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        #expect(throws: MatchError.noKnownWords(source: "t")) { try matcher.query("Payrollist", source: "t") }
        let result = try matcher.match("Payrollist", source: "t", top: 3)
        let title = try #require(try matcher.titleQuery("Payrollist"))
        #expect(result.knownTerms == 0 && result.matches.first?.id == "payroll-clerk")
        for match in result.matches {
            let role = try #require(index.roles.firstIndex { $0.id == match.id })
            var gram: Float = 0
            for (entry, weight) in zip(title.entries, title.weights) {
                if let k = entry.postings.indices.firstIndex(of: Int32(role)) { gram += weight * entry.postings.values[k] }
            }
            #expect(abs(match.score - TitleChannel.weight * gram) < 1e-5)
            #expect(match.why.terms.isEmpty)
        }
        // No title shares a word with it, so the one its grams are nearest explains the match.
        #expect(result.matches.first?.why.title == "Payroll Specialist")
        #expect(try #require(result.matches.first).score >= TitleChannel.gramsAloneMinimum)
        // Grams that are chance pieces of titles are not enough, and a long text is never read by its grams.
        #expect(throws: MatchError.noKnownWords(source: "t")) { try matcher.match("xyq zzwv", source: "t", top: 3) }
        #expect(throws: MatchError.noKnownWords(source: "t")) {
            try matcher.match(Array(repeating: "Payrollist", count: TitleChannel.maxTitleWords + 1).joined(separator: " "), source: "t", top: 3)
        }
    }

    @Test func addsTheScoresOfTheTitleALongTextLeadsWith() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let ad = "Payroll Specialist\nHarbor Foods — Tacoma, WA\n\nProcess the payroll of 200 staff, enter timesheets and answer questions about pay."
        #expect(LeadingTitle.candidates(in: ad) == ["Payroll Specialist"])
        let lead = try #require(try matcher.leadingTitleScores("Payroll Specialist"))
        let reading = TitleChannel.read(ad)
        let withLead = try matcher.match(ad, source: "t", top: index.roles.count, detail: .terms).matches
        let without = try matcher.rank(try matcher.query(ad, source: "t"), words: reading.words, top: index.roles.count, detail: .terms)
        #expect(withLead.count >= without.count)
        for match in withLead {
            let role = try #require(index.roles.firstIndex { $0.id == match.id })
            // A role with no score from the text alone is not ranked without the title.
            let alone = without.first { $0.id == match.id }?.score ?? 0
            #expect(abs(match.score - (alone + LeadingTitle.weight * lead[role])) < 1e-5)
        }
        #expect(withLead.first?.id == "payroll-clerk")
        // A title whose head the index does not know adds nothing.
        #expect(try matcher.leadingTitleScores("Chief Zymurgist") == nil)
        // A name over a headline, without contact details: the name's first word is none of the index's.
        let named = "Zymurgia Specialist\nPayroll Specialist\n\nSummary\nProcess the payroll of 200 staff, enter timesheets and answer questions about pay."
        #expect(LeadingTitle.candidates(in: named, knows: matcher.knows) == ["Payroll Specialist"])
        #expect(!matcher.knows("Zymurgia") && matcher.knows("Payroll"))
    }

    @Test func addsTheHeadWeightToTheRolesWithATitleOfTheSameHead() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Night Payroll Clerk"
        let query = try matcher.query(try #require(TitleChannel.read(text).title), source: "test")
        let grams = try matcher.titleQuery(try #require(TitleChannel.read(text).grams))
        let head = try #require(try matcher.headQuery(text))
        #expect(head.entries.map(\.display) == ["clerk"])
        let withHead = try matcher.match(text, source: "test", top: index.roles.count, detail: .terms).matches
        let without = try matcher.rank(query, title: grams, words: 3, top: index.roles.count, detail: .terms)
        // The roles with a title headed by "clerk", as the index stores them.
        let clerks = Set(try #require(try index.lookup(["clerk"], in: .titleHeads)["clerk"]).postings.indices)
        var raised = 0
        for match in withHead {
            let role = try #require(index.roles.firstIndex { $0.id == match.id })
            let before = without.first { $0.id == match.id }?.score ?? 0
            let added: Float = clerks.contains(Int32(role)) ? TitleHeads.weight : 0
            if added > 0 { raised += 1 }
            #expect(abs(match.score - (before + added)) < 1e-6, "\(match.id)")
        }
        #expect(raised >= 1 && raised < index.roles.count)
        #expect(try matcher.headQuery("Zzqx Wrangler") == nil)
    }

    @Test func addsTheExactTitleWeightToTheRolesCalledByATitleText() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        for (text, spelled) in [("registered nurses", "registered nurses"), ("Software Engineer - Nights", "Software Engineer")] {
            let reading = TitleChannel.read(text)
            #expect(reading.grams == spelled)
            let query = try matcher.query(try #require(reading.title), source: "test")
            let exact = try #require(try matcher.exactQuery(text, spelled: reading.spelled))
            let key = try #require(ExactTitles.key(spelled, analyzer: Analyzer()))
            #expect(exact.entries.map(\.display) == [key])
            let with = try matcher.match(text, source: "test", top: index.roles.count, detail: .terms).matches
            let without = try matcher.rank(
                query, title: try matcher.titleQuery(spelled), head: try matcher.headQuery(text), words: reading.words,
                top: index.roles.count, detail: .terms)
            // The roles called by the title, as the index stores them, with their share of the weight.
            let postings = try #require(try index.lookup([key], in: .exactTitles)[key]).postings
            var raised = 0
            for match in with {
                let role = try #require(index.roles.firstIndex { $0.id == match.id })
                let before = without.first { $0.id == match.id }?.score ?? 0
                let share = postings.indices.firstIndex(of: Int32(role)).map { postings.values[$0] } ?? 0
                if share > 0 { raised += 1 }
                #expect(abs(match.score - (before + ExactTitles.weight * share)) < 1e-6, "\(match.id)")
            }
            #expect(raised >= 1)
        }
        #expect(try matcher.exactQuery("Zzqx Wrangler", spelled: ["Zzqx Wrangler"]) == nil)
        #expect(try matcher.exactQuery("Night Registered Nurse", spelled: []) == nil)
    }

    @Test func aTitlesQualifierCountsInItsWordsButNotInItsGrams() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Payroll Clerk - Ledger"
        let matches = try matcher.match(text, source: "test", top: 3, detail: .terms).matches
        let query = try matcher.query(try #require(TitleChannel.read(text).title), source: "test")
        let head = try #require(try matcher.titleQuery("Payroll Clerk"))
        let expected = try matcher.rank(
            query, title: head, head: try matcher.headQuery(text), exact: try matcher.exactQuery(text, spelled: ["Payroll Clerk"]), words: 3,
            top: 3, detail: .terms)
        #expect(matches.map(\.id) == expected.map(\.id))
        #expect(matches.map(\.score) == expected.map(\.score))
        #expect(query.entries.contains { $0.display == "ledger" })
    }

    @Test func aTitlesTermsOfEmploymentAreNotScored() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let plain = try matcher.match("Payroll Clerk", source: "test", top: 3, detail: .terms).matches
        for text in ["PT Payroll Clerk", "Payroll Clerk (Part-Time)", "Remote Payroll Clerk"] {
            let matches = try matcher.match(text, source: "test", top: 3, detail: .terms).matches
            #expect(matches.map(\.id) == plain.map(\.id))
            #expect(matches.map(\.score) == plain.map(\.score))
        }
    }

    @Test func blendsTheBM25ScoresOfALongTextIntoItsCosine() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = """
            Registered nurse on a busy ward: assess patients, give medication, monitor vital signs, record \
            care in the chart, and teach patients and families what to do after discharge.
            """
        let words = TitleChannel.wordCount(text)
        #expect(BM25Channel.applies(words: words))
        let query = try matcher.query(text, source: "test")
        // The BM25 scores: each word's postings times its count in the text, against a sum in doubles.
        let bm25 = try matcher.bm25Scores(query)
        let postings = try index.termPostings(query.entries.map(\.id), in: .bm25)
        #expect(!postings.isEmpty)
        for role in 0..<index.roles.count {
            var expected = 0.0
            for (entry, count) in zip(query.entries, query.counts) {
                guard let list = postings[entry.id], let k = list.indices.firstIndex(of: Int32(role)) else { continue }
                expected += Double(count) * Double(list.values[k])
            }
            #expect(abs(Double(bm25[role]) - expected) < 1e-4)
        }
        #expect(query.counts.contains { $0 > 1 })
        // Ranked as the cosine (scored as a shorter text would be) with BM25 blended in.
        let cosines = try matcher.rank(query, words: BM25Channel.minimumWords - 1, top: index.roles.count, detail: .terms)
        var expected = [Float](repeating: 0, count: index.roles.count)
        for match in cosines { expected[try #require(index.roles.firstIndex { $0.id == match.id })] = match.score }
        BM25Channel.blend(bm25, into: &expected)
        let blended = try matcher.match(text, source: "test", top: index.roles.count, detail: .terms).matches
        // Every role with a positive score, and no other.
        #expect(blended.count == expected.filter { $0 > 0 }.count && blended.count >= 2)
        for match in blended {
            #expect(match.score == expected[try #require(index.roles.firstIndex { $0.id == match.id })])
        }
        #expect(blended.first?.id == "29-1141.00")
        // A matcher holding every word's postings answers the same.
        let held = Matcher(index: index, vocabulary: try index.vocabulary(), bm25: try index.postingsInMemory(.bm25))
        #expect(try held.match(text, source: "test", top: index.roles.count, detail: .terms).matches == blended)
    }

    @Test func readsTheAbbreviationsOfATitleButNotOfALongerText() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let short = try matcher.match("ICU RN", source: "test", top: 1, detail: .terms)
        #expect(short.matches.first?.id == "29-1141.00")
        #expect(short.matches.first?.why.terms.contains { $0.term == "registered nurse" } == true)
        let long = try matcher.match("ICU RN on nights, twelve hour shifts, charge duties most weekends", source: "test", top: 1, detail: .terms)
        #expect(long.matches.first?.why.terms.contains { $0.term == "registered nurse" } != true)
    }

    @Test func givesEachMatchItsShareOfTheConfidence() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "Nurse and clerk: record patient data, process payroll, prepare reports and food"
        let all = try matcher.match(text, source: "test", top: index.roles.count, detail: .terms).matches
        try #require(all.count >= 3)
        let three = try matcher.match(text, source: "test", top: 3, detail: .terms).matches
        let one = try matcher.match(text, source: "test", top: 1, detail: .terms).matches
        #expect(Array(all.prefix(3)) == three)
        #expect(one == [three[0]])
        let words = TitleChannel.wordCount(text)
        #expect(words == 12)
        let ranked = Array(all.prefix(MatchConfidence.candidates)).map(\.score)
        #expect(three.map(\.confidence) == MatchConfidence.confidences(ranked: ranked, count: 3, title: false, words: words))
        #expect(all.map(\.confidence).reduce(0, +) <= 1.0001)
        #expect(three[0].confidence > three[1].confidence && three[1].confidence >= three[2].confidence)
    }

    @Test func ranksTheRoleSharingRareTermsFirstAndExplainsIt() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let result = try matcher.match("ICU nurse: monitor vital signs and give medication", source: "test", top: 3)
        let best = try #require(result.matches.first)
        #expect(best.id == "29-1141.00")
        #expect(best.soc == "29-1141")
        #expect(best.why.terms.first?.term == "vital signs" || best.why.terms.contains { $0.term == "nurse" })
        #expect(best.why.terms.map(\.contribution).reduce(0, +) <= best.score + 1e-5)
        #expect(best.why.title == "ICU Nurse")
        #expect(best.why.tasks.first?.task == "Monitor patient vital signs in the intensive care unit.")
        #expect(result.matches.map(\.score) == result.matches.map(\.score).sorted(by: >))
    }

    @Test func termsOnlyExplanationSkipsTitlesAndTasks() throws {
        let matcher = Matcher(index: try Fixtures.index())
        let best = try #require(try matcher.match("payroll clerk", source: "test", top: 1, detail: .terms).matches.first)
        #expect(best.id == "payroll-clerk")
        #expect(best.why.title == nil && best.why.tasks.isEmpty && !best.why.terms.isEmpty)
    }

    @Test func textWithoutWordsIsAnError() throws {
        let matcher = Matcher(index: try Fixtures.index())
        #expect(throws: MatchError.noWords(source: "empty.txt")) { try matcher.match("  \n 2024 ", source: "empty.txt", top: 5) }
        #expect(MatchError.noWords(source: "empty.txt").description.hasPrefix("no words to match in empty.txt"))
        #expect(throws: MatchError.noKnownWords(source: "x")) { try matcher.match("zyzzyva quixotry", source: "x", top: 5) }
    }

    @Test func searchPutsTheRoleWithTheClosestTitleFirst() throws {
        let search = TitleSearch(index: try Fixtures.index())
        let results = try search.search("grill cook", top: 3)
        #expect(results.first?.id == "line-cook")
        #expect(results.first?.alternateTitles == ["Prep Cook", "Grill Cook", "Cook"])
        #expect(results.first?.why.title == "Grill Cook")
    }

    @Test func searchAddsTheShareOfAQueryThatIsARolesTitle() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let text = "registered nurses"
        let results = try TitleSearch(index: index).search(text, top: 3)
        let first = try #require(results.first)
        #expect(first.id == "29-1141.00")
        // Half the document cosine, half the nearest title's, and the whole weight of the official title.
        let query = try matcher.query(try #require(TitleChannel.read(text).title), source: "test")
        let document = try #require(try matcher.rank(query, words: 2, top: index.roles.count, detail: .terms).first { $0.id == first.id }).score
        let role = try #require(index.roles.firstIndex { $0.id == first.id })
        let title = try index.titles(ofRole: role).map { query.vector.dot($0.vector) }.max() ?? 0
        #expect(abs(first.score - (0.5 * document + 0.5 * title + ExactTitles.weight)) < 1e-5)
        // A query that is nobody's title adds nothing.
        let other = try #require(try TitleSearch(index: index).search("nurse payroll", top: 1).first)
        let otherQuery = try matcher.query("nurse payroll", source: "test")
        let otherRole = try #require(index.roles.firstIndex { $0.id == other.id })
        let otherDocument = try #require(try matcher.rank(otherQuery, words: 2, top: index.roles.count, detail: .terms).first { $0.id == other.id }).score
        let otherTitle = try index.titles(ofRole: otherRole).map { otherQuery.vector.dot($0.vector) }.max() ?? 0
        #expect(abs(other.score - (0.5 * otherDocument + 0.5 * max(0, otherTitle))) < 1e-5)
    }

    @Test func explanationsShowTheTextsOwnWords() throws {
        let index = try Fixtures.index()
        let text = "Processed payrolls and reconciled ledgers for 300 staff every month, answering questions on pay"
        let plain = try Matcher(index: index).match(text, source: "t", top: 1).matches
        let matcher = try Matcher(index: index, vocabulary: try index.vocabulary(), bm25: try index.postingsInMemory(.bm25))
        let held = try matcher.match(text, source: "t", top: 1).matches
        let terms = try #require(plain.first?.why.terms.map(\.term))
        // The index shows the stem's shortest form (`payroll`); an explanation shows the text's word.
        #expect(terms.contains("payrolls") && !terms.contains("payroll"), "\(terms)")
        #expect(held.first?.why.terms.map(\.term) == terms)
        // A query ranked after its analyzer has moved on to another text falls back to the index's forms.
        let query = try matcher.query(text, source: "t")
        _ = try matcher.query("nurse", source: "t")
        let stale = try matcher.rank(query, words: 15, top: 1, detail: .terms)
        let staleTerms = try #require(stale.first?.why.terms.map(\.term))
        #expect(staleTerms.contains("payroll") && !staleTerms.contains("payrolls"), "\(staleTerms)")
    }

    @Test func searchFindsATitleOfUnknownWordsByItsGrams() throws {
        let index = try Fixtures.index()
        let matcher = Matcher(index: index)
        let results = try TitleSearch(index: index).search("Payrollist", top: 3)
        let first = try #require(results.first)
        #expect(first.id == "payroll-clerk" && first.why.title == "Payroll Specialist" && first.why.terms.isEmpty)
        // Half the role's gram cosine, half its nearest title's.
        let title = try #require(try matcher.titleQuery("Payrollist"))
        let role = try #require(index.roles.firstIndex { $0.id == first.id })
        var gram: Float = 0
        for (entry, weight) in zip(title.entries, title.weights) {
            if let k = entry.postings.indices.firstIndex(of: Int32(role)) { gram += weight * entry.postings.values[k] }
        }
        let nearest = try index.titles(ofRole: role).map { row -> Float in
            let counts = TitleGrams().counts(row.text)
            return Query(counts: counts, entries: try index.lookup(counts.keys, in: .titleGrams)).vector.dot(title.vector)
        }.max() ?? 0
        #expect(nearest > 0 && abs(first.score - (0.5 * gram + 0.5 * nearest)) < 1e-5)
        #expect(results.map(\.score) == results.map(\.score).sorted(by: >))
        // Chance pieces of titles are still no known words.
        #expect(throws: MatchError.noKnownWords(source: "the query")) { try TitleSearch(index: index).search("xyq zzwv", top: 3) }
    }

    @Test func searchSpellsOutTheAbbreviationsOfATitle() throws {
        let search = TitleSearch(index: try Fixtures.index())
        let results = try search.search("ICU RN", top: 1)
        #expect(results.first?.id == "29-1141.00")
        #expect(results.first?.why.terms.contains { $0.term == "registered nurse" } == true)
    }
}
