import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct ResponsesTests {
    @Test func documentsHaveSnakeCaseKeysInAlphabeticalOrder() throws {
        let shares = ExposureShares(labelled: 3, humanLed: 0.5, automation: 0.25, augmentation: 0.25)
        let text = String(decoding: try RolesJSON.encoder(pretty: false).encode(shares), as: UTF8.self)
        #expect(text == #"{"augmentation":0.25,"automation":0.25,"beta":0.375,"human_led":0.5,"labelled":3}"#)
        for _ in 0..<5 { #expect(try RolesJSON.encoder(pretty: false).encode(shares) == Data(text.utf8)) }
    }
}

struct CompactJSONTests {
    static func foundation(_ value: some Encodable) throws -> [UInt8] {
        Array(try RolesJSON.encoder(pretty: false).encode(value))
    }

    struct Edges: Encodable {
        struct Inner: Encodable {
            var someURLValue: String
            var x2Y: Int32
            var tiny: UInt8
        }

        var floats: [Float] = [0, 1, -1.5, 1e-05, 3.4e38, 0.1, 100, 1234567, -0.0]
        var doubles: [Double] = [0, 2, 0.30000000000000004, 1e300, 5e-324]
        var text = "quote \" backslash \\ slash / tab \t newline \n bell \u{07} é 中 😀"
        var missing: String? = nil
        var present: Float? = 0.25
        var flags = [true, false]
        var probabilities: [String: Float] = ["E0": 0.5, "E1": 0.25, "e2": 0.25, "aB": 1, "a_b": 2, "a10": 3, "a9": 4]
        var nested = [[Inner(someURLValue: "u", x2Y: -7, tiny: 255)], []]
        var betaChange: Float = -0.125
        var wageRatio: Double = 1.5
        var id: String? = "x"
    }

    @Test func writesTheBytesFoundationWrites() throws {
        #expect(try CompactJSON.encode(Edges()) == Self.foundation(Edges()))
        #expect(try CompactJSON.encode(BatchRecord.error(id: nil, line: 3, message: "bad")) == Self.foundation(BatchRecord.error(id: nil, line: 3, message: "bad")))
    }

    /// Writes to a nested container after its parent has gone on to another key.
    struct Interleaved: Encodable {
        enum Keys: String, CodingKey { case zeta, alpha, middle }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .zeta)
            try nested.encode(1, forKey: .middle)
            try container.encode("a", forKey: .alpha)
            try nested.encode(2, forKey: .alpha)
        }
    }

    struct AsksTwice: Encodable {
        enum Keys: String, CodingKey { case secondKey, firstKey, list }
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: Keys.self)
            try first.encode([["b": 1, "a": 2]], forKey: .list)
            try first.encode(true, forKey: .secondKey)
            var second = encoder.container(keyedBy: Keys.self)
            try second.encode(Float(0.5), forKey: .firstKey)
        }
    }

    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Super: Encodable {
        enum Keys: String, CodingKey { case own }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(3, forKey: .own)
            try "inherited".encode(to: container.superEncoder())
        }
    }

    @Test func writesWhatFoundationWritesForUnusualConformances() throws {
        #expect(try CompactJSON.encode(Interleaved()) == Self.foundation(Interleaved()))
        #expect(try CompactJSON.encode(AsksTwice()) == Self.foundation(AsksTwice()))
        #expect(try CompactJSON.encode([Nothing(), Nothing()]) == Self.foundation([Nothing(), Nothing()]))
        #expect(try CompactJSON.encode(Super()) == Self.foundation(Super()))
        #expect(String(decoding: try CompactJSON.encode(AsksTwice()), as: UTF8.self) == #"{"first_key":0.5,"list":[{"a":2,"b":1}],"second_key":true}"#)
    }

    @Test func writesTheHandWrittenTypesAsFoundationDoes() throws {
        let why = MatchExplanation(
            terms: [TermContribution(term: "nurse \"rn\"", contribution: 0.125), TermContribution(term: "icu", contribution: 1)],
            title: "ICU Nurse", tasks: [TaskEvidence(task: "Chart vitals.\n", similarity: 1e-07)])
        let matches = [
            RoleMatch(id: "29-1141.03", soc: "29-1141", title: "Critical Care Nurses", score: 0.25, confidence: 1, why: why),
            RoleMatch(id: "x", soc: nil, title: "No code", score: 0, confidence: 0.5, why: MatchExplanation(terms: [])),
        ]
        let parts = SkillItem.Kind.allCases.map { SkillPart(name: "\($0) ✓", kind: $0, weight: 0.1) }
        #expect(try CompactJSON.encode(matches) == Self.foundation(matches))
        #expect(try CompactJSON.encode(["a": parts]) == Self.foundation(["a": parts]))
        #expect(try CompactJSON.encode([why.tasks, []]) == Self.foundation([why.tasks, []]))
        let parts2 = AdjacencyModel.Parts(baseline: -1, similarity: 2, ranks: 0.5, preparation: -0.25, occupationGroup: 1, ratings: 0)
        let full = AdjacentRole(
            id: "a", soc: "11-1011", title: "Chief", score: 0.5, text: 0.25, neighbourhood: 0.125, skills: 1, coverage: 0,
            scoreParts: parts2, shared: parts, gaps: [], preparation: 5, preparationChange: -1,
            exposure: ExposureShares(labelled: 3, humanLed: 0.5, automation: 0.25, augmentation: 0.25), betaChange: 0.1,
            wage: Wage(median: 100_000, topCoded: true, soc: "11-1011"), wageRatio: 1.25)
        let bare = AdjacentRole(
            id: "b", soc: nil, title: "Bare", score: 0, text: 0, neighbourhood: nil, skills: 0, coverage: 1, scoreParts: nil,
            shared: [], gaps: parts, preparation: nil, preparationChange: nil, exposure: nil, betaChange: nil, wage: nil, wageRatio: nil)
        #expect(try CompactJSON.encode([full, bare]) == Self.foundation([full, bare]))
        let neighbour = LineExposure.Neighbour(task: "Chart \"vitals\".", role: "Nurses", label: .e2, similarity: 0.375)
        let lines = [
            LineExposure(
                text: "Charted vitals — every hour", label: .e1, meaning: Exposure.e1.meaning, confidence: 0.5, beta: 0.625,
                probabilities: ["E2": 0.25, "E0": 0.25, "E1": 0.5], reason: "Because.", neighbours: [neighbour, neighbour],
                activities: ["Monitor patients.", "Record \\ data."]),
            LineExposure(
                text: "", label: .e0, meaning: "", confidence: 1, beta: 0, probabilities: [:], reason: "", neighbours: [], activities: []),
        ]
        #expect(try CompactJSON.encode(["lines": lines]) == Self.foundation(["lines": lines]))
        #expect(Mirror(reflecting: lines[0]).children.count == 9)
        #expect(Mirror(reflecting: neighbour).children.count == 4)
        // Every stored property is written: a new one must be added to the hand-written form too.
        #expect(Mirror(reflecting: full).children.count == 17)
        #expect(Mirror(reflecting: matches[0]).children.count == 6)
        #expect(Mirror(reflecting: why).children.count == 3)
        #expect(Mirror(reflecting: parts[0]).children.count == 3)
        #expect(Mirror(reflecting: why.terms[0]).children.count == 2)
        #expect(Mirror(reflecting: why.tasks[0]).children.count == 2)
        #expect(throws: EncodingError.self) { try CompactJSON.encode([SkillPart(name: "x", kind: .skill, weight: .nan)]) }
        #expect(throws: EncodingError.self) {
            try CompactJSON.encode([RoleMatch(id: "x", soc: nil, title: "t", score: .infinity, confidence: 0, why: MatchExplanation(terms: []))])
        }
    }

    @Test func refusesNumbersJSONCannotHold() {
        #expect(throws: EncodingError.self) { try CompactJSON.encode(["x": Float.nan]) }
        #expect(throws: EncodingError.self) { try CompactJSON.encode([Double.infinity]) }
    }

    @Test func answersAreTheSameBytesAsFoundations() throws {
        let (index, _) = try TransitionFixtures.index()
        let text = "Posted vendor invoices and payments to the ledger every week in Intuit QuickBooks.\nReconciled bank statements with the general ledger.\nGave medication to patients as a physician ordered."
        let result = try Matcher(index: index).match(text, source: "resume", top: 3)
        let (exposure, transitions) = MatchReport.extras(text: text, source: "resume", index: index, query: result.query)
        #expect(exposure != nil && transitions != nil)
        let match = MatchResponse(source: "resume", result: result, index: index, exposure: exposure, transitions: transitions)
        #expect(try CompactJSON.encode(match) == Self.foundation(match))
        let nurse = try #require(try index.resolveRole("29-1141"))
        let adjacent = try AdjacentFinder(index: index).adjacent(toRole: nurse, top: 3)
        #expect(try CompactJSON.encode(adjacent) == Self.foundation(adjacent))
        let info = try InfoResponse(index)
        #expect(try CompactJSON.encode(info) == Self.foundation(info))
        let search = SearchResponse(query: "nurse", matches: try TitleSearch(index: index).search("nurse", top: 3), index: IndexSummary(index))
        #expect(try CompactJSON.encode(search) == Self.foundation(search))
        let classified = try ExposureClassifier(index: index, k: 3, activityWeight: 0).classify(text, source: "resume")
        let exposureResponse = ExposureResponse(source: "resume", exposure: classified, index: index)
        #expect(try CompactJSON.encode(exposureResponse) == Self.foundation(exposureResponse))
    }
}
