import Testing
@testable import RolesCore

struct ExactTitlesTests {
    @Test func aKeyIsTheStemsOfEveryWordInOrder() throws {
        let analyzer = Analyzer()
        #expect(ExactTitles.key("Registered Nurses", analyzer: analyzer) == ExactTitles.key("registered  nurse", analyzer: analyzer))
        #expect(ExactTitles.key("Director of Nursing", analyzer: analyzer) != ExactTitles.key("Nursing Director", analyzer: analyzer))
        #expect(ExactTitles.key("Director of Nursing", analyzer: analyzer)?.split(separator: " ").count == 3)
        #expect(ExactTitles.key(" - ", analyzer: analyzer) == nil)
        #expect(ExactTitles.key("", analyzer: analyzer) == nil)
    }

    @Test func aTitleIsLookedUpAsWrittenThenAsItsSpelledOutHead() throws {
        let analyzer = Analyzer()
        func key(_ title: String) throws -> String { try #require(ExactTitles.key(title, analyzer: analyzer)) }
        // Every key as written, then the same keys as titles with a word left out.
        func looked(_ keys: [String]) -> [String] { keys + keys.map { ExactTitles.droppedMark + $0 } }
        #expect(try ExactTitles.keys(of: "RN - Nights", spelled: ["registered nurse"], analyzer: analyzer) == looked([key("RN - Nights"), key("registered nurse")]))
        #expect(try ExactTitles.keys(of: "Psych Tech", spelled: ["psychology technician", "psychiatric technician"], analyzer: analyzer)
            == looked([key("Psych Tech"), key("psychology technician"), key("psychiatric technician")]))
        // Spellings of one stem (`administrative`, `administrator`) are one key.
        #expect(try ExactTitles.keys(of: "Admin Asst", spelled: ["administrative assistant", "administrator assistant"], analyzer: analyzer)
            == looked([key("Admin Asst"), key("administrative assistant")]))
        // The same key, or no spelled form, is looked up once.
        #expect(try ExactTitles.keys(of: "Nurses", spelled: ["nurse"], analyzer: analyzer) == looked([key("Nurses")]))
        #expect(try ExactTitles.keys(of: "Nurse", spelled: [], analyzer: analyzer) == looked([key("Nurse")]))
        #expect(try ExactTitles.keys(of: " - ", spelled: ["Cashier"], analyzer: analyzer) == looked([key("Cashier")]))
        let nurse = try key("Nurse")
        #expect(ExactTitles.isDropped(ExactTitles.droppedMark + nurse) && !ExactTitles.isDropped(nurse))
    }

    @Test func aTitleWithAWordLeftOutFillsAGapAtHalfWeight() throws {
        let analyzer = Analyzer()
        let developers = Role(
            id: "15-1252.00", soc: "15-1252", title: "Software Developers",
            alternateTitles: ["Mobile Application Developer", "Senior Software Engineer", "Cloud Platform Engineer (CPE)"], source: "onet")
        let installers = Role(
            id: "49-9095.00", soc: "49-9095", title: "Manufactured Building and Mobile Home Installers",
            alternateTitles: ["Mobile Home Installer", "Software Engineer"], source: "onet")
        let vectors = ExactTitles.vectorize([developers, installers], workers: 2)
        let terms = vectors.vocabulary.map(\.term)
        func value(_ role: Int, _ title: String, dropped: Bool) throws -> Float {
            let key = try #require(ExactTitles.key(title, analyzer: analyzer))
            guard let id = terms.firstIndex(of: dropped ? ExactTitles.droppedMark + key : key) else { return 0 }
            let vector = vectors.roleVectors[role]
            return vector.indices.firstIndex(of: Int32(id)).map { vector.values[$0] } ?? 0
        }
        #expect(try value(0, "Mobile Developer", dropped: true) == ExactTitles.droppedScale)
        #expect(try value(0, "Application Developer", dropped: true) == ExactTitles.droppedScale)
        #expect(try value(1, "Home Installer", dropped: true) == ExactTitles.droppedScale)
        // A title's name before its parenthesis gives such keys too.
        #expect(try value(0, "Cloud Engineer", dropped: true) == ExactTitles.droppedScale)
        // The last word, the head, is never left out; nor is a word of a two-word title.
        #expect(try value(0, "Mobile Application", dropped: true) == 0)
        #expect(try value(1, "Engineer", dropped: true) == 0)
        // A title some role has written out (`Software Engineer`) is no key with a word left out.
        #expect(try value(0, "Software Engineer", dropped: true) == 0 && value(1, "Software Engineer", dropped: false) == 1)
    }

    @Test func aSharedTitleGoesToEachRoleInProportionToItsSources() throws {
        let analyzer = Analyzer()
        let nurses = Role(
            id: "29-1141.00", soc: "29-1141", title: "Registered Nurses", alternateTitles: ["Nurse", "Charge Nurse"],
            titleSources: ["Nurse": 5, "Charge Nurse": 2], source: "onet")
        let acute = Role(
            id: "29-1141.01", soc: "29-1141", title: "Acute Care Nurses", alternateTitles: ["Nurse"], titleSources: ["Nurse": 1],
            reportedTitles: ["Charge Nurse"], source: "onet")
        let teachers = Role(
            id: "25-2012.00", soc: "25-2012", title: "Kindergarten Teachers, Except Special Education", alternateTitles: ["Registered Nurse"],
            source: "onet")
        let vectors = ExactTitles.vectorize([nurses, acute, teachers], workers: 2)
        func key(_ title: String) throws -> String { try #require(ExactTitles.key(title, analyzer: analyzer)) }
        let terms = vectors.vocabulary.map(\.term)
        #expect(terms == terms.sorted())
        func value(_ role: Int, _ title: String) throws -> Float {
            let id = try #require(terms.firstIndex(of: try key(title)))
            let vector = vectors.roleVectors[role]
            return vector.indices.firstIndex(of: Int32(id)).map { vector.values[$0] } ?? 0
        }
        // "Nurse": five sources against one.
        #expect(try value(0, "Nurse") == 1 && value(1, "Nurse") == 0.2)
        // "Charge Nurse": two sources against a reported title, which counts one.
        #expect(try value(0, "Charge Nurse") == 1 && value(1, "Charge Nurse") == 0.5)
        // An official title outweighs an alternate title without sources, which counts one.
        #expect(try value(0, "Registered Nurses") == 1 && value(2, "Registered Nurses") == Float(1) / Float(ExactTitles.officialStrength))
        // The official title is a key whole and as it is matched, without its exclusions.
        #expect(try value(2, "Kindergarten Teachers") == 1 && value(2, "Kindergarten Teachers, Except Special Education") == 1)
        #expect(try vectors.vocabulary[terms.firstIndex(of: key("Nurse"))!].documentFrequency == 2)
        for vector in vectors.roleVectors { #expect(vector.indices == vector.indices.sorted()) }
    }

    @Test func aTitlesNameBeforeItsParenthesisFillsAGapAtHalfWeight() throws {
        let analyzer = Analyzer()
        let managers = Role(
            id: "11-1021.00", soc: "11-1021", title: "General and Operations Managers",
            alternateTitles: ["General Manager (GM)", "Laboratory Manager (Lab Manager)"], titleSources: ["General Manager (GM)": 3],
            source: "onet")
        let labs = Role(id: "11-9121.00", soc: "11-9121", title: "Natural Sciences Managers", alternateTitles: ["Laboratory Manager"], source: "onet")
        let vectors = ExactTitles.vectorize([managers, labs], workers: 2)
        let terms = vectors.vocabulary.map(\.term)
        func value(_ role: Int, _ title: String) throws -> Float {
            let key = try #require(ExactTitles.key(title, analyzer: analyzer))
            let id = try #require(terms.firstIndex(of: key))
            let vector = vectors.roleVectors[role]
            return vector.indices.firstIndex(of: Int32(id)).map { vector.values[$0] } ?? 0
        }
        #expect(try value(0, "General Manager (GM)") == 1)
        #expect(try value(0, "General Manager") == ExactTitles.shortenedScale)
        // A role has `Laboratory Manager` written out, so the other's shortened title is no key of it.
        #expect(try value(1, "Laboratory Manager") == 1 && value(0, "Laboratory Manager") == 0)
        #expect(ExactTitles.beforeParenthesis("General Manager (GM)") == "General Manager")
        #expect(ExactTitles.beforeParenthesis("(GM)") == nil && ExactTitles.beforeParenthesis("Manager") == nil)
        #expect(ExactTitles.beforeParenthesis("A (B) C (D)") == nil)
    }

    @Test func employmentMultipliesTheSharesWhenEveryRoleOfATitleHasIt() throws {
        let analyzer = Analyzer()
        func role(_ id: String, _ title: String, sources: Int, employment: Double?) -> Role {
            var role = Role(id: id, soc: String(id.prefix(7)), title: title, alternateTitles: ["Mechanic"], titleSources: ["Mechanic": sources], source: "onet")
            role.employment = employment
            return role
        }
        let key = try #require(ExactTitles.key("Mechanic", analyzer: analyzer))
        func shares(_ roles: [Role]) throws -> [Float] {
            let vectors = ExactTitles.vectorize(roles)
            let id = Int32(try #require(vectors.vocabulary.firstIndex { $0.term == key }))
            return vectors.roleVectors.map { vector in vector.indices.firstIndex(of: id).map { vector.values[$0] } ?? 0 }
        }
        let farm = role("49-3041.00", "Farm Equipment Mechanics", sources: 3, employment: 40_000)
        let auto = role("49-3023.00", "Automotive Service Technicians and Mechanics", sources: 1, employment: 700_000)
        // 3 × 40,000 against 1 × 700,000.
        #expect(try shares([farm, auto]) == [Float(120_000.0 / 700_000.0), 1])
        // A role without a figure counts the smallest figure of any role: 3 × 40,000 against 1 × 40,000.
        var unknown = auto
        unknown.employment = nil
        #expect(try shares([farm, unknown]) == [1, Float(1) / 3])
        let small = role("45-3031.00", "Fishing and Hunting Workers", sources: 1, employment: 5_000)
        #expect(try shares([farm, unknown, small]) == [1, Float(5_000.0 / 120_000.0), Float(5_000.0 / 120_000.0)])
        // Without any figure: sources alone.
        var none = farm
        none.employment = nil
        #expect(try shares([none, unknown]) == [1, Float(1) / 3])
    }
}
