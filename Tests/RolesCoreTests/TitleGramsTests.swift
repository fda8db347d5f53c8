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
        #expect(TitleChannel.read("Senior Staff Accountant") == .init(
            words: 3, text: "Senior Staff Accountant", title: "Senior Staff Accountant", grams: "Senior Staff Accountant", spelled: ["Senior Staff Accountant", "Accountant"]))
        #expect(TitleChannel.read("one two three four five six seven eight").title != nil)
        #expect(TitleChannel.read("one two three four five six seven eight nine") == .init(words: 9, text: "one two three four five six seven eight nine", title: nil, grams: nil, spelled: []))
        #expect(TitleChannel.read("Nurse - / -") == .init(words: 1, text: "Nurse - / -", title: "Nurse - / -", grams: "Nurse", spelled: ["Nurse"]))
        #expect(TitleChannel.read(" \n– ") == .init(words: 0, text: " \n– ", title: nil, grams: nil, spelled: []))
        #expect(TitleChannel.read("Sr. Nurse") == .init(
            words: 2, text: "Sr. Nurse", title: "Sr. Nurse\nsenior", grams: "Sr. Nurse\nsenior", spelled: ["senior Nurse", "Nurse"]))
    }

    @Test func looksATitleUpWithoutItsRankLast() {
        #expect(TitleChannel.withoutRank("Senior Cashier") == "Cashier")
        #expect(TitleChannel.withoutRank("Lead Line Cook") == "Line Cook")
        #expect(TitleChannel.withoutRank("Teller II") == "Teller")
        #expect(TitleChannel.withoutRank("Licensed Journeyman Plumber") == "Plumber")
        #expect(TitleChannel.withoutRank("Maintenance Mechanic 2") == "Maintenance Mechanic")
        // A rank word that is the title's last names the worker (`Sales Associate`, `Warehouse Lead`).
        #expect(TitleChannel.withoutRank("Sales Associate") == nil)
        #expect(TitleChannel.withoutRank("Senior Associate") == "Associate")
        #expect(TitleChannel.withoutRank("Cashier") == nil && TitleChannel.withoutRank("Senior II") == nil)
        #expect(TitleChannel.read("Head Cashier").spelled == ["Head Cashier", "Cashier"])
    }

    @Test func looksATitleOfAFieldUpAsTheFieldsTitleToo() {
        #expect(TitleChannel.reordered("Director of Marketing") == ["Marketing Director"])
        #expect(TitleChannel.reordered("Head of Sales") == ["Sales Director", "Sales Manager"])
        #expect(TitleChannel.reordered("Director of Human Resources") == ["Human Resources Director"])
        for title in ["Marketing Director", "of Marketing", "Director of", "Director of Sales of Parts", "Director of Sales and Business Development"] {
            #expect(TitleChannel.reordered(title).isEmpty)
        }
        #expect(TitleChannel.read("Director of Nursing").spelled == ["Director of Nursing", "Nursing Director"])
    }

    @Test func looksATitleUpByItsPartsLast() {
        #expect(TitleChannel.slashParts("Cashier/Stocker") == ["Cashier", "Stocker"])
        #expect(TitleChannel.slashParts("Caregiver / CNA") == ["Caregiver", "CNA"])
        #expect(TitleChannel.slashParts("AP/AR").isEmpty && TitleChannel.slashParts("Cashier").isEmpty && TitleChannel.slashParts("a/b/c/d").isEmpty)
        // A parenthesis that held terms is cut; one that spells the title another way is the title's own.
        #expect(TitleChannel.read("Sr Software Engineer (Remote, US)").spelled.contains("Software Engineer"))
        #expect(!TitleChannel.read("Lab Manager (Laboratory Manager)").spelled.contains("Lab Manager"))
        #expect(TitleChannel.withoutRank("Seasonal Warehouse Associate") == "Warehouse Associate")
        let spelled = TitleChannel.read("Cashier/Stocker - PT").spelled
        #expect(spelled.first == "Cashier/Stocker" && spelled.contains("Cashier") && spelled.contains("Stocker"))
    }

    @Test func looksALeadUpAsTheSupervisorOfItsWork() {
        #expect(TitleChannel.asSupervisor("Kitchen Lead") == "Kitchen Supervisor")
        #expect(TitleChannel.asSupervisor("Lead") == nil && TitleChannel.asSupervisor("Lead Cook") == nil)
        // A title typed with a line break after it reads as without.
        #expect(TitleChannel.read("Kitchen Lead\n").spelled == ["Kitchen Lead\n", "Kitchen Supervisor"])
        #expect(TitleChannel.read("Teller II\n").spelled == ["Teller II\n", "Teller"])
        #expect(TitleChannel.read("PT Cashier\n").text == "Cashier")
    }

    @Test func readsATitlesGramsUpToItsQualifier() {
        #expect(TitleChannel.read("Industrial Engineering Tech - 2nd Shift") == .init(
            words: 5, text: "Industrial Engineering Tech - 2nd Shift", title: "Industrial Engineering Tech - 2nd Shift\ntechnician", grams: "Industrial Engineering Tech\ntechnician",
            spelled: ["Industrial Engineering technician"]))
        #expect(TitleChannel.read("Resident Choreographer – Regional Theater").grams == "Resident Choreographer")
        #expect(TitleChannel.read("Warehouse Lead | Nights — Dock 4").grams == "Warehouse Lead")
        // A hyphen in a word is not a separator; nor is a dash that would leave no word before it.
        #expect(TitleChannel.read("X-Ray Tech (ARRT) – PRN Nights").grams == "X-Ray Tech (ARRT)\ntechnician")
        #expect(TitleChannel.read(" - Payroll Clerk").grams == " - Payroll Clerk")
        // Each separator, wherever it comes first.
        for separator in TitleChannel.qualifierSeparators {
            #expect(TitleChannel.head(of: "Payroll Clerk\(separator)Nights - Dock") == "Payroll Clerk", "\(separator)")
            #expect(TitleChannel.head(of: "Payroll Clerk\(separator.dropLast())") == "Payroll Clerk\(separator.dropLast())")
        }
        #expect(TitleChannel.head(of: "Café Manager — Nights") == "Café Manager")
    }

    @Test func spellsOutATitlesAbbreviationsInPlace() {
        #expect(TitleAbbreviations.spelledOut("RN") == ["registered nurse"])
        #expect(TitleAbbreviations.spelledOut("SRE") == ["site reliability engineer"])
        #expect(TitleAbbreviations.spelledOut("BCBA") == ["behavior analyst"])
        // Compounds written as one word, as O*NET's titles write them.
        #expect(TitleAbbreviations.spelledOut("Backend Engineer") == ["back end Engineer"])
        #expect(TitleAbbreviations.spelledOut("Fullstack Developer") == ["full stack Developer"])
        // Nursing units; `Tele` of a sales title is no telemetry.
        #expect(TitleAbbreviations.spelledOut("L&D Nurse") == ["labor and delivery Nurse"])
        #expect(TitleAbbreviations.spelledOut("Tele Nurse") == ["telemetry Nurse"])
        #expect(TitleAbbreviations.spelledOut("Tele Sales Rep") == ["Tele Sales representative"])
        #expect(TitleAbbreviations.spelledOut("Chem Teacher") == ["chemistry Teacher", "chemical Teacher"])
        #expect(TitleChannel.read("RN - Nights").spelled == ["registered nurse"])
        #expect(TitleAbbreviations.spelledOut("AP/AR Clerk (Mfg.)") == ["accounts payable receivable Clerk manufacturing"])
        // An abbreviation of alternatives gives a spelling for each, up to a bound.
        #expect(TitleAbbreviations.spelledOut("Admin Asst") == ["administrative assistant", "administrator assistant"])
        #expect(TitleAbbreviations.spelledOut("Sr. Acct Admin") == [
            "senior accountant administrative", "senior accountant administrator", "senior accounting administrative",
            "senior accounting administrator",
        ])
        #expect(TitleAbbreviations.spelledOut("Med Vet Psych").count == TitleAbbreviations.maxSpellings)
        // A title without abbreviations is left as it is.
        #expect(TitleAbbreviations.spelledOut("Payroll Clerk, Nights") == ["Payroll Clerk, Nights"])
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

