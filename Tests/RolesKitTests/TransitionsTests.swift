import Foundation
import RolesCore
import Testing
@testable import RolesKit

enum TransitionFixtures {
    static let labels = Fixtures.root.appendingPathComponent("exposure/labels.tsv").path
    static let wages = Fixtures.root.appendingPathComponent("bls/wages.tsv").path

    static func index() throws -> (RolesIndex, BuildReport) {
        let path = Fixtures.temporaryDirectory() + "/index.sqlite"
        let report = try IndexBuilder.build(BuildSources(corpus: Fixtures.corpus, onet: Fixtures.onet, exposure: labels, wages: wages), to: path)
        return (try RolesIndex(path: path), report)
    }
}

struct ExposureLabelsTests {
    @Test func joinsOnOccupationAndTaskAndCountsRowsThatMatchNothing() throws {
        var roles = try ONETImporter(directory: Fixtures.onet).load().roles
        let report = try ExposureLabels(path: TransitionFixtures.labels).apply(to: &roles)
        #expect(report == ExposureLabels.Report(matched: 5, unmatched: 1, unmatchedLines: [7]))
        #expect(roles[0].tasks.map(\.exposure) == [.e0, .e0, nil])
        #expect(roles[1].tasks.map(\.exposure) == [.e1, .e2])
        #expect(roles[1].tasks[0].exposureReason == "Human annotators' label (E1, automation candidate) in labels.tsv.")
    }

    @Test func aLabelOutsideTheRubricNamesFileLineAndColumn() throws {
        let path = Fixtures.temporaryDirectory() + "/labels.tsv"
        let text = try String(contentsOfFile: TransitionFixtures.labels, encoding: .utf8)
            .replacingOccurrences(of: "\tE2\tE2\tE2\n4", with: "\tE2\tE2\tE7\n4")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        var roles = try ONETImporter(directory: Fixtures.onet).load().roles
        #expect(throws: ImportError.malformedRow(path: path, line: 5, column: 9,
                                                 message: "label \"E7\" is not E0, E1 or E2; fix the row or remove it.")) {
            try ExposureLabels(path: path).apply(to: &roles)
        }
    }

    @Test func buildWarnsAboutUnmatchedRowsAndStoresRoleShares() throws {
        let (index, report) = try TransitionFixtures.index()
        #expect(report.warnings.contains { $0.contains("1 of 6 label rows match no task of the index (lines 7)") })
        let clerk = try #require(index.roles.first { $0.id == "43-3031.00" })
        let shares = try #require(try index.exposure(ofRole: clerk.idx))
        // Task 201 is Core (E1, weight 2); task 202 has no type and counts as Core (E2, weight 2).
        #expect(shares.labelled == 2 && shares.automation == 0.5 && shares.augmentation == 0.5 && shares.beta == 0.75)
    }
}

struct WageTableTests {
    @Test func readsMediansTopCodesAndUnpublishedFigures() throws {
        let table = try WageTable(path: TransitionFixtures.wages)
        #expect(table.wage(soc: "29-1141") == Wage(median: 90000, soc: "29-1141"))
        #expect(table.wage(soc: "15-1252") == Wage(median: 130000, soc: "15-1250"), "falls back to the broad group")
        #expect(table.wage(soc: "47-2111") == nil)
    }

    @Test func employmentIsSharedAmongTheRolesOfACodeOrOfItsBroadGroup() throws {
        let table = try WageTable(path: TransitionFixtures.wages)
        #expect(table.employment["29-1141"] == 100 && table.employment["15-1252"] == 100 && table.employment["47-2111"] == nil)
        var roles = [
            Role(id: "29-1141.00", soc: "29-1141", title: "Registered Nurses", source: "onet"),
            Role(id: "29-1141.04", soc: "29-1141", title: "Clinical Nurse Specialists", source: "onet"),
            Role(id: "15-1252.00", soc: "15-1252", title: "Software Developers", source: "onet"),
            Role(id: "15-1253.00", soc: "15-1253", title: "Software Quality Assurance Analysts and Testers", source: "onet"),
            Role(id: "47-2111.00", soc: "47-2111", title: "Electricians", source: "onet"),
        ]
        table.apply(to: &roles)
        // Two roles of 29-1141; one of 15-1252; 15-1253 has no figure, so the broad group 15-1250's is shared
        // by the two roles in it; 47-2111 has none at all.
        #expect(roles.map(\.employment) == [50, 50, 100, 50, nil])
    }

