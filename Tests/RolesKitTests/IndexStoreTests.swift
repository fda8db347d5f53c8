import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct IndexStoreTests {
    @Test func roundTripKeepsRolesVectorsAndMetadata() throws {
        let roles = try CorpusReader(directory: Fixtures.corpus).load().roles + ONETImporter(directory: Fixtures.onet).load().roles
        let vectors = RoleVectorizer().vectorize(roles)
        let index = try Fixtures.index()
        #expect(index.roles.map(\.id) == roles.map(\.id))
        #expect(index.roles.map(\.soc) == roles.map(\.soc))
        #expect(index.metadata.schemaVersion == IndexSchema.version)
        #expect(index.metadata.attribution.count == 2)
        #expect(index.sources.map(\.kind).filter { $0 == "corpus" }.count == 1)
        let counts = try index.counts()
        #expect(counts == IndexCounts(
            roles: roles.count, titles: roles.map { 1 + $0.alternateTitles.count + $0.reportedTitles.count }.reduce(0, +),
            tasks: roles.map(\.tasks.count).reduce(0, +), skills: roles.map(\.skills.count).reduce(0, +),
            terms: vectors.vocabulary.count))
        // Postings read back rebuild exactly the role vectors that were written.
        let entries = try index.lookup(vectors.vocabulary.map(\.term))
        #expect(entries.count == vectors.vocabulary.count)
        let rebuilt = ReferenceScorer.roleVectors(fromPostings: entries.values.map { ($0.id, $0.postings) }, roleCount: roles.count)
        #expect(rebuilt == vectors.roleVectors)
        // BM25 postings, read term by term or whole, rebuild the roles' BM25 vectors.
        let bm25 = try index.termPostings((0..<Int32(vectors.vocabulary.count)).map { $0 }, in: .bm25)
        #expect(ReferenceScorer.roleVectors(fromPostings: bm25.map { ($0.key, $0.value) }, roleCount: roles.count) == vectors.bm25Vectors)
        let table = try index.postingsInMemory(.bm25)
        for term in 0..<Int32(vectors.vocabulary.count) {
            let range = table.range(of: term)
            #expect(SparseVector(indices: Array(table.items[range]), values: Array(table.values[range])) == (bm25[term] ?? SparseVector()))
        }
        #expect(try index.tasks(ofRole: 0).map(\.vector) == vectors.taskVectors[0])
        #expect(try index.titles(ofRole: 3).map(\.text) == ["Registered Nurses", "ICU Nurse", "Registered Nurse", "RN", "Staff Nurse"])
    }

    @Test func anIndexWithConcurrentReadersReadsTheSameFromManyThreads() throws {
        let single = try Fixtures.index()
        let pooled = try RolesIndex(path: single.path, concurrentReaders: 3)
        #expect(pooled.roles.map(\.id) == single.roles.map(\.id))
        #expect(try pooled.counts() == single.counts())
        let expected = try (0..<single.roles.count).map { try single.tasks(ofRole: $0).map(\.vector) }
        let read = Parallel.map(single.roles.count * 4, workers: 4) { _, i in
            try? pooled.tasks(ofRole: i % single.roles.count).map(\.vector)
        }
        #expect(read == (0..<single.roles.count * 4).map { expected[$0 % single.roles.count] })
    }

    @Test func anIndexWithConcurrentReadersReadsTheFileItOpenedAfterItIsReplaced() throws {
        let original = try Fixtures.index()
        let pooled = try RolesIndex(path: original.path, concurrentReaders: 3)
        let expected = try (0..<original.roles.count).map { try original.tasks(ofRole: $0).map(\.text) }
        // Another index (O*NET fixtures alone, other roles) renamed over the file, as a rebuild does.
        let other = Fixtures.temporaryDirectory() + "/other.sqlite"
        _ = try IndexBuilder.build(BuildSources(onet: Fixtures.onet), to: other)
        #expect(rename(other, original.path) == 0)
        let read = Parallel.map(original.roles.count * 6, workers: 6) { _, i in
            try? pooled.tasks(ofRole: i % original.roles.count).map(\.text)
        }
        #expect(read == (0..<original.roles.count * 6).map { expected[$0 % original.roles.count] })
    }

    @Test func damagedBM25PostingsAreNamed() throws {
        let built = try Fixtures.index()
        // A posting naming a role the index does not have.
        let postings = SparseVector(indices: [999], values: [1])
        try GRDBTestSupport.open(built.path).write { db in
            try db.execute(sql: "UPDATE bm25_terms SET postings = ?", arguments: [BlobCoding.encode(postings)])
        }
        let index = try RolesIndex(path: built.path)
        #expect(throws: StoreError.self) { try index.postingsInMemory(.bm25) }
        let matcher = Matcher(index: index)
        let text = String(repeating: "nurse patients payroll ledger cook kitchen ", count: 4)
        #expect(throws: StoreError.self) { try matcher.match(text, source: "t", top: 3) }
    }

    @Test func unknownTermsAreAbsentFromALookup() throws {
        let index = try Fixtures.index()
        #expect(try index.lookup(["nurs", "zzzz"]).keys.sorted() == ["nurs"])
    }

    @Test func aBuildThatFailsMidwayLeavesThePreviousIndexUsable() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/roles.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: Fixtures.corpus), to: path)
        struct Interrupted: Error {}
        #expect(throws: StoreError.self) {
            try IndexBuilder.build(BuildSources(onet: Fixtures.onet), to: path) { throw Interrupted() }
        }
        let index = try RolesIndex(path: path)
        #expect(index.roles.map(\.id) == ["line-cook", "payroll-clerk", "web-developer"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["roles.sqlite"])
    }

    @Test func aBuildFromABadSourceLeavesThePreviousIndexUntouched() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/roles.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: Fixtures.corpus), to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: ImportError.self) { try IndexBuilder.build(BuildSources(onet: folder + "/nowhere"), to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aMissingIndexSaysHowToBuildOne() {
        #expect(throws: StoreError.missing(path: "/nonexistent/roles.sqlite")) { try RolesIndex(path: "/nonexistent/roles.sqlite") }
        #expect(StoreError.missing(path: "x").description.contains("roles index build"))
    }

    @Test func aFileThatIsNotAnIndexIsNamed() throws {
        let path = Fixtures.temporaryDirectory() + "/junk.sqlite"
        try Data("this is not a database, just some text that is long enough to fill a header".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try RolesIndex(path: path)
            Issue.record("opening a text file as an index succeeded")
        } catch let error as StoreError {
            guard case .notAnIndex(let named, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(named == path)
            #expect(error.description.contains("roles index build"))
        }
    }

    @Test func anIndexOfAnotherSchemaVersionAsksForARebuild() throws {
        let index = try Fixtures.index(onet: false)
        let queue = try GRDBTestSupport.open(index.path)
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'schema_version'") }
        #expect(throws: StoreError.schemaMismatch(path: index.path, found: 0, expected: IndexSchema.version)) {
            try RolesIndex(path: index.path)
        }
        #expect(StoreError.schemaMismatch(path: "p", found: 0, expected: 1).description.contains("roles index rebuild"))
        // The rebuild reads the recorded sources even though the schema differs.
        _ = try IndexBuilder.rebuild(index.path)
        #expect(try RolesIndex(path: index.path).metadata.schemaVersion == IndexSchema.version)
    }

    @Test func rebuildNamesAMovedOrChangedSource() throws {
        let corpus = Fixtures.copy(Fixtures.corpus)
        let path = Fixtures.temporaryDirectory() + "/roles.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: corpus), to: path)
        let file = corpus + "/roles/line-cook.yaml"
        try (try String(contentsOfFile: file, encoding: .utf8) + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        #expect(throws: ImportError.sourceChanged(path: corpus)) { try IndexBuilder.rebuild(path) }
        try FileManager.default.removeItem(atPath: corpus)
        #expect(throws: ImportError.sourceMoved(path: corpus)) { try IndexBuilder.rebuild(path) }
    }
}