struct MatchConfidenceTests {
    /// The shares worked out from the model's formula, for a text the title channel did not score.
    private func expected(_ scores: [Double], words: Int, long: Bool) -> [Double] {
        let w = log(Double(words)), l = long ? 1.0 : 0.0
        func at(_ c: MatchConfidence.Linear) -> Double { c.constant + c.long * l + c.logWords * w }
        let (sharpness, power) = (at(MatchConfidence.sharpness), at(MatchConfidence.power))
        let lead = (at(MatchConfidence.lead) + at(MatchConfidence.leadMargin) * (scores[0] - scores[1]))
            * tanh((scores[0] - scores[1]) / scores[0] / MatchConfidence.tieWidth)
        let rest = at(MatchConfidence.rest) + MatchConfidence.restBestScore * scores[0]
        let weights = scores.enumerated().map { exp(sharpness * $1 + power * log($1) + ($0 == 0 ? lead : 0)) }
        let total = weights.reduce(exp(rest), +)
        return weights.map { $0 / total }
    }

    @Test func sharesOneUnitAmongTheBestRolesAndSomeOtherRole() {
        for (words, long) in [(12, false), (200, true)] {
            let scores: [Float] = [0.31, 0.3, 0.12]
            let confidences = MatchConfidence.confidences(ranked: scores, count: 3, title: false, words: words)
            let worked = expected(scores.map(Double.init), words: words, long: long)
            for (got, want) in zip(confidences, worked) { #expect(abs(Double(got) - want) < 1e-6) }
            #expect(confidences[0] > confidences[1] && confidences[1] > confidences[2])
            #expect(confidences.reduce(0, +) < 1)
        }
        #expect(MatchConfidence.confidences(ranked: [], count: 3, title: false, words: 1).isEmpty)
        #expect(MatchConfidence.confidences(ranked: [0.5], count: 0, title: false, words: 1).isEmpty)
        #expect(MatchConfidence.confidences(ranked: [0.5, 0.2], count: 5, title: true, words: 2).count == 2)
    }

    @Test func neverAddsUpToMoreThanOneAndNeverRanksAWorseMatchAbove() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let count = Int.random(in: 1...40, using: &generator)
            let top = Float.random(in: 0...1.8, using: &generator)
            // Best first, with ties and zeros among them.
            let scores = (0..<count).map { _ in Float.random(in: 0...1, using: &generator) < 0.2 ? 0 : Float.random(in: 0...top, using: &generator) }
                .sorted(by: >)
            let words = Int.random(in: 1...100_000, using: &generator)
            let confidences = MatchConfidence.confidences(ranked: scores, count: count, title: words <= 8, words: words)
            #expect(confidences.count == count)
            #expect(confidences.reduce(0, +) <= 1.0001)
            #expect(confidences.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(zip(confidences, confidences.dropFirst()).allSatisfy { $0 >= $1 })
            // Asking for fewer changes none of them.
            let fewer = Int.random(in: 1...count, using: &generator)
            #expect(MatchConfidence.confidences(ranked: scores, count: fewer, title: words <= 8, words: words)
                == Array(confidences.prefix(fewer)))
        }
    }

    @Test func givesAClearWinnerMoreThanAToss() {
        let clear = MatchConfidence.confidences(ranked: [0.9, 0.3, 0.2], count: 1, title: true, words: 2)[0]
        let toss = MatchConfidence.confidences(ranked: [0.9, 0.89, 0.2], count: 1, title: true, words: 2)[0]
        #expect(clear > 0.9 && toss < clear - 0.2)
        // Matches that tie get the same, and a hair's lead little more.
        let tied = MatchConfidence.confidences(ranked: [0.3, 0.3, 0.1], count: 2, title: false, words: 200)
        #expect(tied[0] == tied[1])
        let hair = MatchConfidence.confidences(ranked: [0.3001, 0.3, 0.1], count: 2, title: false, words: 200)
        #expect(hair[0] > hair[1] && hair[0] - hair[1] < 0.02)
        // A text that is one of the index's titles is more surely its role than one that only resembles it.
        let scores: [Float] = [1.3, 1.0, 0.9, 0.8]
        #expect(MatchConfidence.confidences(ranked: scores, count: 1, title: true, exact: true, words: 2)[0]
            > MatchConfidence.confidences(ranked: scores, count: 1, title: true, exact: false, words: 2)[0])
    }

    @Test func countsWordsThatHoldALetterOrDigit() {
        #expect(TitleChannel.wordCount("Sr. Nurse – ICU") == 3)
        #expect(TitleChannel.wordCount("a b c d e") == 5)
        #expect(TitleChannel.wordCount("  \n ") == 0)
    }
}

