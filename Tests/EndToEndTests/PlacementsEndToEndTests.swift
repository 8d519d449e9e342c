import Foundation
import Testing

@Suite("Placement import, end to end", .serialized)
struct PlacementsEndToEndTests {
    @Test("a new creditor's placement file becomes new cases in the queue; a bad file stores nothing")
    func importIntoDemo() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.path("demo.sqlite")
        let today = ["--db", db, "--today", "2026-11-30"]
        #expect(try runner.run(["demo", "--no-console", "--cases", "40"] + today).status == 0)
        let file = runner.path("placement.csv")
        try Data(("\u{FEFF}Kunde;Land;USt-IdNr.;Rechnung;Rechnungsdatum;Fällig;Betrag;Währung\n"
            + "Zeppelin Logistik GmbH;DE;DE811907980;Z-1;01.10.2026;31.10.2026;1.500,00;EUR\n"
            + "Zeppelin Logistik GmbH;DE;DE811907980;Z-2;05.10.2026;04.11.2026;250,00;EUR\n"
            + "Atelier Lumière SARL;FR;;Z-3;01.09.2026;01.10.2026;980,00;EUR\n").utf8).write(to: URL(fileURLWithPath: file))

        let imported = try runner.run(["import", "placements", file, "--creditor", "Nordwind Handel AG", "--creditor-country", "DE", "--json"] + today)
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        #expect(summary["casesNew"] as? Int == 2 && summary["claimsNew"] as? Int == 3 && summary["creditorCreated"] as? Bool == true)
        let references = try #require(summary["newCaseReferences"] as? [String])
        #expect(references == ["RC-000041", "RC-000042"])

        let queue = try runner.run(["queue", "--json", "--all"] + today)
        #expect(queue.status == 0, "\(queue.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
        let cases = try #require(parsed["cases"] as? [[String: Any]])
        let placed = cases.filter { references.contains($0["reference"] as? String ?? "") }
        #expect(placed.count == 2)
        #expect(placed.allSatisfy { ($0["nextAction"] as? [String: Any])?["action"] as? String == "call" })

        let again = try runner.run(["import", "placements", file, "--creditor", "Nordwind Handel AG"] + today)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("duplicates: 3 skipped"))

        let bad = runner.path("bad.csv")
        try Data("Customer,Country,Invoice,Invoice date,Due date,Amount,Currency\nX Ltd,GB,Q-1,2026-01-01,2026-01-31,0,GBP\n".utf8)
            .write(to: URL(fileURLWithPath: bad))
        let refused = try runner.run(["import", "placements", bad, "--creditor", "Nordwind Handel AG"] + today)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.csv:2:6 (Amount): the amount must be more than zero"))
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }
}
