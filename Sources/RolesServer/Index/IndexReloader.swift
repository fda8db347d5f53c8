import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the served index on SIGHUP, and when the file is replaced (checked once a second).
public struct IndexReloader: Service {
    public static let checkInterval: Duration = .seconds(1)

    let live: LiveIndex

    public init(live: LiveIndex) {
        self.live = live
    }

    public func run() async throws {
        let live = self.live
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in hangups.cancelOnGracefulShutdown() { live.reload(reason: "SIGHUP") }
            }
            group.addTask {
                while (try? await Task.sleep(for: Self.checkInterval)) != nil, !Task.isShuttingDownGracefully {
                    live.reloadIfChanged()
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }
}
