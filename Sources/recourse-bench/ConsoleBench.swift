import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters
import RecourseStore
import TermUI

/// The console's figures, headless at 120×40: first frame, and per-key latency of common work.
enum ConsoleBench {
    static func run(repository: SQLiteRepository, clock: any Clock) throws {
        guard let admin = try repository.allUsers().first(where: { $0.role == .admin }) else { return }
        let session = Session(user: admin, osLogin: admin.login)
        let desk = LetterDesk(
            store: repository, templates: LetterTemplates.bundled().templates, interest: LetterInterest.statutory(rates: try RateTableFile.bundled()),
            clock: clock, session: session)
        let services = RepositoryConsoleServices(
            repository: repository, session: session, clock: clock, repositoryName: "bench.sqlite",
            policy: .standard, conventions: .pointDecimal, letters: .success(desk),
            outbox: FileManager.default.temporaryDirectory.appendingPathComponent("recourse-bench-outbox"))
        let size = Size(width: 120, height: 40)
        var app: ConsoleApp?
        let firstFrame = Measure.seconds {
            var console = ConsoleApp(services: services, theme: .mono)
            let backend = HeadlessBackend(size: size, recordsFrames: false)
            let frame = RunLoop(backend: backend, minimumSize: ConsoleApp.minimumSize).frame(for: &console)
            backend.draw(frame.buffer, cursor: frame.cursor)
            app = console
        }
        print(String(format: "console start to first frame:  %.1f ms", firstFrame * 1000))
        guard var console = app else { return }
        // The run loop sends an idle tick when no key comes for half a second; the first one
        // builds the filter's index while the user reads the queue.
        let idle = Measure.seconds { _ = console.handle(.idle) }
        print(String(format: "first idle tick (filter index): %.1f ms", idle * 1000))
        report("key: move down (j) x300", KeyScriptReplay.run(&console, keys: Array(repeating: .character("j"), count: 300), size: size))
        report("key: page down x100", KeyScriptReplay.run(&console, keys: Array(repeating: .pageDown, count: 100), size: size))
        report("key: page up x100", KeyScriptReplay.run(&console, keys: Array(repeating: .pageUp, count: 100), size: size))
        var typing: [KeyEvent] = []
        for _ in 0..<10 { typing += [.character("/")] + "müller".map { KeyEvent.character($0) } + [.escape] }
        report("key: typing a 6-letter filter", KeyScriptReplay.run(&console, keys: typing, size: size))
        var opening: [KeyEvent] = []
        for _ in 0..<50 { opening += [.enter, .character("q"), .character("j")] }
        let open = KeyScriptReplay.run(&console, keys: opening, size: size)
        let enters = stride(from: 0, to: open.latencies.count, by: 3).map { open.latencies[$0] }
        report("key: open a case (Enter)", ReplayReport(latencies: enters, lastFrame: nil, quit: false))
        var logging: [KeyEvent] = []
        for _ in 0..<30 { logging += [.character("c"), .tab, .tab, .character("N"), .character("A"), .ctrl("s"), .character("j")] }
        let saves = KeyScriptReplay.run(&console, keys: logging, size: size)
        let saveLatencies = stride(from: 5, to: saves.latencies.count, by: 7).map { saves.latencies[$0] }
        report("key: Ctrl-S to refreshed queue", ReplayReport(latencies: saveLatencies, lastFrame: nil, quit: false))
    }

    private static func report(_ label: String, _ replay: ReplayReport) {
        let samples = replay.latencies.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1000 }
        print("\(label.padding(toLength: 31, withPad: " ", startingAt: 0))\(Measure.summary(samples))")
    }
}
