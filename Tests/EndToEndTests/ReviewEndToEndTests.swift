import Foundation
import Testing

/// Escalation decisions with the real binary: the CLI decides legal and insolvency and `recourse case`
/// shows the Legal and Insolvency claim blocks (text and JSON); in the console a supervisor writes
/// off a case from screen 3.
@Suite("Review end to end", .serialized)
struct ReviewEndToEndTests {
    static let today = "2026-11-30"

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// A demo repository and 2026H2 rates entered as the README says (the bundled table ends at 2026H1).
    static func demo(_ runner: BinaryRunner) throws -> String {
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "200", "--db", db, "--today", today]).status == 0)
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[ecb-mro]\n2026H2 = 2.15\n[de-basiszins]\n2026H2 = 1.27\n[uk-boe-reference]\n2026H2 = 3.75\n".utf8)
            .write(to: config.appendingPathComponent("rates.toml"))
        return db
    }

    @Test("legal and insolvency decided on the command line; recourse case prints both blocks and their JSON")
    func caseReport() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = try Self.demo(runner)
        let review = try runner.run(["escalations", "review", "--db", db, "--today", Self.today, "--json"])
        let items = try #require(try Self.json(review.stdout) as? [[String: Any]])
        try #require(items.count >= 2, "the demo needs two cases in review")
        let legal = try #require(items[0]["reference"] as? String), country = try #require(items[0]["country"] as? String)
        let insolvency = try #require(items[1]["reference"] as? String)

        let added = try runner.run(["lawyers", "add", "Dr. Jana Horáková", "--firm", "Horáková & Partners", "--country", country,
                                    "--email", "jana@example.com", "--db", db, "--today", Self.today])
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(added.stdout.split(separator: ":").first?.split(separator: " ").last.map(String.init))
        let decided = try runner.run(["escalations", "decide", "--case", legal, "--decision", "legal", "--lawyer", id, "--costs", "2500",
                                      "--next-step", "Letter before action", "--db", db, "--today", Self.today])
        #expect(decided.status == 0, "\(decided.stderr)")
        let claimed = try runner.run(["escalations", "decide", "--case", insolvency, "--decision", "insolvency", "--practitioner", "Mgr. Tomáš Krejčí",
                                      "--deadline", "2026-12-04", "--db", db, "--today", Self.today])
        #expect(claimed.status == 0, "\(claimed.stderr)")

        let text = try runner.run(["case", legal, "--db", db, "--today", Self.today]).stdout
        #expect(text.contains("\nLegal\n  Lawyer           Dr. Jana Horáková, Horáková & Partners (\(country))  jana@example.com\n"))
        #expect(text.contains("  Instructed on    2026-11-30\n"))
        #expect(text.contains("  Estimated costs  ") && text.contains(" 2,500.00\n"))
        #expect(text.contains("  Next step        Letter before action\n"))
        let legalJSON = try #require((try Self.json(try runner.run(["case", legal, "--db", db, "--today", Self.today, "--json"]).stdout)
            as? [String: Any])?["legal"] as? [String: Any])
        #expect((legalJSON["lawyer"] as? [String: Any])?["name"] as? String == "Dr. Jana Horáková")
        #expect((legalJSON["estimatedCosts"] as? [String: Any])?["amount"] as? String == "2500.00")
        #expect(legalJSON["nextStep"] as? String == "Letter before action")

        let claimText = try runner.run(["case", insolvency, "--db", db, "--today", Self.today]).stdout
        #expect(claimText.contains("\nInsolvency claim\n  Practitioner     Mgr. Tomáš Krejčí\n  Filing deadline  2026-12-04  in 4 days, not filed\n"))
        let claimJSON = try #require((try Self.json(try runner.run(["case", insolvency, "--db", db, "--today", Self.today, "--json"]).stdout)
            as? [String: Any])?["insolvency"] as? [String: Any])
        #expect(claimJSON["filingDeadline"] as? String == "2026-12-04")
        let amounts = try #require(claimJSON["claimed"] as? [[String: String]])
        let outstanding = try #require(items[1]["outstanding"] as? [[String: String]])
        // The default claim: the open balance plus statutory interest and compensation.
        let first = try #require(outstanding.first)
        let claimedMain = try #require(amounts.first { $0["currency"] == first["currency"] })
        #expect(Double(claimedMain["amount"] ?? "0") ?? 0 > Double(first["amount"] ?? "0") ?? 0)
        #expect(legalJSON["insolvency"] == nil)
    }

    @Test("screen 3 in the console: a supervisor writes a case off with the y question; the footer says so")
    func consoleWriteOff() throws {
        guard TmuxSession.available else { return }
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = try Self.demo(runner)
        let review = try runner.run(["escalations", "review", "--db", db, "--today", Self.today, "--json"])
        let items = try #require(try Self.json(review.stdout) as? [[String: Any]])
        let first = try #require(items.first?["reference"] as? String)

        let tmux = try TmuxSession(width: 120, height: 40, environment: runner.environment)
        defer { tmux.kill() }
        try tmux.type("\(BinaryRunner.binary.path) --db \(db) --today \(Self.today) --as sofia.marin; echo EXIT=$?")
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.type("3")
        var screen = try tmux.waitFor("Review queue (\(items.count) waiting)")
        #expect(screen.contains(first))
        try tmux.send("Enter")
        screen = try tmux.waitFor("Balance  as of \(Self.today)")
        #expect(screen.contains("Review · \(first)"))
        #expect(screen.contains("the default insolvency claim"))
        try tmux.type("W")
        try tmux.waitFor("Write off · \(first)")
        try tmux.type("Debtor dissolved")
        try tmux.send("Enter")
        try tmux.waitFor("? y/n")
        try tmux.type("y")
        try tmux.waitFor("Wrote off \(first)")
        try tmux.type("q")
        try tmux.type("q")
        try tmux.waitFor("EXIT=0")
        let after = try runner.run(["escalations", "review", "--db", db, "--today", Self.today, "--json"])
        let left = try #require(try Self.json(after.stdout) as? [[String: Any]])
        #expect(left.count == items.count - 1 && !left.contains { $0["reference"] as? String == first })
    }
}
