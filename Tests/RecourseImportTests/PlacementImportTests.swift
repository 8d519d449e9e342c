import Foundation
import RecourseCore
import RecourseImport
import Testing

@Suite("Placement imports")
struct PlacementImportTests {
    static let german = """
        Kunde;Land;USt-IdNr.;Straße;PLZ;Ort;Ansprechpartner;Rechnungsnummer;Rechnungsdatum;Fällig;Betrag;Währung
        Müller Präzisionstechnik GmbH;DE;DE123456789;Hauptstr. 1;70173;Stuttgart;Anna Weber;R-1001;01.09.2026;01.10.2026;1.234,56;EUR
        Bäckerei Schmidt KG;DE;;Marktplatz 2;80331;München;;R-1002;15.09.2026;15.10.2026;99,90;EUR

        """

    @Test("a BOM, semicolons, German headers, dates and decimals")
    func germanFile() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("kunden.csv", Self.german, bom: true)
        let summary = try fixture.importFile(path)
        #expect(summary.rows == 2 && summary.claimsNew == 2 && summary.casesNew == 2 && summary.debtorsNew == 2)
        #expect(summary.creditorCreated)
        #expect(summary.newCaseReferences == ["RC-000001", "RC-000002"])
        let amounts = try fixture.query("SELECT amount_minor || ' ' || currency || ' ' || due_on FROM claim ORDER BY id")
        #expect(amounts == ["123456 EUR 2026-10-01", "9990 EUR 2026-10-15"])
        let cases = try fixture.query("SELECT stage || ' ' || coalesce(assignee_id, '-') || ' ' || next_action || ' ' || next_action_on FROM collection_case")
        #expect(cases == ["new - call 2026-11-30", "new - call 2026-11-30"])
        #expect(try fixture.query("SELECT outstanding_minor FROM case_balance ORDER BY case_id") == ["123456", "9990"])
        #expect(try fixture.query("SELECT name FROM debtor ORDER BY id").first == "Müller Präzisionstechnik GmbH")
        #expect(try fixture.count("import_batch") == 1)
    }

    @Test("English and French headers are recognised; commas and ISO dates by default")
    func defaultHeaders() throws {
        let fixture = try ImportFixture()
        let english = try fixture.write("en.csv", """
            Customer,Country,VAT number,Address,Postcode,City,Contact,Phone,Email,Invoice No,Invoice Date,Due Date,Amount,Currency
            Widget Ltd,GB,,1 High St,SW1A 1AA,London,Tom,+44 20 1234,tom@widget.example,INV-1,2026-08-01,2026-08-31,"1,200.00",GBP

            """)
        let summary = try fixture.importFile(english)
        #expect(summary.claimsNew == 1)
        let french = try fixture.write("fr.csv", """
            Client\tPays\tFacture\tDate de facture\tÉchéance\tMontant\tDevise
            Société Générale de Tôlerie SA\tFR\tF-77\t2026-07-01\t2026-07-31\t500.00\tEUR

            """)
        let second = try fixture.importFile(french)
        #expect(second.claimsNew == 1 && second.casesNew == 1)
        #expect(try fixture.query("SELECT amount_minor FROM claim ORDER BY id") == ["120000", "50000"])
        #expect(try fixture.query("SELECT email FROM contact") == ["tom@widget.example"])
    }

    @Test("a mapping file names a client's columns, delimiter, date layout and decimal mark")
    func mappingFile() throws {
        let fixture = try ImportFixture()
        let mapping = try PlacementMappingFile.parse("""
            delimiter = ","
            date_format = "MM/dd/yyyy"
            decimal = "."
            [columns]
            debtor_name = "Acct Name"
            country = "Ctry"
            invoice_number = "Doc"
            issue_date = "Doc Date"
            due_date = "Net Due"
            amount = "Open Amt"
            currency = "Curr"
            """, name: "client.toml")
        #expect(mapping.columns[.debtorName] == "Acct Name" && mapping.dateFormat?.pattern == "MM/dd/yyyy")
        let path = try fixture.write("export.csv", """
            Acct Name,Ctry,Doc,Doc Date,Net Due,Open Amt,Curr
            Big Box Inc,US,900,03/15/2026,04/14/2026,2500.5,USD

            """)
        let summary = try fixture.importFile(path, mapping: mapping)
        #expect(summary.claimsNew == 1)
        #expect(try fixture.query("SELECT issued_on || ' ' || due_on || ' ' || amount_minor FROM claim") == ["2026-03-15 2026-04-14 250050"])
        #expect(try fixture.query("SELECT time_zone FROM debtor") == ["America/New_York"])
    }

    @Test("a broken mapping file is refused with file and line")
    func badMapping() {
        #expect(throws: PlacementMappingError.self) {
            try PlacementMappingFile.parse("delimiter = \"|\"\n[columns]\ncustomer = \"Kunde\"\n", name: "m.toml")
        }
        do {
            _ = try PlacementMappingFile.parse("delimiter = \"|\"\n[columns]\ncustomer = \"Kunde\"\n", name: "m.toml")
        } catch {
            #expect(error.problems.contains { $0.hasPrefix("m.toml:1:") && $0.contains("delimiter") })
            #expect(error.problems.contains { $0.hasPrefix("m.toml:3:") && $0.contains("unknown field 'customer'") })
        }
    }
}
