import Foundation
import RecourseCore
import RecourseImport
import Testing

@Suite("Placement imports: validation, idempotence, matching")
struct PlacementRulesTests {
    static let header = "Debtor,Country,Registration,VAT id,Invoice,Issue date,Due date,Amount,Currency,IBAN\n"

    @Test("three bad rows give three errors with line and column, and nothing is stored")
    func badRows() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("bad.csv", Self.header + """
            Good GmbH,DE,,,A-1,2026-01-01,2026-01-31,100.00,EUR,
            ,DE,,,A-2,2026-01-01,2026-01-31,100.00,EUR,
            Late SARL,FR,,,A-3,2026-02-01,2026-01-15,100.00,EUR,
            Minus BV,NL,,NL123456789B01,A-4,2026-01-01,2026-01-31,-5.00,EUR,

            """)
        do {
            _ = try fixture.importFile(path)
            Issue.record("the import should have been refused")
        } catch let rejected as PlacementRejected {
            #expect(rejected.issues.map(\.description) == [
                "bad.csv:3:1 (Debtor): debtor_name is missing",
                "bad.csv:4:7 (Due date): due date 2026-01-15 is before the issue date 2026-02-01",
                "bad.csv:5:8 (Amount): the amount must be more than zero, not '-5.00'",
            ])
        }
        #expect(try fixture.count("claim") == 0)
        #expect(try fixture.count("creditor") == 0)
        #expect(try fixture.count("import_batch") == 0)
    }

    @Test("unknown currency and country, bad dates, VAT ids, IBANs and RF references are each reported")
    func identifiers() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("ids.csv", """
            Debtor,Country,VAT id,Invoice,Issue date,Due date,Amount,Currency,IBAN,Payment reference
            One GmbH,DE,DE12345678,B-1,2026-01-01,2026-01-31,10.00,EUR,DE89370400440532013000,RF18539007547034
            Two GmbH,XX,,B-2,2026-01-01,2026-01-31,10.00,EUR,,
            Three GmbH,DE,FR12345678901,B-3,2026-13-01,2026-01-31,10.00,XYZ,DE89370400440532013001,RF19539007547034

            """)
        do {
            _ = try fixture.importFile(path)
            Issue.record("the import should have been refused")
        } catch let rejected as PlacementRejected {
            let text = rejected.issues.map(\.description)
            #expect(text.count == 7)
            #expect(text.contains { $0.hasPrefix("ids.csv:2:3 (VAT id): 'DE12345678' is not a Germany VAT id") })
            #expect(text.contains { $0.hasPrefix("ids.csv:3:2 (Country): 'XX' is not a country") })
            #expect(text.contains { $0.hasPrefix("ids.csv:4:3 (VAT id): 'FR12345678901' does not start with DE") })
            #expect(text.contains { $0.hasPrefix("ids.csv:4:5 (Issue date): '2026-13-01' is not a date") })
            #expect(text.contains { $0.hasPrefix("ids.csv:4:8 (Currency): 'XYZ'") })
            #expect(text.contains { $0.hasPrefix("ids.csv:4:9 (IBAN):") && $0.contains("check digits") })
            #expect(text.contains { $0.hasPrefix("ids.csv:4:10 (Payment reference):") && $0.contains("RF19") })
            #expect(!text.contains { $0.contains("RF18") })
        }
    }

    @Test("a re-import stores nothing new and reports a changed amount")
    func reimport() throws {
        let fixture = try ImportFixture()
        let first = try fixture.write("p1.csv", Self.header + """
            Alpha AG,DE,HRB 1,,C-1,2026-01-01,2026-01-31,1000.00,EUR,
            Alpha AG,DE,HRB 1,,C-2,2026-01-05,2026-02-04,50.00,EUR,
            Alpha AG,DE,HRB 1,,C-2,2026-01-05,2026-02-04,50.00,EUR,

            """)
        let one = try fixture.importFile(first)
        #expect(one.claimsNew == 2 && one.duplicates == 1 && one.casesNew == 1)
        let second = try fixture.write("p2.csv", Self.header + """
            Alpha AG,DE,HRB 1,,C-1,2026-01-01,2026-01-31,1200.00,EUR,
            Alpha AG,DE,HRB 1,,C-2,2026-01-05,2026-02-04,50.00,EUR,

            """)
        let two = try fixture.importFile(second)
        #expect(two.claimsNew == 0 && two.casesNew == 0 && two.casesExtended == 0 && two.duplicates == 2)
        #expect(!two.creditorCreated && two.debtorsNew == 0)
        #expect(two.changedAmounts == ["invoice C-1: amount in file EUR 1,200.00 differs from stored EUR 1,000.00; not changed"])
        #expect(try fixture.query("SELECT amount_minor FROM claim ORDER BY id") == ["100000", "5000"])
        let again = try fixture.importFile(first)
        #expect(again.sameContentImportedAt != nil && again.claimsNew == 0)
    }

    @Test("one debtor with five invoices is one case; a later file extends it")
    func fiveInvoices() throws {
        let fixture = try ImportFixture()
        let rows = (1...5).map { "Müller Präzisionstechnik GmbH,DE,,,D-\($0),2026-0\($0)-01,2026-0\($0)-28,100.00,EUR," }
        let path = try fixture.write("five.csv", Self.header + rows.joined(separator: "\n") + "\n")
        let summary = try fixture.importFile(path)
        #expect(summary.casesNew == 1 && summary.claimsNew == 5 && summary.debtorsNew == 1)
        #expect(try fixture.query("SELECT oldest_open_due FROM collection_case") == ["2026-01-28"])
        #expect(try fixture.query("SELECT outstanding_minor FROM case_balance") == ["50000"])
        let later = try fixture.write("later.csv", Self.header + """
            MULLER PRAZISIONSTECHNIK G.m.b.H.,DE,,,D-6,2025-12-01,2025-12-15,20.00,EUR,
            Müller Präzisionstechnik GmbH,DE,,,D-7,2026-06-01,2026-06-30,30.00,USD,

            """)
        let extended = try fixture.importFile(later)
        #expect(extended.casesNew == 0 && extended.casesExtended == 1 && extended.debtorsMatched == 1 && extended.claimsNew == 2)
        #expect(try fixture.query("SELECT oldest_open_due FROM collection_case") == ["2025-12-15"])
        #expect(try fixture.query("SELECT currency || outstanding_minor FROM case_balance ORDER BY currency") == ["EUR52000", "USD3000"])
    }

    @Test("debtors match by VAT id across differently spelled names")
    func vatMatching() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("vat.csv", Self.header + """
            Koninklijke Bakkerij B.V.,NL,,NL123456789B01,E-1,2026-01-01,2026-01-31,10.00,EUR,
            Kon. Bakkerij,NL,,NL 1234.56789.B01,E-2,2026-01-01,2026-01-31,10.00,EUR,

            """)
        let summary = try fixture.importFile(path)
        #expect(summary.debtorsNew == 1 && summary.casesNew == 1)
        let other = try fixture.write("vat2.csv", Self.header + """
            Royal Bakery Netherlands,NL,,nl123456789b01,E-3,2026-01-01,2026-01-31,10.00,EUR,

            """)
        let second = try fixture.importFile(other, creditor: "Second Creditor SA")
        #expect(second.debtorsNew == 0 && second.debtorsMatched == 1 && second.casesNew == 1)
        #expect(try fixture.count("debtor") == 1)
    }

    @Test("quoted fields with embedded delimiters, quotes and newlines")
    func quotedFields() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("quoted.csv", """
            Debtor,Country,Address,Invoice,Issue date,Due date,Amount,Currency\r
            "Smith, Jones & ""Partners"" Ltd",GB,"Unit 4
            Riverside Park",F-1,2026-01-01,2026-01-31,"1,000.00",GBP\r
            Plain Ltd,GB,,F-2,2026-01-01,2025-01-31,10.00,GBP\r

            """)
        do {
            _ = try fixture.importFile(path)
            Issue.record("the second row has a due date before its issue date")
        } catch let rejected as PlacementRejected {
            #expect(rejected.issues.map(\.description) == ["quoted.csv:4:6 (Due date): due date 2025-01-31 is before the issue date 2026-01-01"])
        }
        let good = try fixture.write("quoted2.csv", """
            Debtor,Country,Address,Invoice,Issue date,Due date,Amount,Currency
            "Smith, Jones & ""Partners"" Ltd",GB,"Unit 4
            Riverside Park",F-1,2026-01-01,2026-01-31,"1,000.00",GBP

            """)
        #expect(try fixture.importFile(good).claimsNew == 1)
        #expect(try fixture.query("SELECT name FROM debtor") == ["Smith, Jones & \"Partners\" Ltd"])
        #expect(try fixture.query("SELECT address_line1 FROM debtor") == ["Unit 4\nRiverside Park"])
    }

    @Test("a dry run reports what would happen and stores nothing")
    func dryRun() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("dry.csv", Self.header + """
            Gamma SpA,IT,,IT12345678901,G-1,2026-01-01,2026-01-31,10.00,EUR,
            Gamma SpA,IT,,IT12345678901,G-2,2026-01-01,2026-01-31,10.00,EUR,

            """)
        let summary = try fixture.importFile(path, dryRun: true)
        #expect(summary.dryRun && summary.creditorCreated && summary.casesNew == 1 && summary.claimsNew == 2 && summary.debtorsNew == 1)
        for table in ["claim", "collection_case", "debtor", "creditor", "import_batch", "activity"] {
            #expect(try fixture.count(table) == 0, "\(table)")
        }
    }
}
