import Testing
@testable import RolesCore

struct PhraseFinderTests {
    /// Every run of at most `longest` words, of the stems and of the marked words as written, looked up
    /// whole in the table: what a finder must find, by definition.
    static func reference(_ text: String, phrases: [String: [Int32]], longest: Int) -> [Int32] {
        let (words, stems) = Analyzer().wordsAndStems(text)
        var found = Set<Int32>()
        for (run, mark) in [(stems, ""), (words, SkillPhrase.surfaceMark)] {
            for start in run.indices {
                for end in start..<min(run.count, start + longest) {
                    found.formUnion(phrases[mark + run[start...end].joined(separator: " ")] ?? [])
                }
            }
        }
        return found.sorted()
    }

    static let phrases: [String: [Int32]] = {
        let analyzer = Analyzer()
        var table: [String: [Int32]] = [:]
        let technologies = ["Microsoft Excel", "Microsoft SQL Server", "Epic Systems", "Rapide", "C++", "Post Once", "SAP software",
                            "Adobe Experience Manager (AEM)"]
        let skills = ["Scheduling", "Project management", "Accounts payable", "Customer service", "Critical thinking",
                      "Management of financial resources", "Service", "Product management"]
        for (i, name) in technologies.enumerated() {
            table[SkillPhrase.surfaceMark + analyzer.wordsAndStems(name).words.joined(separator: " "), default: []].append(Int32(i))
        }
        for (i, name) in skills.enumerated() {
            table[analyzer.wordsAndStems(name).stems.joined(separator: " "), default: []].append(Int32(100 + i))
        }
        table["="] = [900]  // a phrase without words is never found
        return table
    }()

    @Test func findsWhatLookingUpEveryRunFinds() {
        let finder = PhraseFinder(phrases: Self.phrases)
        let texts = [
            "Built reports in Microsoft Excel and Microsoft SQL Server; scheduled shifts (scheduling).",
            "Project managers manage projects: project management, the management of financial resources.",
            "Rapid growth. Rapide simulations in C++ and posting once a day, not Post Once.",
            "Accounts payable, customer service and critical-thinking; services for customers. SAP software.",
            "", "the of and", "Microsoft", "EPIC systems epic", "service service service",
            "Give blood products; manage central lines. Product management, Adobe Experience Manager (AEM) pages.",
            "Adobe Experience Manager AEM; products\nmanagement",
        ]
        for longest in [1, 2, 8] {
            for _ in 0..<2 {  // the second time from the finder's memo of words
                for text in texts {
                    #expect(finder.items(in: text, longest: longest) == Self.reference(text, phrases: Self.phrases, longest: longest), "\(text)")
                }
            }
        }
        #expect(finder.items(in: "Reconciled accounts payable in Microsoft Excel", longest: 8) == [0, 102])
        #expect(finder.items(in: "rapid excel", longest: 8) == [])
        // A phrase crosses punctuation or a line break only where the skill's own name does.
        #expect(finder.items(in: "Give blood products; manage central lines", longest: 8) == [])
        #expect(finder.items(in: "products\nmanagement", longest: 8) == [])
        #expect(finder.items(in: "Led product management", longest: 8) == [107])
        #expect(finder.items(in: "Built pages in Adobe Experience Manager (AEM)", longest: 8) == [7])
    }

    @Test func skillsAreFoundByInflectionsAndActionNounsButNotByNounsOfQuality() {
        let analyzer = Analyzer()
        var table: [String: [Int32]] = [:]
        for (i, name) in ["Hospitality", "Negotiation", "Relativity", "Contentful", "Scheduling", "Documentation"].enumerated() {
            table[analyzer.wordsAndStems(name).stems.joined(separator: " "), default: []].append(Int32(i))
        }
        let finder = PhraseFinder(phrases: table)
        #expect(finder.items(in: "Charge nurse at Riverside General Hospital; related duties; content for the unit", longest: 4) == [])
        #expect(finder.items(in: "Negotiated contracts, scheduled crews and documented every call", longest: 4) == [1, 4, 5])
        #expect(finder.items(in: "Hospitality and negotiations", longest: 4) == [0, 1])
        #expect(finder.items(in: "Theory of relativity in Contentful", longest: 4) == [2, 3])
    }

    @Test func wordsAndStemsMarkPhraseBoundaries() {
        let (words, stems) = Analyzer().wordsAndStems("Give blood products; manage the lines, and the drains.\nCharting")
        #expect(words == ["give", "blood", "products", "|", "manage", "the", "lines", "|", "and", "the", "drains", "|", "charting"])
        #expect(stems == ["give", "blood", "product", "|", "manag", "line", "|", "drain", "|", "chart"])
    }
}
