import Foundation
import Testing

@Suite("The command line, end to end", .serialized)
struct CommandLineTests {
    @Test("demo, queue, case, check: a newcomer's first minutes")
    func firstMinutes() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let demo = try runner.run(["demo", "--no-console", "--cases", "300", "--today", "2026-11-29"])
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("300 cases"))

        let queue = try runner.run(["queue", "--today", "2026-11-29", "--limit", "30"])
        #expect(queue.status == 0, "\(queue.stderr)")
        #expect(queue.stderr.contains("using the demo repository"))
        #expect(queue.stdout.contains("Reason"))
        #expect(queue.stdout.contains("promise broken") || queue.stdout.contains("due"))

        let json = try runner.run(["--today", "2026-11-29", "queue", "--json"])
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let cases = try #require(parsed?["cases"] as? [[String: Any]])
        #expect(!cases.isEmpty && cases.allSatisfy { $0["reference"] is String && $0["reason"] is String })
        let first = try #require(cases.first?["reference"] as? String)

        let detail = try runner.run(["case", first, "--json", "--today", "2026-11-29"])
        #expect(detail.status == 0, "\(detail.stderr)")
        let caseJSON = try #require(try JSONSerialization.jsonObject(with: Data(detail.stdout.utf8)) as? [String: Any])
        #expect(caseJSON["reference"] as? String == first)
        #expect((caseJSON["claims"] as? [Any])?.isEmpty == false)
        #expect((caseJSON["history"] as? [Any]) != nil)
        let balance = try #require(caseJSON["balance"] as? [String: Any])
        let outstanding = try #require(balance["outstanding"] as? [[String: String]])
        #expect(outstanding.allSatisfy { $0["amount"] != nil && $0["currency"]?.count == 3 })

        let check = try runner.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("All checks passed."))

        let again = try runner.run(["demo", "--no-console"])
        #expect(again.stdout.contains("Using the existing demo"))
    }

    @Test("bad input gets a clear message and a non-zero exit")
    func refusals() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "20", "--db", db]).status == 0)

        let unknown = try runner.run(["case", "RC-424242", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no case with reference 'RC-424242'"))

        let text = runner.path("notes.txt")
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        let foreign = try runner.run(["queue", "--db", text])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("is not a Recourse repository"))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a database\n")

        let badDay = try runner.run(["queue", "--db", db, "--today", "2026-13-45"])
        #expect(badDay.status == 2)
        #expect(badDay.stderr.contains("'2026-13-45' is not a date"))

        let missing = try runner.run(["queue", "--db", runner.path("nothing.sqlite")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no repository at"))

        let usage = try runner.run(["queue", "--frobnicate"])
        #expect(usage.status == 2)
    }

    @Test("--as: admins only, recorded; global options before or after the subcommand")
    func actingAs() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "30", "--db", db]).status == 0)
        let asAnna = try runner.run(["--db", db, "--as", "anna.schmidt", "queue", "--json"])
        #expect(asAnna.status == 0, "\(asAnna.stderr)")
        #expect(asAnna.stdout.contains("\"scope\" : \"mine\""))
        let after = try runner.run(["queue", "--as=anna.schmidt", "--db", db, "--all", "--limit", "3"])
        #expect(after.status == 0, "\(after.stderr)")

        let login = String(cString: getpwuid(geteuid()).pointee.pw_name)
        #expect(try runner.run(["users", "add", "second.admin", "--role", "admin", "--db", db]).status == 0)
        let demote = try runner.run(["users", "set-role", login, "caseworker", "--db", db])
        #expect(demote.status == 0, "\(demote.stderr)")
        let refused = try runner.run(["queue", "--db", db, "--as", "anna.schmidt"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("only admins may act as another user"))
        let notAdmin = try runner.run(["users", "add", "eve", "--role", "admin", "--db", db])
        #expect(notAdmin.status == 1)
        #expect(notAdmin.stderr.contains("only admins may add users"))
    }

    @Test("two processes writing the same file at once both succeed")
    func concurrentProcesses() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("shared.sqlite")
        #expect(try runner.run(["users", "list", "--db", db]).status == 1)
        #expect(try runner.run(["users", "add", "first.user", "--role", "caseworker", "--db", db]).status == 0)
        let results = try (0..<8).map { index -> Process in
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["users", "add", "writer\(index)", "--role", "caseworker", "--db", db]
            process.environment = runner.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in results { process.waitUntilExit() }
        #expect(results.allSatisfy { $0.terminationStatus == 0 })
        let list = try runner.run(["users", "list", "--db", db, "--json"])
        #expect((0..<8).allSatisfy { list.stdout.contains("writer\($0)") })
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }
}
