import Foundation
import Testing

@Suite("Logging calls end to end", .serialized)
struct CallEndToEndTests {
    @Test("in the console: open a case, log a PTP typed the German way, see it in the history and the queue, find it in JSON")
    func promiseInTheConsole() throws {
        guard TmuxSession.available else { return }
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "120", "--db", db, "--today", "2026-11-29"]).status == 0)
        var environment = runner.environment
        environment["LANG"] = "de_DE.UTF-8"
        let tmux = try TmuxSession(width: 120, height: 40, environment: environment)
        defer { tmux.kill() }
        try tmux.type("\(BinaryRunner.binary.path) --db \(db) --today 2026-11-29; echo EXIT=$?")
        try tmux.send("Enter")
        try tmux.waitFor("All cases")
        try tmux.type("/RC-000001")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("History")
        try tmux.type("c")
        try tmux.waitFor("Log call")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.type("PTP")
        try tmux.send("Tab")
        try tmux.type("7")
        try tmux.send("Tab")
        try tmux.type("1.234,56")
        try tmux.send("Tab")
        try tmux.type("2026-12-10")
        try tmux.send("Tab")
        try tmux.type("Zahlung zugesagt, Überweisung Donnerstag")
        try tmux.send("C-s")
        var screen = try tmux.waitFor("Logged PTP")
        #expect(screen.contains("promise EUR 1.234,56 by 2026-12-10"))
        #expect(screen.contains("Zahlung zugesagt, Überweisung Donnerstag"))
        try tmux.type("q")
        try tmux.send("Escape")
        screen = try tmux.waitFor("promise due 12-10")
        #expect(screen.contains("RC-000001"))
        try tmux.type("q")
        #expect(try tmux.waitFor("EXIT=0").contains("EXIT=0"))

        let json = try runner.run(["case", "RC-000001", "--json", "--db", db, "--today", "2026-11-29"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let history = try #require(parsed["history"] as? [[String: Any]])
        let call = try #require(history.first { $0["kind"] as? String == "call" })
        #expect(call["outcome"] as? String == "PTP")
        #expect(call["note"] as? String == "Zahlung zugesagt, Überweisung Donnerstag")
        #expect(call["durationMinutes"] as? Int == 7)
        let promises = try #require(parsed["promises"] as? [[String: Any]])
        let active = try #require(promises.first { $0["active"] as? Bool == true })
        #expect((active["amount"] as? [String: String])?["amount"] == "1234.56")
        #expect(active["status"] as? String == "pending")
    }

    @Test("on the command line: call log with the form's checks, payment record keeps the promise")
    func commandLine() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "60", "--db", db]).status == 0)
        let queue = try runner.run(["queue", "--db", db, "--json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
        let cases = try #require(parsed["cases"] as? [[String: Any]])
        let row = try #require(cases.first { ($0["outstanding"] as? [Any])?.count == 1 && $0["stage"] as? String == "amicable" })
        let reference = try #require(row["reference"] as? String)
        let currency = try #require(((row["outstanding"] as? [[String: String]])?.first)?["currency"])
        let today = try #require(ISO8601DateFormatter().string(from: Date()).split(separator: "T").first.map(String.init))
        let promiseDay = String(ISO8601DateFormatter().string(from: Date().addingTimeInterval(5 * 86_400)).prefix(10))

        let refused = try runner.run(["call", "log", "--case", reference, "--outcome", "PTP", "--amount", "12", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("promiseDate: promise date? YYYY-MM-DD"))
        let logged = try runner.run(["call", "log", "--case", reference, "--outcome", "PTP", "--amount", "\(currency) 12,5",
                                     "--date", promiseDay, "--note", "will pay Friday", "--db", db],
                                    extraEnvironment: ["LANG": "de_DE.UTF-8"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("Logged PTP on \(reference): promise \(currency) 12,50 by \(promiseDay)"))
        let paid = try runner.run(["payment", "record", "--case", reference, "--amount", "12.50", "--date", today,
                                   "--reference", "TRF 0042", "--db", db])
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.contains("the promise is kept"))
        let detail = try runner.run(["case", reference, "--json", "--db", db])
        #expect(detail.stdout.contains("\"status\" : \"kept\""))
        #expect(try runner.run(["check", "--db", db]).status == 0)
        let wrong = try runner.run(["call", "log", "--case", reference, "--outcome", "WN", "--contact", "Nobody Here", "--db", db])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("no contact 'Nobody Here'"))
    }
}
