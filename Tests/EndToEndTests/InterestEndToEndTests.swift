import Foundation
import Testing

@Suite("Statutory interest on the command line, end to end", .serialized)
struct InterestEndToEndTests {
    let germanExample = ["interest", "--jurisdiction", "DE", "--principal", "10000", "--currency", "EUR", "--due", "2022-12-31", "--on", "2023-06-30"]

    @Test("one amount: the DE published example, as text and as JSON")
    func germanExampleOutput() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let text = try runner.run(germanExample)
        #expect(text.status == 0, "\(text.stderr)")
        let row = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("2023-01-01") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            == ["2023-01-01", "2023-06-30", "181", "10.62%", "EUR", "10,000.00", "EUR", "526.64"])
        #expect(text.stdout.contains("Interest            EUR 526.64"))
        #expect(text.stdout.contains("Fixed compensation  EUR 40.00"))
        #expect(text.stdout.contains("Total               EUR 566.64"))

        let json = try runner.run(germanExample + ["--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(parsed["jurisdiction"] as? String == "DE")
        #expect((parsed["interest"] as? [String: String])?["amount"] == "526.64")
        #expect((parsed["compensation"] as? [String: String]) == ["amount": "40.00", "currency": "EUR"])
        let periods = try #require(parsed["periods"] as? [[String: Any]])
        #expect(periods.count == 1)
        #expect(periods.first?["rateBasisPoints"] as? Int == 1_062)
        #expect(periods.first?["days"] as? Int == 181)
    }

    @Test("a German user types the amount the German way; --today sets the default day")
    func localeAndToday() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(
            ["interest", "--jurisdiction", "de", "--principal", "10.000,00", "--currency", "EUR", "--due", "2022-12-31",
             "--today", "2023-06-30"],
            extraEnvironment: ["LANG": "de_DE.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("EUR 526,64"))
        #expect(result.stdout.contains("10,62%"))
    }

    @Test("a missing rate exits 1 naming jurisdiction and half-year; the user's rates.toml supplies it; a broken one is named")
    func missingRate() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let arguments = ["interest", "--jurisdiction", "DE", "--principal", "10000", "--currency", "EUR", "--due", "2026-06-15", "--on", "2026-07-10"]
        let refused = try runner.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("no rate for DE (Basiszinssatz) 2026H2"))

        let directory = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("rates.toml")
        try Data("# checked against BBIN1\n[de-basiszins]\n2026H2 = 1.27\n".utf8).write(to: file)
        let accepted = try runner.run(arguments + ["--json"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [String: Any])
        let rates = (parsed["periods"] as? [[String: Any]])?.compactMap { $0["rateBasisPoints"] as? Int }
        #expect(rates == [1_027, 1_027])  // 2026H1 bundled 1.27 + 9; 2026H2 from the user's file

        try Data("[de-basiszins]\n2026H2 = 1.275\n".utf8).write(to: file)
        let broken = try runner.run(arguments)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("rates.toml:2:"))
    }

    @Test("bad arguments exit 2")
    func badArguments() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let cases: [[String]] = [
            ["interest"],
            ["interest", "--jurisdiction", "XX", "--principal", "1", "--currency", "EUR", "--due", "2023-01-01"],
            ["interest", "--jurisdiction", "DE", "--principal", "abc", "--currency", "EUR", "--due", "2023-01-01"],
            ["interest", "--jurisdiction", "DE", "--principal", "1", "--currency", "EUR", "--due", "2023-02-30"],
            ["interest", "--jurisdiction", "DE", "--principal", "1", "--currency", "EUR"],
            ["interest", "--case", "RC-000001", "--principal", "1"],
        ]
        for arguments in cases {
            let result = try runner.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }

    @Test("a whole case: every open claim, periods adding up to its days and totals adding up per currency")
    func wholeCase() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "60", "--db", db, "--today", "2025-11-29"]).status == 0)
        let queue = try runner.run(["queue", "--all", "--json", "--db", db, "--today", "2025-11-29"])
        let cases = try #require((try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])?["cases"] as? [[String: Any]])
        let german = try #require(cases.first { ($0["debtor"] as? [String: Any])?["country"] as? String == "DE" })
        let reference = try #require(german["reference"] as? String)

        let result = try runner.run(["interest", "--case", reference, "--json", "--db", db, "--today", "2025-11-29"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(parsed["jurisdiction"] as? String == "DE")
        #expect(parsed["reference"] as? String == reference)
        let claims = try #require(parsed["claims"] as? [[String: Any]])
        #expect(!claims.isEmpty)
        var totals: [String: Decimal] = [:]
        for claim in claims {
            let periods = try #require(claim["periods"] as? [[String: Any]])
            let due = try #require(claim["dueOn"] as? String)
            #expect(periods.first?["from"] as? String == Self.dayAfter(due))
            // The bundled Basiszinssatz 2022H1–2025H2 plus 9 points.
            let germanRates: Set<Int> = [812, 1_062, 1_212, 1_262, 1_237, 1_127, 1_027]
            #expect(periods.allSatisfy { germanRates.contains($0["rateBasisPoints"] as? Int ?? 0) })
            // An open claim earns interest on every day from the day after due through the day asked.
            #expect(periods.compactMap { $0["days"] as? Int }.reduce(0, +) == Self.days(from: due, to: "2025-11-29"))
            let interest = try #require(claim["interest"] as? [String: String])
            let sum = periods.compactMap { ($0["interest"] as? [String: String])?["amount"] }.compactMap { Decimal(string: $0) }.reduce(0, +)
            #expect(Decimal(string: interest["amount"] ?? "") == sum)
            totals[interest["currency"] ?? "", default: 0] += sum
            #expect((claim["compensation"] as? [String: String]) == ["amount": "40.00", "currency": "EUR"])
        }
        let reported = try #require(parsed["interest"] as? [[String: String]])
        for amount in reported {
            #expect(Decimal(string: amount["amount"] ?? "") == totals[amount["currency"] ?? ""])
        }
        let text = try runner.run(["interest", "--case", reference, "--db", db, "--today", "2025-11-29"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("§ 288 Abs. 2 und 5 BGB"))
    }

    static func days(from: String, to: String) -> Int {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard let start = formatter.date(from: from), let end = formatter.date(from: to) else { return -1 }
        return Int((end.timeIntervalSince(start) / 86_400).rounded())
    }

    static func dayAfter(_ text: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        guard let date = formatter.date(from: text) else { return "" }
        return formatter.string(from: date.addingTimeInterval(86_400))
    }
}
