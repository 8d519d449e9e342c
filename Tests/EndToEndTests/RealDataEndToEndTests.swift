import Foundation
import Testing

/// Issue 7's "done when", with the real binary: a placement file for a new creditor becomes cases
/// in the queue; a statement then pays one fully (closed, its pending letter cancelled) and one
/// partly (its promise kept).
@Suite("Real data in, end to end", .serialized)
struct RealDataEndToEndTests {
    static let today = "2026-11-30"

    @Test("placements in, letters and a promise, a statement pays one case fully and one partly")
    func placementsThenStatement() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        let day = ["--db", db, "--today", Self.today]
        #expect(try runner.run(["demo", "--no-console", "--cases", "40"] + day).status == 0)
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[ecb-mro]\n2026H2 = 2.15\n[de-basiszins]\n2026H2 = 1.27\n[uk-boe-reference]\n2026H2 = 3.75\n".utf8)
            .write(to: config.appendingPathComponent("rates.toml"))

        let placements = runner.path("acme.csv")
        try Data(("Customer,Country,VAT id,Invoice,Invoice date,Due date,Amount,Currency\n"
            + "Brauhaus Kessler GmbH,DE,DE136695976,AC-101,2026-09-01,2026-10-01,\"1,200.00\",EUR\n"
            + "Lindqvist Trä AB,SE,,AC-102,2026-09-10,2026-10-10,\"3,000.00\",EUR\n").utf8).write(to: URL(fileURLWithPath: placements))
        let imported = try runner.run(["import", "placements", placements, "--creditor", "Acme Tools GmbH", "--creditor-country", "DE", "--json"] + day)
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        let references = try #require(summary["newCaseReferences"] as? [String])
        try #require(references.count == 2)
        let (paidCase, promisedCase) = (references[0], references[1])
        let queue = try runner.run(["queue", "--all", "--json"] + day)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])?["cases"] as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["reference"] as? String }).isSuperset(of: references))

        let letter = try runner.run(["letters", "draft", "--case", paidCase, "--level", "reminder", "--submit", "--json"] + day)
        #expect(letter.status == 0, "\(letter.stderr)")
        let body = try #require((try JSONSerialization.jsonObject(with: Data(letter.stdout.utf8)) as? [String: Any])?["body"] as? String)
        let printed = try #require(body.range(of: #"RF\d\d( [A-Z0-9]{1,4})+"#, options: .regularExpression).map { String(body[$0]) })
        let promise = try runner.run(["call", "log", "--case", promisedCase, "--outcome", "PTP", "--amount", "1000", "--date", "2026-12-04",
                                      "--note", "will pay a first part this week"] + day)
        #expect(promise.status == 0, "\(promise.stderr)")

        let statement = runner.path("statement.csv")
        try Data(("\u{FEFF}date;amount;currency;reference;payer\n"
            + "2026-11-30;1200,00;EUR;\(printed.replacingOccurrences(of: " ", with: ""));Brauhaus Kessler GmbH\n"
            + "2026-11-30;1000,00;EUR;\(promisedCase);Lindqvist Tra AB\n").utf8).write(to: URL(fileURLWithPath: statement))
        let paid = try runner.run(["import", "payments", statement] + day)
        #expect(paid.status == 0, "\(paid.stderr)")

        let closed = try #require(try JSONSerialization.jsonObject(
            with: Data(try runner.run(["case", paidCase, "--json"] + day).stdout.utf8)) as? [String: Any])
        #expect(closed["stage"] as? String == "closed")
        let letters = try runner.run(["letters", "list", "--state", "all", "--case", paidCase, "--json"] + day)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(letters.stdout.utf8)) as? [[String: Any]])
        #expect(listed.first?["state"] as? String == "cancelled")
        #expect(listed.first?["cancel_reason"] as? String == "case paid in full")
        let kept = try #require(try JSONSerialization.jsonObject(
            with: Data(try runner.run(["case", promisedCase, "--json"] + day).stdout.utf8)) as? [String: Any])
        let promises = try #require(kept["promises"] as? [[String: Any]])
        #expect(promises.first?["status"] as? String == "kept")
        #expect(kept["stage"] as? String != "closed")
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }
}