    @Test func anEmploymentThatIsNotANumberNamesFileLineAndColumn() throws {
        let path = Fixtures.temporaryDirectory() + "/wages.tsv"
        let text = try String(contentsOfFile: TransitionFixtures.wages, encoding: .utf8)
            .replacingOccurrences(of: "Registered Nurses\t100\t", with: "Registered Nurses\tmany\t")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ImportError.malformedRow(path: path, line: 3, column: 3,
                                                 message: "employment \"many\" is not a number, * or empty; fix the row.")) {
            try WageTable(path: path)
        }
    }

    @Test func aWageThatIsNotANumberNamesFileLineAndColumn() throws {
        let path = Fixtures.temporaryDirectory() + "/wages.tsv"
        let text = try String(contentsOfFile: TransitionFixtures.wages, encoding: .utf8).replacingOccurrences(of: "\t90000\t", with: "\tabout 90k\t")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ImportError.malformedRow(path: path, line: 3, column: 6,
                                                 message: "median wage \"about 90k\" is not a number, #, * or empty; fix the row.")) {
            try WageTable(path: path)
        }
    }
}

struct AdjacencyIndexTests {
    @Test func gramThroughBLASEqualsPairwiseDotProducts() throws {
        var generator = SystemRandomNumberGenerator()
        let rows = 37
        // Columns of every density, so both the dense (BLAS) and the sparse path run.
        let vectors = (0..<rows).map { _ in
            SparseVector(Dictionary(uniqueKeysWithValues: (0..<400).filter { _ in Int.random(in: 0..<8, using: &generator) == 0 }
                .map { ($0, Float.random(in: 0.01...1, using: &generator)) }))
        }
        let dense = (0..<5).map { column in SparseVector(indices: (0..<Int32(rows)).map { $0 }, values: (0..<rows).map { Float($0 + column) / 50 }) }
        var columns = Postings.invert(vectors, columns: 400)
        columns += dense
        let gram = BLASRanker.gram(columns: columns, rowCount: rows)
        for i in 0..<rows {
            for j in 0..<rows {
                let expected = vectors[i].dot(vectors[j]) + dense.map { $0.values[i] * $0.values[j] }.reduce(0, +)
                #expect(abs(gram[i * rows + j] - expected) <= 1e-4 * max(1, abs(expected)))
            }
        }
    }

