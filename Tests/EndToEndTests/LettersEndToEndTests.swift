import Foundation
import Testing

/// The letters issue's "done when", with the real binary: a caseworker drafts a German firm letter in
/// the console and cannot approve it; a supervisor rejects one, approves another, is refused a stale
/// third; the outbox holds exactly the approved letter.
@Suite("Letters end to end", .serialized)
struct LettersEndToEndTests {
    static let today = "2026-11-30"

    /// DE cases assigned to anna.schmidt that a demand may go to: amicable, undisputed, no promise or plan.
    static func germanCases(_ runner: BinaryRunner, db: String) throws -> [String] {
        let queue = try runner.run(["queue", "--db", db, "--today", today, "--as", "anna.schmidt", "--json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
        let rows = try #require(parsed["cases"] as? [[String: Any]])
        return try rows.compactMap { row -> String? in
            guard (row["debtor"] as? [String: Any])?["country"] as? String == "DE", row["stage"] as? String == "amicable",
                  let reference = row["reference"] as? String else { return nil }
            let detail = try runner.run(["case", reference, "--db", db, "--today", today, "--json"])
            let parsedCase = try #require(try JSONSerialization.jsonObject(with: Data(detail.stdout.utf8)) as? [String: Any])
            let promises = parsedCase["promises"] as? [[String: Any]] ?? []
            let plans = parsedCase["plans"] as? [[String: Any]] ?? []
            let claims = parsedCase["claims"] as? [[String: Any]] ?? []
            guard parsedCase["disputed"] as? Bool == false, !promises.contains(where: { $0["active"] as? Bool == true }), plans.isEmpty,
                  !claims.contains(where: { $0["disputed"] as? Bool == true }) else { return nil }
            return reference
        }.sorted()
    }

    @Test("draft in the console, four eyes, reject, approve, stale after a payment, export to the outbox")
    func doneWhen() throws {
        guard TmuxSession.available else { return }
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "150", "--db", db, "--today", Self.today]).status == 0)
        // The bundled table ends at 2026H1; 2026H2 is entered by the user, as the README says.
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[ecb-mro]\n2026H2 = 2.15\n[de-basiszins]\n2026H2 = 1.27\n[uk-boe-reference]\n2026H2 = 3.75\n".utf8)
            .write(to: config.appendingPathComponent("rates.toml"))
        let cases = try Self.germanCases(runner, db: db)
        try #require(cases.count >= 3, "the demo needs three German cases for this test")

        let tmux = try TmuxSession(width: 120, height: 40, environment: runner.environment)
        defer { tmux.kill() }
        let binary = BinaryRunner.binary.path
        try tmux.type("\(binary) --db \(db) --today \(Self.today) --as anna.schmidt; echo EXIT=$?")
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.type("/\(cases[0])")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("History")
        try tmux.type("l")
        try tmux.waitFor("Draft a letter for \(cases[0])")
        try tmux.type("2")
        var screen = try tmux.waitFor("Drafted letter 1 (firm, de)")
        #expect(screen.contains("Meridian Credit Recovery GmbH"))
        // The interest block: § 288 BGB, Basiszinssatz 1.27 + 9 = 10.27 % in 2026, and the EUR 40 flat fee.
        try tmux.send("G")
        screen = try tmux.screen()
        let whole = try runner.run(["letters", "show", "1", "--db", db, "--today", Self.today, "--json"])
        let letter = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        let body = try #require(letter["body"] as? String)
        #expect(body.contains("10,27 %"))
        #expect(body.contains("40,00 EUR"))
        #expect(body.contains("§ 288"))
        try tmux.type("a")
        try tmux.waitFor("only a supervisor can approve letters; you are a caseworker")
        try tmux.type("s")
        try tmux.waitFor("Submitted letter 1")
        try tmux.type("q")
        try tmux.type("q")
        try tmux.type("q")
        #expect(try tmux.waitFor("EXIT=0").contains("EXIT=0"))

        // Two more, on the command line; then a payment arrives on the third case.
        for reference in cases[1...2] {
            let drafted = try runner.run(["letters", "draft", "--case", reference, "--level", "reminder", "--submit", "--db", db,
                                          "--today", Self.today, "--as", "anna.schmidt"])
            #expect(drafted.status == 0, "\(drafted.stderr)")
        }
        #expect(try runner.run(["payment", "record", "--case", cases[2], "--amount", "25.00", "--date", Self.today, "--db", db, "--today", Self.today]).status == 0)
        let refusedCLI = try runner.run(["letters", "approve", "1", "--db", db, "--today", Self.today, "--as", "anna.schmidt"])
        #expect(refusedCLI.status == 1)
        #expect(refusedCLI.stderr.contains("only a supervisor"))

        try tmux.type("clear; \(binary) --db \(db) --today \(Self.today) --as sofia.marin; echo EXIT=$?")
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.type("2")
        screen = try tmux.waitFor("Approvals (3 waiting)")
        #expect(screen.contains("1 stale"))
        try tmux.send("Enter")
        try tmux.waitFor("Letter 1 ·")
        try tmux.type("r")
        try tmux.waitFor("Reject letter 1")
        try tmux.type("Bitte Ansprechpartner prüfen")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Rejected letter 1")
        #expect(screen.contains("Rejected: Bitte Ansprechpartner prüfen"))
        try tmux.type("J")
        try tmux.waitFor("Letter 2 ·")
        try tmux.type("a")
        try tmux.waitFor("Approved letter 2")
        try tmux.type("J")
        try tmux.waitFor("Letter 3 ·")
        screen = try tmux.waitFor("STALE")
        #expect(screen.contains("a payment was received"))
        try tmux.type("a")
        try tmux.waitFor("is stale")
        try tmux.type("q")
        try tmux.type("x")
        screen = try tmux.waitFor("Exported 1 letter to")
        try tmux.type("q")
        #expect(try tmux.waitFor("EXIT=0").contains("EXIT=0"))

        let outbox = runner.home.appendingPathComponent("data/recourse/outbox")
        let batches = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { !$0.hasPrefix(".") }
        #expect(batches.count == 1)
        let batch = outbox.appendingPathComponent(try #require(batches.first))
        let files = try FileManager.default.contentsOfDirectory(atPath: batch.path).sorted()
        #expect(files.count == 2)
        #expect(files.contains("manifest.jsonl"))
        #expect(files.contains { $0.hasPrefix("letter-2-\(cases[1])-reminder-de") })
        let states = try runner.run(["letters", "list", "--state", "all", "--db", db, "--today", Self.today, "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(states.stdout.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["state"] as? String ?? "" } == ["rejected", "sent", "submitted"])
        #expect(listed.last?["stale"] as? Bool == true)
    }
}

/// Help is an answer, not a failure.
@Suite("Help")
struct HelpEndToEndTests {
    @Test("--help on the root and on subcommands prints usage and exits 0")
    func help() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        for arguments in [["--help"], ["letters", "--help"], ["letters", "draft", "--help"], ["interest", "--help"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("USAGE:"), "\(arguments)")
        }
    }
}
