import Testing
@testable import RolesCore

struct TitleHeadsTests {
    let analyzer = Analyzer()

    @Test func aTitlesHeadIsItsLastWordBeforeItsComplementSpelledOut() {
        let expected: [(title: String, head: String?)] = [
            ("Assembly Manager", "manag"), ("Pediatric Dentist", "dentist"), ("Director of Nursing", "director"),
            ("Sr. Accounting Mgr", "manag"), ("Tile and Marble Setter", "setter"), ("Nurse, ICU", "nurs"),
            ("Industrial Engineering Tech - 2nd Shift", "technician"), ("X-Ray Technician", "technician"),
            ("Crime Scene Investigator (CSI)", "investig"), ("IT Manager", "manag"), ("ICU RN", "nurs"),
            ("Teacher for the Deaf", "teacher"), ("Asst. Mgr.", "manag"), ("of", nil), ("", nil),
            // A sentence is a task, not a title.
            ("Scan dental models to create digital files.", nil),
        ]
        for (title, head) in expected {
            #expect(TitleHeads.head(ofTitle: title, analyzer: analyzer) == head, "\(title)")
        }
    }

    @Test func rolesGetTheHeadsOfTheirAlternateAndReportedTitlesAsPostings() {
        let nurse = Role(
            id: "29-1141.00", soc: "29-1141", title: "Registered Nurses", alternateTitles: ["Charge Nurse", "Director of Nursing"],
            source: "onet")
        let clerk = Role(
            id: "43-3031.00", soc: "43-3031", title: "Bookkeeping, Accounting, and Auditing Clerks",
            reportedTitles: ["Accounts Payable Clerk", "Bookkeeper"], source: "onet")
        let vectors = TitleHeads.vectorize([nurse, clerk], workers: 2)
        // Official titles give none: "Registered Nurses" adds nothing "Charge Nurse" does not.
        #expect(vectors.vocabulary.map(\.term) == ["bookkeep", "clerk", "director", "nurs"])
        #expect(vectors.vocabulary.map(\.documentFrequency) == [1, 1, 1, 1])
        #expect(vectors.roleVectors[0] == SparseVector(indices: [2, 3], values: [1, 1]))
        #expect(vectors.roleVectors[1] == SparseVector(indices: [0, 1], values: [1, 1]))
        let bare = TitleHeads.vectorize([Role(id: "11-1011.00", soc: "11-1011", title: "Chief Executives", source: "onet")])
        #expect(bare.vocabulary.isEmpty && bare.roleVectors == [SparseVector(indices: [], values: [])])
    }

    @Test func aTitleIsReadUpToItsFirstCommaParenthesisOrQualifier() {
        #expect(TitleHeads.beforeQualifier("Nurse, ICU (nights) - Unit 4") == "Nurse")
        #expect(TitleHeads.beforeQualifier("Crime Scene Investigator (CSI)") == "Crime Scene Investigator ")
        #expect(TitleHeads.beforeQualifier("Resident Choreographer – Regional Theater") == "Resident Choreographer")
        #expect(TitleHeads.beforeQualifier("Editor — Features | Weekend") == "Editor")
        #expect(TitleHeads.beforeQualifier("X-Ray Technician") == "X-Ray Technician")
        #expect(TitleHeads.beforeQualifier("") == "")
    }

    @Test func aTextEndingWithAPeriodAfterAWordIsASentence() {
        #expect(TitleHeads.isSentence("Scan dental models to create digital files."))
        #expect(TitleHeads.isSentence("Inspect cranes. "))
        #expect(!TitleHeads.isSentence("Asst. Mgr."))
        #expect(!TitleHeads.isSentence("Payroll Clerk"))
        #expect(!TitleHeads.isSentence("Co."))
    }
}
