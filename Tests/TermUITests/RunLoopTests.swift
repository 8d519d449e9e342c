import Testing
@testable import TermUI

/// A tiny app: a counter that `+` increments, `q` quits, with an input field for cursor tests.
struct CounterApp: TerminalApp {
    var count = 0
    var events: [InputEvent] = []
    var input = TextInput(text: "株式")

    mutating func render(into frame: inout Frame) {
        frame.buffer.put("Count: \(count)", at: .zero, style: .plain)
        frame.cursor = input.render(into: &frame.buffer, area: frame.area.row(1), theme: .mono, focused: true)
    }

    mutating func handle(_ event: InputEvent) -> EventOutcome {
        events.append(event)
        switch event {
        case .key(.character("+")): count += 1
        case .key(.character("q")): return .quit
        default: break
        }
        return .continue
    }
}

@Suite("Run loop")
struct RunLoopTests {
    @Test func headlessLoopRendersAfterEveryEventAndStopsOnQuit() throws {
        let backend = HeadlessBackend(size: Size(width: 20, height: 4), keys: [.character("+"), .character("+"), .character("q"), .character("+")])
        var app = CounterApp()
        try RunLoop(backend: backend, minimumSize: Size(width: 10, height: 3)).run(&app)
        #expect(app.count == 2)
        #expect(backend.frames.count == 3)
        #expect(backend.frames.last?.lines().first == "Count: 2")
        #expect(backend.cursors.last == Point(x: 4, y: 1), "cursor after two wide glyphs")
        #expect(backend.changedCells.last == 1, "only the digit changed")
    }

    @Test func tooSmallTerminalShowsTheMessageAndRecovers() throws {
        let backend = HeadlessBackend(size: Size(width: 40, height: 10), keys: [.character("+")])
        backend.enqueue([.key(.character("+")), .resize(Size(width: 80, height: 24)), .key(.character("+"))])
        var app = CounterApp()
        try RunLoop(backend: backend, minimumSize: Size(width: 80, height: 24)).run(&app)
        let first = backend.frames[0].lines().joined(separator: "\n")
        #expect(first.contains("terminal too small: need 80×24, have"))
        #expect(first.contains("40×10"))
        #expect(first.contains("enlarge the window"))
        #expect(!first.contains("Count"))
        #expect(backend.cursors[0] == nil)
        #expect(app.count == 1, "keys are withheld while too small; only the last + counts")
        #expect(backend.frames.last?.lines().first == "Count: 1")
        #expect(app.events.contains(.resize(Size(width: 80, height: 24))))
    }

    @Test func tooSmallMessageIsCentred() {
        var buffer = Buffer(size: Size(width: 70, height: 5))
        TooSmallScreen.render(into: &buffer, minimum: Size(width: 80, height: 24), theme: .mono)
        #expect(buffer.lines() == [
            "",
            "",
            "terminal too small: need 80×24, have 70×5 — enlarge the window",
            "",
            "",
        ].map { $0.isEmpty ? $0 : "    " + $0 })
    }

    @Test func ctrlCAlwaysQuits() throws {
        let backend = HeadlessBackend(size: Size(width: 10, height: 2), keys: [.ctrl("c"), .character("+")])
        var app = CounterApp()
        try RunLoop(backend: backend, minimumSize: Size(width: 80, height: 24)).run(&app)
        #expect(app.events.isEmpty)
        #expect(backend.frames.count == 1)
    }

    @Test func resizeFromTheBackendChangesTheFrameSize() throws {
        let backend = HeadlessBackend(size: Size(width: 20, height: 3), keys: [])
        backend.resize(to: Size(width: 30, height: 5))
        var app = CounterApp()
        try RunLoop(backend: backend, minimumSize: .zero).run(&app)
        #expect(backend.frames.map(\.size) == [Size(width: 30, height: 5), Size(width: 30, height: 5)])
        #expect(app.events == [.resize(Size(width: 30, height: 5))])
    }

    @Test func keyScriptReplayTimesEveryKey() {
        var app = CounterApp()
        let keys = Array(repeating: KeyEvent.character("+"), count: 200)
        let report = KeyScriptReplay.run(&app, keys: keys, size: Size(width: 80, height: 24))
        #expect(report.latencies.count == 200)
        #expect(app.count == 200)
        #expect(report.lastFrame?.lines().first == "Count: 200")
        #expect(report.median <= report.p99)
        #expect(report.p99 > .zero)
        #expect(!report.quit)
        var quitting = CounterApp()
        #expect(KeyScriptReplay.run(&quitting, keys: [.character("q"), .character("+")], size: Size(width: 20, height: 3)).quit)
    }

    @Test func percentilesUseNearestRank() {
        let report = ReplayReport(latencies: (1...100).map { .nanoseconds($0) }, lastFrame: nil, quit: false)
        #expect(report.median == .nanoseconds(50))
        #expect(report.p99 == .nanoseconds(99))
        #expect(ReplayReport(latencies: [], lastFrame: nil, quit: false).p99 == .zero)
    }
}
