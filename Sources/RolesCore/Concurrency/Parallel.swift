import Dispatch
import Foundation

/// Data-parallel loops over all cores.
public enum Parallel {
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(worker, item)` for items `0..<count`, worker `w` taking items `w, w + workers, …`;
    /// the results keep item order. `body` may use per-worker state indexed by `worker` without locks.
    public static func map<T>(_ count: Int, workers: Int = defaultWorkers, _ body: (_ worker: Int, _ item: Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(workers, count))
        if workers == 1 { return (0..<count).map { body(0, $0) } }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for item in stride(from: worker, to: count, by: workers) { results[item] = body(worker, item) }
            }
        }
        return results.map { $0! }
    }

    /// Starts `body` on a thread of its own (not one of the shared pool's, which `map` keeps busy) and
    /// returns what waits for its result.
    public static func background<T: Sendable>(_ body: @escaping @Sendable () -> T) -> Pending<T> {
        let pending = Pending<T>()
        Thread {
            pending.value = body()
            pending.done.signal()
        }.start()
        return pending
    }

    /// The result of a `background` body.
    public final class Pending<T: Sendable>: @unchecked Sendable {
        // Written once by the body's thread before `done` is signalled, read after it is waited for.
        fileprivate var value: T?
        fileprivate let done = DispatchSemaphore(value: 0)

        /// Waits for the body to finish and returns its result; call once.
        public func wait() -> T {
            done.wait()
            return value!
        }
    }
}
