import Foundation
import Testing

/// Importing a camt.053 statement with the real binary: one case paid in full (closed, its pending
/// letter cancelled), one partly (its promise kept), one payment nobody can place; a second import
/// changes nothing; the unmatched one is set aside.
@Suite("Importing payments end to end", .serialized)
struct PaymentImportEndToEndTests {
    static let today = "2026-11-30"

    func caseJSON(_ runner: BinaryRunner, db: String, _ reference: String) throws -> [String: Any] {
        let detail = try runner.run(["case", reference, "--db", db, "--today", Self.today, "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(detail.stdout.utf8)) as? [String: Any])
    }

    /// Amicable cases owing in one currency, with no promise or plan, no dispute.
    func plainCases(_ runner: BinaryRunner, db: String) throws -> [(reference: String, owed: [String: String])] {
        let references = try LettersEndToEndTests.germanCases(runner, db: db)
        return try references.compactMap { reference in
            let parsed = try caseJSON(runner, db: db, reference)
            let outstanding = (parsed["balance"] as? [String: Any])?["outstanding"] as? [[String: String]] ?? []
            guard outstanding.count == 1, let owed = outstanding.first else { return nil }
            return (reference, owed)
        }
    }

    static func statement(_ entries: [(id: String, amount: String, currency: String, ref: String?, text: String?, debtor: String)]) -> String {
        let body = entries.map { entry in
            let strd = entry.ref.map { "<Strd><CdtrRefInf><Ref>\($0)</Ref></CdtrRefInf></Strd>" } ?? ""
            let ustrd = entry.text.map { "<Ustrd>\($0)</Ustrd>" } ?? ""
            return """
                <Ntry><NtryRef>\(entry.id)</NtryRef><Amt Ccy="\(entry.currency)">\(entry.amount)</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>\(today)</Dt></BookgDt><ValDt><Dt>\(today)</Dt></ValDt>
                <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>\(entry.debtor)</Nm></Pty></Dbtr></RltdPties>
                <RmtInf>\(ustrd)\(strd)</RmtInf></TxDtls></NtryDtls></Ntry>
                """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>E2E</Id>
            \(body)
            <Ntry><NtryRef>D1</NtryRef><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
            <BookgDt><Dt>\(today)</Dt></BookgDt></Ntry>
            </Stmt></BkToCstmrStmt></Document>
            """
    }

    @Test("a statement pays one case fully and one partly; re-import changes nothing; the stray payment is set aside")
    func statementImport() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        #expect(try runner.run(["demo", "--no-console", "--cases", "150", "--db", db, "--today", Self.today]).status == 0)
        // The bundled rate table ends at 2026H1; 2026H2 is entered by the user, as the README says.
        let config = runner.home.appendingPathComponent("config/recourse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[ecb-mro]\n2026H2 = 2.15\n[de-basiszins]\n2026H2 = 1.27\n[uk-boe-reference]\n2026H2 = 3.75\n".utf8)
            .write(to: config.appendingPathComponent("rates.toml"))
        let cases = try plainCases(runner, db: db)
        try #require(cases.count >= 2, "the demo needs two plain German cases")
        let (full, partial) = (cases[0], cases[1])
        let drafted = try runner.run(["letters", "draft", "--case", full.reference, "--level", "reminder", "--submit", "--db", db,
                                      "--today", Self.today, "--as", "anna.schmidt"])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let currency = partial.owed["currency"] ?? "EUR"
        let promise = try runner.run(["call", "log", "--case", partial.reference, "--outcome", "PTP", "--amount", "100", "--date", "2026-12-07",
                                      "--db", db, "--today", Self.today, "--as", "anna.schmidt"])
        #expect(promise.status == 0, "\(promise.stderr)")

        let file = runner.path("statement.xml")
        let xml = Self.statement([
            (id: "E1", amount: full.owed["amount"] ?? "0", currency: full.owed["currency"] ?? "EUR", ref: Self.creditorReference(full.reference),
             text: nil, debtor: "Someone Else"),
            (id: "E2", amount: "100.00", currency: currency, ref: nil, text: "Payment \(partial.reference) as promised", debtor: "Another"),
            (id: "E3", amount: "12.34", currency: "EUR", ref: nil, text: "no idea", debtor: "Stranger Ltd"),
        ])
        try xml.write(toFile: file, atomically: true, encoding: .utf8)

        let dry = try runner.run(["import", "payments", file, "--dry-run", "--db", db, "--today", Self.today])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: would record 2, unmatched 1"))
        let imported = try runner.run(["import", "payments", file, "--json", "--db", db, "--today", Self.today])
        #expect(imported.status == 0, "\(imported.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        let entries = try #require(report["entries"] as? [[String: Any]])
        #expect(entries.map { $0["result"] as? String ?? "" } == ["recorded", "recorded", "unmatched"])
        #expect(entries.map { $0["method"] as? String ?? "-" } == ["rf", "case-reference", "-"])

        let closed = try caseJSON(runner, db: db, full.reference)
        #expect(closed["stage"] as? String == "closed")
        #expect(closed["closeReason"] as? String == "paid")
        let letters = try runner.run(["letters", "list", "--state", "all", "--db", db, "--today", Self.today, "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(letters.stdout.utf8)) as? [[String: Any]])
        #expect(listed.first { $0["case"] as? String == full.reference }?["state"] as? String == "cancelled", "\(letters.stdout)")
        let kept = try caseJSON(runner, db: db, partial.reference)
        #expect(kept["stage"] as? String == "amicable")
        let promises = try #require(kept["promises"] as? [[String: Any]])
        #expect(promises.first?["status"] as? String == "kept")

        let again = try runner.run(["import", "payments", file, "--db", db, "--today", Self.today])
        #expect(again.stdout.contains("Recorded 0, unmatched 0, already imported 3."), "\(again.stdout)")
        let unmatched = try runner.run(["payments", "unmatched", "--json", "--db", db, "--today", Self.today])
        let open = try #require(try JSONSerialization.jsonObject(with: Data(unmatched.stdout.utf8)) as? [[String: Any]])
        #expect(open.count == 1)
        let id = try #require(open.first?["id"] as? Int)
        let refused = try runner.run(["payments", "not-ours", String(id), "--reason", "x", "--db", db, "--today", Self.today, "--as", "anna.schmidt"])
        #expect(refused.status == 1)
        let aside = try runner.run(["payments", "not-ours", String(id), "--reason", "Returned to sender", "--db", db, "--today", Self.today])
        #expect(aside.status == 0, "\(aside.stderr)")
        #expect(try runner.run(["payments", "unmatched", "--db", db, "--today", Self.today]).stdout.contains("No unmatched payment."))
    }

    /// The RF reference letters print for a case (ISO 11649 over the reference's letters and digits).
    static func creditorReference(_ reference: String) -> String {
        let body = reference.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        var remainder = 0
        for character in body + "RF00" {
            if let digit = character.wholeNumberValue {
                remainder = (remainder * 10 + digit) % 97
            } else if let value = character.asciiValue {
                remainder = (remainder * 100 + Int(value) - 55) % 97
            }
        }
        let check = 98 - remainder
        return "RF" + (check < 10 ? "0" : "") + String(check) + body
    }
}
