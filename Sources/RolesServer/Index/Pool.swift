import Foundation

/// Reusable objects that are not safe to share, such as a `Matcher` with its stem cache and score
/// workspace: each request borrows one, uses it alone, and gives it back.
///
/// `@unchecked Sendable`: the lock guards the idle list, and an element is only ever used by the one
/// caller that borrowed it.
final class Pool<Element>: @unchecked Sendable {
    private let make: () -> Element
    private let lock = NSLock()
    private var idle: [Element] = []

    init(make: @escaping () -> Element) {
        self.make = make
    }

    /// Runs `body` with an idle element, or a new one when all are in use.
    func withElement<T>(_ body: (Element) throws -> T) rethrows -> T {
        let element = lock.withLock { idle.popLast() } ?? make()
        defer { lock.withLock { idle.append(element) } }
        return try body(element)
    }

    /// Makes `count` elements at once, each on a thread of its own, runs `body` on each, and keeps them
    /// to be borrowed.
    func prepare(count: Int, _ body: (Element) -> Void) {
        nonisolated(unsafe) var made: [Element] = []
        let lock = NSLock()
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: count) { _ in
                let element = make()
                body(element)
                lock.withLock { made.append(element) }
            }
        }
        self.lock.withLock { idle += made }
    }

    /// How many elements wait to be borrowed.
    var idleCount: Int { lock.withLock { idle.count } }
}
