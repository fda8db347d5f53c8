import Foundation
import Logging
import NIOConcurrencyHelpers
import RolesKit

/// The index the server answers from: opened once at start, shared read-only by every request, and
/// replaced as a whole when the file is rebuilt. A reload that fails keeps the index being served.
public final class LiveIndex: Sendable {
    public let path: String
    private let logger: Logger
    private let state: NIOLockedValueBox<State>

    private struct State {
        var served: ServedIndex
        /// The identity of the last file a reload tried, so a file that failed is not retried every second.
        var lastTried: FileIdentity?
    }

    /// Opens the index at `path`; throws a `StoreError` when it is missing or not a readable index.
    public init(path: String, logger: Logger) throws {
        self.path = path
        self.logger = logger
        let served = try ServedIndex(path: path)
        state = NIOLockedValueBox(State(served: served, lastTried: served.identity))
    }

    /// The index to answer one request from.
    var current: ServedIndex { state.withLockedValue { $0.served } }

    /// The index currently served.
    public var index: RolesIndex { current.index }

    /// Opens the file again and serves it from now on; on failure, logs why and keeps the old index.
    /// - Returns: whether the new file is served.
    @discardableResult
    public func reload(reason: String) -> Bool {
        let identity = FileIdentity(path: path)
        state.withLockedValue { $0.lastTried = identity }
        do {
            let served = try ServedIndex(path: path)
            state.withLockedValue { $0.served = served }
            logger.info("reloaded the index (\(reason)): \(path), \(served.index.roles.count) roles, built \(served.index.metadata.builtAt).")
            return true
        } catch {
            logger.error("could not reload the index (\(reason)); still serving the previous one. \(error)")
            return false
        }
    }

    /// Reloads when the file at `path` is not the one last opened or tried.
    /// - Returns: whether a reload was tried.
    @discardableResult
    public func reloadIfChanged() -> Bool {
        let identity = FileIdentity(path: path)
        let lastTried = state.withLockedValue { $0.lastTried }
        guard identity != lastTried else { return false }
        guard identity != nil else {
            // Logged once: the next file to appear there differs from "none" and is tried.
            state.withLockedValue { $0.lastTried = nil }
            logger.warning("the index file \(path) is gone; still serving the index opened before.")
            return false
        }
        reload(reason: "the file changed")
        return true
    }
}
