/// Per-key timings from replaying a key script.
public struct ReplayReport: Sendable {
    /// Time from each key to its frame being drawn (handle + render + diff), in script order.
    public var latencies: [Duration]
    /// The last frame drawn.
    public var lastFrame: Buffer?
    /// Whether the app asked to quit before the script ended.
    public var quit: Bool

    /// Creates a report.
    public init(latencies: [Duration], lastFrame: Buffer?, quit: Bool) {
        self.latencies = latencies
        self.lastFrame = lastFrame
        self.quit = quit
    }

    /// The latency at `fraction` (0…1) of the sorted samples, nearest rank; zero when empty.
    public func percentile(_ fraction: Double) -> Duration {
        guard !latencies.isEmpty else { return .zero }
        let sorted = latencies.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(0, rank), sorted.count - 1)]
    }

    /// The median latency.
    public var median: Duration { percentile(0.5) }
    /// The 99th-percentile latency.
    public var p99: Duration { percentile(0.99) }
}

/// Replays key events against an app headless, drawing after each, and times every key.
public enum KeyScriptReplay {
    /// Renders once, then for each key: handle it, render, diff against the previous frame, and
    /// record the elapsed time. Stops early if the app quits.
    public static func run<App: TerminalApp>(_ app: inout App, keys: [KeyEvent], size: Size,
                                             clock: ContinuousClock = ContinuousClock()) -> ReplayReport {
        let backend = HeadlessBackend(size: size, recordsFrames: false)
        let loop = RunLoop(backend: backend, minimumSize: .zero)
        var latencies: [Duration] = []
        latencies.reserveCapacity(keys.count)
        var frame = loop.frame(for: &app)
        backend.draw(frame.buffer, cursor: frame.cursor)
        for key in keys {
            let start = clock.now
            let outcome = app.handle(.key(key))
            if outcome == .quit {
                latencies.append(clock.now - start)
                return ReplayReport(latencies: latencies, lastFrame: backend.lastFrame, quit: true)
            }
            frame = loop.frame(for: &app)
            backend.draw(frame.buffer, cursor: frame.cursor)
            latencies.append(clock.now - start)
        }
        return ReplayReport(latencies: latencies, lastFrame: backend.lastFrame, quit: false)
    }
}