    @Test func rowCosinesCompareRowsWithoutTheirDiagonal() throws {
        let matrix: [Float] = [1, 0.5, 0.2,
                               0.5, 1, 0.4,
                               0.2, 0.4, 1]
        let cosines = BLASRanker.rowCosines(matrix, rowCount: 3)
        let rows: [[Float]] = [[0, 0.5, 0.2], [0.5, 0, 0.4], [0.2, 0.4, 0]]
        func cosine(_ a: [Float], _ b: [Float]) -> Float {
            zip(a, b).map(*).reduce(0, +) / (a.map { $0 * $0 }.reduce(0, +).squareRoot() * b.map { $0 * $0 }.reduce(0, +).squareRoot())
        }
        for i in 0..<3 { for j in 0..<3 { #expect(abs(cosines[i * 3 + j] - cosine(rows[i], rows[j])) < 1e-6) } }
    }

    @Test func storedAdjacencyMatchesTheReferenceAndExplainsEachMove() throws {
        let (index, _) = try TransitionFixtures.index()
        let nurse = try #require(try index.resolveRole("29-1141"))
        #expect(try index.resolveRole("registered nurses") == nurse)
        #expect(try index.resolveRole("no such role") == nil)
        let response = try AdjacentFinder(index: index).adjacent(toRole: nurse, top: 3)
        #expect(response.role?.id == "29-1141.00")
        #expect(response.role?.wage?.median == 90000)
        #expect(response.adjacent.count == 3)
        let scores = response.adjacent.map(\.score)
        #expect(scores == scores.sorted(by: >))
        for move in response.adjacent {
            let other = try #require(index.roles.first { $0.id == move.id })
            #expect(move.neighbourhood != nil)
            // The score is the second stage's probability, explained by the parts of its log-odds.
            #expect(move.score > 0 && move.score < 1)
            let parts = try #require(move.scoreParts)
            #expect(abs(parts.probability - move.score) < 1e-5)
            let expected = try index.profile(ofRole: nurse).vector.dot(index.profile(ofRole: other.idx).vector)
            #expect(abs(move.skills - expected) < 1e-5)
        }
    }

    @Test func technologiesAreFoundAsWrittenAndSkillsByTheirStems() throws {
        let (index, _) = try TransitionFixtures.index()
        let exact = "Charted every shift in Epic Systems.\nReading comprehension of physician orders."
        let loose = "Charted every shift in an epic system.\nRead comprehensively all physician orders."
        // Each order of the two texts, so both the first text's index query and the kept table are used.
        for texts in [[exact, loose], [loose, exact]] {
            let finder = AdjacentFinder(index: index)
            for text in texts {
                let profile = try finder.personProfile(text)
                let names = try index.skillItems(profile.weights.indices).values.map(\.name)
                #expect(names.contains("Reading Comprehension"), "\(text)")
                #expect(names.contains("Epic Systems") == (text == exact), "\(text)")
            }
        }
    }

    @Test func looksUpLongListsOfAnyTextAtOnce() throws {
        let (index, _) = try TransitionFixtures.index()
        let table = try index.skillPhrases()
        // More values than SQLite binds as parameters, with quotes, backslashes, control characters and
        // non-ASCII letters among them.
        let junk = (0..<40_000).map { "no \"such\" \\ phrase \u{1} é \($0)" }
        let found = try index.skillItems(withPhrases: Array(table.keys) + junk)
        #expect(found == table.values.flatMap { $0 }.sorted())
        #expect(try index.skillItems(withPhrases: junk).isEmpty)
        #expect(try index.skillItems(withPhrases: []).isEmpty)
        let numbers = try index.tasks(numbered: Array(0..<5) + [-1, 1_000_000])
        #expect(numbers.keys.sorted() == Array(0..<5))
    }

    @Test func aBareTitleMovesLikeTheRoleItMatches() throws {
        let (index, _) = try TransitionFixtures.index()
        let finder = AdjacentFinder(index: index)
        let response = try finder.adjacent(toText: "registered nurse", source: "title", top: 3, beta: nil)
        let current = try #require(response.role)
        #expect(current.id == "29-1141.00")
        #expect(!response.adjacent.isEmpty && !response.adjacent.contains { $0.id == current.id })
        // Nothing in the text names a skill, so none is listed as the person's; coverage is the role's.
        #expect(response.person?.skills.isEmpty == true)
        let nurse = try index.profile(ofRole: try #require(try index.resolveRole("29-1141.00")))
        for move in response.adjacent {
            let other = try index.profile(ofRole: try #require(index.roles.first { $0.id == move.id }).idx)
            #expect(abs(move.coverage - Adjacency.coverage(of: other.weights, by: nurse.weights)) < 1e-6)
        }
    }

    @Test func aPersonsTextFindsNamedSkillsAndRanksMovesWithoutTheCurrentRole() throws {
        let (index, _) = try TransitionFixtures.index()
        let text = "Posted vendor invoices and payments to the ledger every week in Intuit QuickBooks.\nReconciled bank statements with the general ledger."
        let response = try AdjacentFinder(index: index).adjacent(toText: text, source: "resume", top: 3, beta: nil)
        let current = try #require(response.role)
        #expect(!response.adjacent.contains { $0.id == current.id })
        let names = response.person?.skills.map(\.name) ?? []
        #expect(names.contains("Intuit QuickBooks"))
        // The same moves from a match's query, matches and text scores, as the match report passes them.
        let result = try Matcher(index: index).match(text, source: "resume", top: 10)
        #expect(result.textScores.count == index.roles.count)
        let handed = try AdjacentFinder(index: index).adjacent(
            toText: text, source: "resume", top: 3, beta: nil, query: result.query, matches: result.matches, textScores: result.textScores)
        #expect(try CompactJSON.encode(handed) == CompactJSON.encode(response))
    }
}

struct ExposureClassifierTests {
    @Test func labelsEachStatementByItsNearestLabelledTasks() throws {
        let (index, _) = try TransitionFixtures.index()
        let classifier = try ExposureClassifier(index: index, k: 3, activityWeight: 0)
        let result = try classifier.classify("Post vendor invoices and payments to the ledger.\nGive medication to patients as a physician ordered.", source: "text")
        #expect(result.lines.count == 2)
        #expect(result.lines[0].label == .e1)
        #expect(result.lines[1].label == .e0)
        #expect(result.lines[0].neighbours.first?.task == "Post vendor invoices and payments to the ledger.")
        #expect(throws: MatchError.noTasks(source: "text")) { try classifier.classify("zzzz qqqq xxxx", source: "text") }
    }

    @Test func aBatchLabelsAsOneTextDoesFromTheIndexOrFromMemory() throws {
        let (index, _) = try TransitionFixtures.index()
        let statements = ["Post vendor invoices and payments to the ledger.", "Give medication to patients as a physician ordered.",
                          "Reconcile bank statements every month", "Chart vital signs and report changes", "zzzz qqqq"]
        let texts = (0..<40).map { i in (0..<(1 + i % 4)).map { statements[(i + $0) % statements.count] }.joined(separator: "\n") }
        let lines = texts.enumerated().map { i, text in
            LineReader.Line.text(Data(#"{"id":"\#(i)","text":\#(String(decoding: try! JSONEncoder().encode(text), as: UTF8.self))}"#.utf8))
        }
        let single = try ExposureClassifier(index: index)
        func expected(_ i: Int) -> String? {
            guard let exposure = try? single.classify(texts[i], source: "line \(i + 1)", explain: false) else { return nil }
            return "\(exposure.label.rawValue) \(exposure.beta) \(exposure.confidence) \(exposure.recognised)/\(exposure.statements)"
        }
        func got(_ data: Data) throws -> (id: String, summary: String?) {
            let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let id = try #require(record["id"] as? String)
            guard let label = record["label"] as? String else { return (id, nil) }
            let beta = try #require(record["beta"] as? NSNumber).floatValue, confidence = try #require(record["confidence"] as? NSNumber).floatValue
            return (id, "\(label) \(beta) \(confidence) \(record["recognised"]!)/\(record["statements"]!)")
        }
        // 40 lines in one block read the tables into memory; blocks of 3 read the index line by line.
        let fromMemory = try ExposureBatch(index: index, workers: 2).process(lines)
        #expect(ExposureBatch.inMemoryFrom > 3 && ExposureBatch.inMemoryFrom <= lines.count)
        let fromIndex = try ExposureBatch(index: index, workers: 2)
        var blockwise: [Data] = []
        for start in stride(from: 0, to: lines.count, by: 3) {
            blockwise += try fromIndex.process(Array(lines[start..<min(start + 3, lines.count)]))
        }
        #expect(fromMemory.count == texts.count && blockwise.count == texts.count)
        for (i, (memory, indexed)) in zip(fromMemory, blockwise).enumerated() {
            #expect(try got(memory).id == String(i))
            #expect(try got(memory).summary == expected(i))
            #expect(try got(indexed).summary == expected(i))
        }
        #expect(texts.indices.contains { expected($0) == nil } && texts.indices.contains { expected($0) != nil })
    }

    @Test func statementsOfATextAreItsSplitEvenWhenTextsAlternate() throws {
        let (index, _) = try TransitionFixtures.index()
        let neighbours = try TaskNeighbours(index: index)
        let first = "EXPERIENCE\nPost vendor invoices to the ledger\nEDUCATION\nBachelor of Science in Accounting"
        let second = "Give medication to patients as ordered\nChart vital signs every hour"
        for text in [first, first, second, first, second, second] {
            #expect(neighbours.statements(of: text) == TaskLines.split(text))
        }
        #expect(neighbours.statements(of: first) == ["Post vendor invoices to the ledger"])
    }

    @Test func theTaskTableHoldsWhatTheIndexGivesTaskByTask() throws {
        let (index, _) = try TransitionFixtures.index()
        let table = try TaskTable(index: index)
        #expect(table.tasks.count == index.roles.indices.map { try! index.tasks(ofRole: $0).count }.reduce(0, +))
        let numbers = Array(table.tasks.indices)
        let read = try index.tasks(numbered: numbers)
        for number in numbers {
            let task = try #require(table.task(number)), expected = try #require(read[number])
            #expect(task.idx == number && task.role == expected.role && task.position == expected.position)
            #expect(task.text == expected.text && task.label == expected.label)
            #expect(table.activities[number].map(\.id) == (try index.activities(ofTask: number)).map(\.id))
        }
        #expect(table.activities.contains { !$0.isEmpty })
        #expect(table.task(-1) == nil && table.task(numbers.count) == nil)
        // A reader with the table answers as one that reads the index.
        let held = TransitionReader(index: index, tasks: table), plain = TransitionReader(index: index)
        for number in [0, numbers.count / 2, numbers.count - 1, numbers.count] {
            #expect(try held.task(number)?.text == plain.task(number)?.text)
            #expect(try held.activities(ofTask: number).map(\.title) == plain.activities(ofTask: number).map(\.title))
        }
        #expect(try held.tasks([1, 0, 1]).mapValues(\.text) == plain.tasks([1, 0, 1]).mapValues(\.text))
    }

    @Test func taskNeighboursAreTheSameFromMemoryAndFromTheIndexAndAreTheClosestTasks() throws {
        let (index, _) = try TransitionFixtures.index()
        let table = try index.postingsInMemory()
        let vocabulary = try index.vocabulary()
        // Every term's postings in the table are what the index gives term by term.
        let terms = (0..<Int32(vocabulary.count)).map { vocabulary.storedIDs[Int($0)] }
        let read = try index.termPostings(terms)
        for term in terms {
            let range = table.range(of: term)
            #expect(SparseVector(indices: Array(table.items[range]), values: Array(table.values[range])) == (read[term] ?? SparseVector()))
        }
        let plain = try TaskNeighbours(index: index)
        let held = try TaskNeighbours(index: index, vocabulary: vocabulary, taskPostings: table)
        let other = try TaskNeighbours(index: index, vocabulary: vocabulary, taskPostings: table)
        let lines = ["Post vendor invoices and payments to the ledger.", "Give medication to patients as a physician ordered.",
                     "reconcile bank statements", "cook", "zzzz qqqq", "patients ledger invoices medication"]
        let matcher = Matcher(index: index)
        for line in lines {
            let expected = try plain.search(line)
            // Asked for the nearest task first, then for the labelled ones too.
            #expect(try other.nearest(line)?.nearest?.task == expected?.nearest?.task)
            let found = try held.search(line)
            #expect(try other.search(line)?.labelled.map(\.task) == expected?.labelled.map(\.task))
            #expect(found?.nearest?.task == expected?.nearest?.task && found?.nearest?.similarity == expected?.nearest?.similarity)
            #expect(found?.labelled.map(\.task) == expected?.labelled.map(\.task))
            #expect(found?.labelled.map(\.similarity) == expected?.labelled.map(\.similarity))
            guard let query = try? matcher.query(line, source: "line") else {
                #expect(found == nil)
                continue
            }
            // Against the cosine of the line with every stored task vector.
            var cosines: [(task: Int, similarity: Float)] = []
            var number = 0
            for role in index.roles.indices {
                for task in try index.tasks(ofRole: role) {
                    cosines.append((number, query.vector.dot(task.vector)))
                    number += 1
                }
            }
            let best = try #require(cosines.max { $0.similarity < $1.similarity || ($0.similarity == $1.similarity && $0.task > $1.task) })
            #expect(found?.nearest?.task == (best.similarity > 0 ? best.task : nil))
            #expect(abs((found?.nearest?.similarity ?? 0) - max(0, best.similarity)) <= 1e-5)
            let labelled = try #require(found?.labelled)
            #expect(labelled.allSatisfy { plain.labels[$0.task] != nil && $0.similarity > 0 })
            #expect(zip(labelled, labelled.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
            #expect(labelled.count == cosines.filter { plain.labels[$0.task] != nil && $0.similarity > 1e-6 }.count)
        }
    }

    @Test func aStatementsTasksAreChosenInTheContextOfItsText() throws {
        let (index, _) = try TransitionFixtures.index()
        let neighbours = try TaskNeighbours(index: index)
        func role(_ found: TaskNeighbours.Found?) throws -> String? {
            guard let task = found?.nearest?.task, let row = try neighbours.reader.tasks([task])[task] else { return nil }
            return index.roles[row.role].id
        }
        let line = "Fix errors that employees and users report."
        // Alone, the line is nearest to a payroll clerk's task.
        #expect(neighbours.statements(of: line).count <= 1)
        let alone = try #require(try neighbours.search(line))
        #expect(try role(alone) == "payroll-clerk")
        // In a web developer's list, to the web developer's; its similarity is still its cosine.
        let text = "Write JavaScript and CSS for our web pages.\nDeploy new versions of the site to the server.\n" + line
        #expect(neighbours.statements(of: text).count == 3)
        let inText = try #require(try neighbours.search(line))
        #expect(try role(inText) == "web-developer")
        let chosen = try #require(inText.nearest)
        #expect(inText.best == alone.best && chosen.similarity < alone.best)
        let query = try Matcher(index: index).query(line, source: "t")
        let task = try #require(try neighbours.reader.tasks([chosen.task]).values.first)
        let cosine = query.vector.dot(try index.tasks(ofRole: task.role)[task.position].vector)
        #expect(abs(chosen.similarity - cosine) < 1e-5)
        // The text's scores given by a match give the same; a text of one statement has no context again.
        let scores = try Matcher(index: index).match(text, source: "t", top: 1).textScores
        let given = try TaskNeighbours(index: index)
        #expect(given.statements(of: text, textScores: scores).count == 3)
        #expect(try given.search(line)?.nearest?.task == inText.nearest?.task)
        _ = neighbours.statements(of: line)
        #expect(try role(neighbours.search(line)) == "payroll-clerk")
    }

    @Test func anIndexWithoutLabelsSaysSo() throws {
        let index = try Fixtures.index(corpus: false, onet: true)
        #expect(throws: MatchError.noLabels(path: index.path)) { try ExposureClassifier(index: index) }
    }
}

struct SaferMovesTests {
    static func move(_ id: String, score: Float, betaChange: Float?, preparationChange: Int?, wageRatio: Double?) -> AdjacentRole {
        AdjacentRole(id: id, soc: nil, title: id, score: score, text: score, neighbourhood: nil, skills: 0, coverage: 0, scoreParts: nil,
                     shared: [], gaps: [], preparation: nil, preparationChange: preparationChange, exposure: nil,
                     betaChange: betaChange, wage: nil, wageRatio: wageRatio)
    }

    @Test func aSaferMoveIsCloseLessExposedReachableAndPaysEnough() {
        let moves = [
            Self.move("best", score: 0.4, betaChange: -0.1, preparationChange: 0, wageRatio: 1.1),
            Self.move("more-exposed", score: 0.39, betaChange: 0.05, preparationChange: 0, wageRatio: 1),
            Self.move("two-levels-up", score: 0.38, betaChange: -0.2, preparationChange: 2, wageRatio: 1.5),
            Self.move("pays-less", score: 0.37, betaChange: -0.2, preparationChange: 0, wageRatio: 0.7),
            Self.move("no-wage", score: 0.36, betaChange: -0.2, preparationChange: 0, wageRatio: nil),
            Self.move("one-level-up", score: 0.3, betaChange: -0.01, preparationChange: 1, wageRatio: 0.75),
            Self.move("near-the-bar", score: 0.13, betaChange: -0.3, preparationChange: 0, wageRatio: 2),
            Self.move("too-far", score: 0.1, betaChange: -0.3, preparationChange: 0, wageRatio: 2),
        ]
        // 0.13 is 0.325 of the best score: close enough for a move from a role (0.3), not from a text (0.35).
        #expect(SaferMoves.select(moves, minimumShare: SaferMoves.minimumShareFromText) == ["best", "one-level-up"])
        #expect(SaferMoves.select(moves, minimumShare: SaferMoves.minimumShareFromRole) == ["best", "one-level-up", "near-the-bar"])
    }
}
