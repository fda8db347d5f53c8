import Foundation
import Hummingbird
import HummingbirdTesting
import RolesKit
import Testing
@testable import RolesServer

struct LiveIndexTests {
    @Test func aRebuiltFileIsServedAfterTheNextCheck() async throws {
        let path = try ServerFixtures.buildIndex(onet: false)
        let live = try LiveIndex(path: path, logger: ServerFixtures.logger)
        #expect(live.index.roles.count == 3)
        #expect(!live.reloadIfChanged(), "an unchanged file is not opened again")
        let before = live.current
        try ServerFixtures.buildIndex(onet: true, at: path)
        #expect(live.reloadIfChanged())
        #expect(live.index.roles.count == 6)
        // A request that started before the reload still answers from the index it started with.
        #expect(before.index.roles.count == 3)
        let result = try before.withWorker { try $0.matcher.match("payroll clerk", source: "test", top: 10) }
        #expect(result.matches.count <= 3)
        #expect(try before.index.role(id: "43-3031.00") == nil)
    }

    @Test func theAPIAnswersFromTheReloadedIndex() async throws {
        let path = try ServerFixtures.buildIndex(onet: false)
        let live = try LiveIndex(path: path, logger: ServerFixtures.logger)
        let app = try ServerFixtures.application(live)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/roles/43-3031.00", method: .get) { #expect($0.status == .notFound) }
            try ServerFixtures.buildIndex(onet: true, at: path)
            #expect(live.reload(reason: "test"))
            try await client.execute(uri: "/v1/roles/43-3031.00", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/index", method: .get) { response in
                let counts = try ServerFixtures.json(response.body)["counts"] as? [String: Int]
                #expect(counts?["roles"] == 6)
            }
        }
    }

    @Test func aFailedReloadKeepsServingTheOldIndexAndIsNotRetriedUntilTheFileChanges() throws {
        let path = try ServerFixtures.buildIndex()
        let live = try LiveIndex(path: path, logger: ServerFixtures.logger)
        let garbage = path + ".garbage"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: garbage))
        #expect(rename(garbage, path) == 0)
        #expect(live.reloadIfChanged(), "a replaced file is tried")
        #expect(live.index.roles.count == 6)
        #expect(try live.index.role(id: "payroll-clerk") != nil, "the old file is still open and readable")
        #expect(!live.reloadIfChanged(), "the same broken file is not tried again")
        #expect(!live.reload(reason: "test"), "an explicit reload fails too")
        try ServerFixtures.buildIndex(onet: false, at: path)
        #expect(live.reloadIfChanged())
        #expect(live.index.roles.count == 3)
    }

    @Test func aMissingFileKeepsServingTheOldIndex() throws {
        let path = try ServerFixtures.buildIndex()
        let live = try LiveIndex(path: path, logger: ServerFixtures.logger)
        try FileManager.default.removeItem(atPath: path)
        #expect(!live.reloadIfChanged())
        #expect(live.index.roles.count == 6)
        try ServerFixtures.buildIndex(onet: false, at: path)
        #expect(live.reloadIfChanged(), "a file that appears again is opened")
        #expect(live.index.roles.count == 3)
    }

    @Test func openingAMissingOrCorruptIndexNamesTheFile() throws {
        #expect(throws: StoreError.missing(path: "/nonexistent/roles.sqlite")) {
            try LiveIndex(path: "/nonexistent/roles.sqlite", logger: ServerFixtures.logger)
        }
        let corrupt = ServerFixtures.temporaryDirectory() + "/corrupt.sqlite"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: corrupt))
        do {
            _ = try LiveIndex(path: corrupt, logger: ServerFixtures.logger)
            Issue.record("a corrupt index opened")
        } catch let error as StoreError {
            #expect(error.description.hasPrefix("\(corrupt): not a readable roles index"))
        }
    }

    @Test func sequentialRequestsReuseThePreparedWorkers() async throws {
        let live = try ServerFixtures.live()
        let prepared = live.current.workers.idleCount
        #expect(prepared == ComputeGate.defaultWidth)
        let app = try ServerFixtures.application(live)
        try await app.test(.router) { client in
            for _ in 0..<5 {
                try await client.execute(uri: "/v1/match", method: .post, body: ByteBuffer(string: #"{"text": "line cook"}"#)) {
                    #expect($0.status == .ok)
                }
            }
        }
        #expect(live.current.workers.idleCount == prepared)
    }
}
