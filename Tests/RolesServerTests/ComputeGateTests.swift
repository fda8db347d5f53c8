import Foundation
import Synchronization
import Testing
@testable import RolesServer

struct ComputeGateTests {
    final class Counter: Sendable {
        let state = Mutex((running: 0, most: 0, done: 0))
    }

    @Test func noMoreThanItsWidthRunAtOnce() async throws {
        // Width 1: the task pool has a thread per core, so two would run at once without the gate.
        let gate = ComputeGate(width: 1)
        let counter = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try await gate.run {
                        counter.state.withLock { $0.running += 1; $0.most = max($0.most, $0.running) }
                        Thread.sleep(forTimeInterval: 0.002)
                        counter.state.withLock { $0.running -= 1; $0.done += 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        let state = counter.state.withLock { $0 }
        #expect(state.done == 16 && state.running == 0 && state.most == 1)
    }

    struct Failure: Error {}

    @Test func aFailureFreesItsPlace() async throws {
        let gate = ComputeGate(width: 1)
        await #expect(throws: Failure.self) { try await gate.run { throw Failure() } }
        // The only place is free again: this would wait for ever otherwise.
        #expect(try await gate.run { 7 } == 7)
    }
}
