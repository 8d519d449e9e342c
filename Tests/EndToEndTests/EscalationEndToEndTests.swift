import Foundation
import Testing

/// The ladder and the review queue with the real binary.
@Suite("Escalation end to end", .serialized)
struct EscalationEndToEndTests {
    static let today = "2026-11-30"
    static let monthAhead = "2026-12-31"

    static func writeRates(_ runner: BinaryRunner) throws {
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[ecb-mro]\n2026H2 = 2.15\n[de-basiszins]\n2026H2 = 1.27\n[uk-boe-reference]\n2026H2 = 3.75\n".utf8)
            .write(to: config.appendingPathComponent("rates.toml"))
    }

    @Test("run a month ahead: letters and reviews; again: nothing; back in time: refused; decide on the command line")
    func runAndDecide() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "200", "--db", db, "--today", Self.today]).status == 0)
        try Self.writeRates(runner)
        let listed = try runner.run(["escalations", "list", "--db", db, "--today", Self.monthAhead])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("due: "))
        let run = try runner.run(["escalations", "run", "--db", db, "--today", Self.monthAhead, "--as", "sofia.marin", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let letters = try #require(summary["letters"] as? Int)
        let reviews = try #require(summary["reviews"] as? Int)
        #expect(letters > 0 && reviews > 0)
        let again = try runner.run(["escalations", "run", "--db", db, "--today", Self.monthAhead, "--as", "sofia.marin"])
        #expect(again.stdout.contains("0 calls, 0 letters, 0 reviews"))
        let back = try runner.run(["escalations", "run", "--db", db, "--today", Self.today, "--as", "sofia.marin"])
        #expect(back.status == 1)
        #expect(back.stderr.contains("would go back in time"))
        let submitted = try runner.run(["letters", "list", "--state", "submitted", "--db", db, "--today", Self.monthAhead, "--json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(submitted.stdout.utf8)) as? [[String: Any]])
        #expect(parsed.count == letters)

        let queue = try runner.run(["escalations", "review", "--db", db, "--today", Self.monthAhead, "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [[String: Any]])
        let exhausted = try #require(items.first { $0["reason"] as? String == "ladder-exhausted" })
        let reference = try #require(exhausted["reference"] as? String)
        let caseworker = try runner.run(["escalations", "decide", "--case", reference, "--decision", "writeoff", "--reason", "no assets",
                                         "--db", db, "--today", Self.monthAhead, "--as", "anna.schmidt"])
        #expect(caseworker.status == 1)
        #expect(caseworker.stderr.contains("only a supervisor"))
        let decided = try runner.run(["escalations", "decide", "--case", reference, "--decision", "extend", "--until", "2027-01-20",
                                      "--reason", "refinancing under way", "--db", db, "--today", Self.monthAhead, "--as", "sofia.marin"])
        #expect(decided.status == 0, "\(decided.stderr)")
        #expect(decided.stdout.contains("extended until 2027-01-20"))
    }

    @Test("a broken ladder.toml is named with file and line, and the ladder does not run")
    func brokenPolicy() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "60", "--db", db, "--today", Self.today]).status == 0)
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[[ladder]]\nname = \"call\"\nkind = \"fax\"\ndays = 1\nfrom = \"placement\"\n".utf8).write(to: config.appendingPathComponent("ladder.toml"))
        let refused = try runner.run(["escalations", "run", "--db", db, "--today", Self.today])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("ladder.toml:3:"))
        #expect(refused.stderr.contains("fax"))
        let runs = try runner.run(["escalations", "list", "--db", db, "--today", Self.today])
        #expect(runs.status == 1)
    }

    @Test("after a run a month ahead, the supervisor runs the ladder again from screen 3 and decides three reviews in the console")
    func decideInTheConsole() throws {
        guard TmuxSession.available else { return }
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "200", "--db", db, "--today", Self.today]).status == 0)
        try Self.writeRates(runner)
        #expect(try runner.run(["escalations", "run", "--db", db, "--today", Self.monthAhead, "--as", "sofia.marin"]).status == 0)
        let review = try runner.run(["escalations", "review", "--db", db, "--today", Self.monthAhead, "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [[String: Any]])
            .filter { $0["reason"] as? String != "plan-approval" }
        try #require(items.count >= 3)
        let references = items.prefix(3).compactMap { $0["reference"] as? String }

        let tmux = try TmuxSession(width: 120, height: 40, environment: runner.environment)
        defer { tmux.kill() }
        try tmux.type("\(BinaryRunner.binary.path) --db \(db) --today \(Self.monthAhead) --as sofia.marin; echo EXIT=$?")
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.type("3")
        try tmux.waitFor("Review queue (")
        try tmux.type("R")
        try tmux.waitFor("Run the escalation ladder for \(Self.monthAhead)?")
        try tmux.type("y")
        try tmux.waitFor("Ladder run for \(Self.monthAhead): 0 calls, 0 letters, 0 reviews")
        try tmux.send("Enter")
        try tmux.waitFor("Review · \(references[0])")
        try tmux.type("E")
        try tmux.waitFor("Extend amicable collection")
        try tmux.type("2027-01-29")
        try tmux.send("Tab")
        try tmux.type("Refinancing agreed with the bank")
        try tmux.send("Enter")
        try tmux.waitFor("\(references[0]) stays amicable until 2027-01-29.")
        try tmux.waitFor("Review · \(references[1])")
        try tmux.type("B")
        try tmux.waitFor("Back to the caseworker")
        try tmux.type("Call the new finance director first")
        try tmux.send("Enter")
        try tmux.waitFor("\(references[1]) is back with")
        try tmux.waitFor("Review · \(references[2])")
        try tmux.type("W")
        try tmux.waitFor("Write off · \(references[2])")
        try tmux.type("Debtor dissolved, no assets")
        try tmux.send("Enter")
        try tmux.waitFor("? y/n")
        try tmux.type("y")
        try tmux.waitFor("Wrote off \(references[2])")
        try tmux.type("q")
        try tmux.type("q")
        #expect(try tmux.waitFor("EXIT=0").contains("EXIT=0"))

        let after = try runner.run(["escalations", "review", "--db", db, "--today", Self.monthAhead, "--json"])
        let left = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(!left.contains { references.contains($0["reference"] as? String ?? "") })
        let closed = try runner.run(["case", references[2], "--db", db, "--today", Self.monthAhead, "--json"])
        #expect(closed.stdout.contains("\"stage\" : \"closed\""))
    }
}
