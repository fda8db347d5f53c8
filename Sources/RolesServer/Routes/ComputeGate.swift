import Foundation

/// Lets at most `width` requests compute at once and the others wait their turn in arrival order. With
/// every request computing at once, the cores are shared among all of them and some wait far longer
/// than others; in turn, a request waits only for those that came before it.
actor ComputeGate {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Requests computing at once by default: one per core.
    static var defaultWidth: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    init(width: Int = defaultWidth) {
        free = width
    }

    /// Runs `body` when a place is free.
    nonisolated func run<T>(_ body: () throws -> T) async throws -> T {
        await enter()
        let result = Result { try body() }
        await leave()
        return try result.get()
    }

    private func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
