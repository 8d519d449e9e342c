import Foundation
import Testing

@Suite("The console in a real terminal (tmux)", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleEndToEndTests {
    @Test("start, queue, filter, open a case, help, survive a resize, quit with q, terminal restored")
    func caseworkerSession() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "200", "--db", db, "--today", "2026-11-29"]).status == 0)
        let tmux = try TmuxSession(width: 120, height: 40, environment: runner.environment)
        defer { tmux.kill() }
        try tmux.type("\(BinaryRunner.binary.path) --db \(db) --today 2026-11-29; echo EXIT=$?")
        try tmux.send("Enter")

        _ = try tmux.waitFor("All cases")
        var screen = try tmux.waitFor("Reference")
        #expect(screen.contains("Recourse"))
        #expect(screen.contains("RC-0"))
        // The bundled rates end at 2026H1: the footer says so until the first key.
        #expect(screen.contains("No statutory rate for 2026H2 yet"))

        try tmux.type("/")
        try tmux.type("müller")
        screen = try tmux.waitFor("Filter / müller")
        #expect(screen.contains("RC-000001 Müller Präzisionstechn"))
        try tmux.send("Enter")
        try tmux.send("Enter")
        screen = try tmux.waitFor("History")
        #expect(screen.contains("Müller Präzisionstechnik GmbH"))
        #expect(screen.contains("Claims"))

        try tmux.type("?")
        screen = try tmux.waitFor("Help: case")
        try tmux.type("q")
        try tmux.type("q")
        screen = try tmux.waitFor("Filter / müller")

        try tmux.resize(width: 60, height: 20)
        screen = try tmux.waitFor("terminal too small")
        #expect(screen.contains("need 80×24"))
        try tmux.resize(width: 120, height: 40)
        screen = try tmux.waitFor("All cases")
        #expect(!screen.contains("terminal too small"))

        try tmux.send("Escape")
        try tmux.type("q")
        screen = try tmux.waitFor("EXIT=0")
        #expect(screen.contains("EXIT=0"))
        #expect(!screen.contains("All cases"), "the UI must be gone after quitting")
    }

    @Test("a broken theme is reported with file and line, and the console still starts")
    func brokenTheme() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "20", "--db", db]).status == 0)
        let themes = runner.home.appendingPathComponent("config/recourse/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "name = \"broken\"\n[roles]\nheader = { fg = \"chartreuse\" }\n".write(
            to: themes.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(width: 120, height: 40, environment: runner.environment)
        defer { tmux.kill() }
        try tmux.type("\(BinaryRunner.binary.path) --db \(db) --theme broken; echo EXIT=$?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("broken.toml:3")
        #expect(screen.contains("All cases"))
        #expect(screen.contains("broken.toml:3"))
        try tmux.type("q")
        #expect(try tmux.waitFor("EXIT=0").contains("EXIT=0"))
    }
}