struct WordCountTests {
    @Test func countsASCIIAndOtherTextAlike() {
        #expect(TitleChannel.wordCount("Café manager – nights") == 3)
        #expect(TitleChannel.wordCount("Cafe manager - nights") == 3)
        #expect(TitleChannel.wordCount("Jefe\u{00A0}de cocina") == 3)
        #expect(TitleChannel.wordCount("a\tb\nc  d") == 4)
        #expect(TitleChannel.isTitle(words: 8) && !TitleChannel.isTitle(words: 9) && !TitleChannel.isTitle(words: 0))
    }
}

struct TitleAbbreviationsTests {
    @Test func addsTheWordsOfEachAbbreviationOnceOnALineAfterTheTitle() {
        #expect(TitleAbbreviations.expand("Sr. Acct Mgr") == "Sr. Acct Mgr\nsenior\naccountant accounting\nmanager")
        #expect(TitleAbbreviations.expand("RN (ICU), RN float pool") == "RN (ICU), RN float pool\nregistered nurse")
        #expect(TitleAbbreviations.expand("AP/AR Clerk") == "AP/AR Clerk\naccounts payable receivable")
        #expect(TitleAbbreviations.expand("HVAC-R Tech") == "HVAC-R Tech\nheating ventilation air conditioning\ntechnician")
    }

    @Test func readsOtherThanASCIIAsASCII() {
        // The byte split for ASCII titles and the character split for others find the same words.
        #expect(TitleAbbreviations.expand("Sr. Café Mgr") == "Sr. Café Mgr\nsenior\nmanager")
        #expect(TitleAbbreviations.expand("Sr.\u{2003}Acct\tMgr\r\n") == "Sr.\u{2003}Acct\tMgr\r\n\nsenior\naccountant accounting\nmanager")
        #expect(TitleAbbreviations.expand("Sr.\u{2003}Acct\tMgr\r\nCafé") == "Sr.\u{2003}Acct\tMgr\r\nCafé\nsenior\naccountant accounting\nmanager")
    }

    @Test func leavesTextsWithoutAbbreviationsAsTheyAre() {
        #expect(TitleAbbreviations.expand("Registered Nurse") == "Registered Nurse")
        #expect(TitleAbbreviations.expand("Technician") == "Technician")
        #expect(TitleAbbreviations.expand("") == "")
    }
}
