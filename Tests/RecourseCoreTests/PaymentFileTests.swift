import Foundation
@testable import RecourseCore
import Testing

@Suite("Payment files: camt.053 in every version, CSV")
struct PaymentFileTests {
    /// A minimal statement in `version` with one credit and one debit; v8 names the debtor under `Pty`.
    static func statement(version: Int, reference: String = "RF18C000123", debtor: String = "Nordlicht GmbH") -> String {
        let ns = String(format: "urn:iso:std:iso:20022:tech:xsd:camt.053.001.%02d", version)
        let name = version >= 8 ? "<Dbtr><Pty><Nm>\(debtor)</Nm></Pty></Dbtr>" : "<Dbtr><Nm>\(debtor)</Nm></Dbtr>"
        let status = version >= 7 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="\(ns)"><BkToCstmrStmt><Stmt><Id>S1</Id>
            <Ntry><NtryRef>E1</NtryRef><Amt Ccy="EUR">1250.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>\(status)
              <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-21</Dt></ValDt><AcctSvcrRef>A1</AcctSvcrRef>
              <NtryDtls><TxDtls><RltdPties>\(name)</RltdPties>
              <RmtInf><Ustrd>Invoice 4711 thanks</Ustrd><Strd><CdtrRefInf><Ref>\(reference)</Ref></CdtrRefInf></Strd></RmtInf>
              </TxDtls></NtryDtls></Ntry>
            <Ntry><NtryRef>E2</NtryRef><Amt Ccy="EUR">99.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>\(status)
              <BookgDt><Dt>2026-11-20</Dt></BookgDt></Ntry>
            </Stmt></BkToCstmrStmt></Document>
            """
    }

    @Test("camt.053.001.02 to .08: the credit is read, the debit ignored", arguments: 2...8)
    func everyVersion(version: Int) throws {
        let entries = try Camt053Reader().read(Array(Self.statement(version: version).utf8))
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.entryId == "E1")
        #expect(entry.amount == Money(minorUnits: 125_050, currency: .eur))
        #expect(entry.bookedOn == LocalDate(year: 2026, month: 11, day: 20))
        #expect(entry.payer == "Nordlicht GmbH")
        #expect(entry.reference == "RF18C000123")
        #expect(entry.remittance == "Invoice 4711 thanks")
    }

    @Test("another namespace is refused, and so is broken XML")
    func refusals() {
        let other = Self.statement(version: 8).replacingOccurrences(of: "camt.053.001.08", with: "camt.054.001.08")
        #expect(throws: PaymentFileError.self) { try Camt053Reader().read(Array(other.utf8)) }
        #expect(throws: PaymentFileError.self) { try Camt053Reader().read(Array("<Document><Stmt>".utf8)) }
    }

    @Test("a CSV with a BOM and semicolons, amounts with decimal commas")
    func csv() throws {
        let text = "date;amount;currency;reference;payer\n2026-11-20;1.250,50;EUR;RC-000123;Nordlicht GmbH\r\n2026-11-21;\"7,00\";EUR;;\"Müller; Söhne\"\n"
        let data = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(PaymentFileFormat.sniff(data) == .csv)
        let entries = try PaymentCSVReader(conventions: .commaDecimal).read(data)
        #expect(entries.count == 2)
        #expect(entries[0].amount == Money(minorUnits: 125_050, currency: .eur))
        #expect(entries[0].reference == "RC-000123")
        #expect(entries[1].payer == "Müller; Söhne")
        #expect(entries[1].reference == nil)
        #expect(entries[0].entryId != entries[1].entryId)
    }

    @Test("a bad CSV row is reported by line number")
    func badRow() {
        let text = "date,amount,currency,reference,payer\n2026-11-20,ten,EUR,X,Y\n"
        #expect(throws: PaymentFileError(location: "line 2", message: MoneyError.unexpectedCharacter(input: "ten", character: "t").description)) {
            try PaymentCSVReader(conventions: .pointDecimal).read(Array(text.utf8))
        }
    }

    @Test("tab-delimited files are sniffed; statements are recognised as XML")
    func sniffing() throws {
        #expect(PaymentCSVReader.delimiter(of: "date\tamount\tcurrency") == "\t")
        #expect(PaymentFileFormat.sniff(Array(Self.statement(version: 2).utf8)) == .camt053)
    }

    @Test("names compare without legal forms, accents or case")
    func names() {
        #expect(PaymentMatcher.normalisedName("Nordlicht GmbH") == PaymentMatcher.normalisedName("NORDLICHT G.M.B.H."))
        #expect(PaymentMatcher.normalisedName("Société Générale S.A.") == PaymentMatcher.normalisedName("societe generale"))
        #expect(PaymentMatcher.normalisedName("Acme Ltd") != PaymentMatcher.normalisedName("Acme Trading Ltd"))
    }

}

/// RF references as people type them into a transfer's free text.
@Suite("RF references in remittance text")
struct RemittanceReferenceTests {
    @Test("printed in groups, run together, or among other words; a wrong check digit is no reference")
    func groupedReferences() throws {
        let reference = try CreditorReference(caseReference: "RC-000123")
        let printed = reference.printed
        #expect(PaymentMatcher.creditorReferences(in: ["Payment \(printed) thanks"]).contains(reference))
        #expect(PaymentMatcher.creditorReferences(in: ["INV 77 \(reference.electronic)"]).contains(reference))
        #expect(PaymentMatcher.creditorReferences(in: [printed]).contains(reference))
        let wrong = printed.replacingOccurrences(of: "RF", with: "RF9")
        #expect(!PaymentMatcher.creditorReferences(in: ["Payment \(String(wrong.dropLast())) thanks"]).contains(reference))
    }
}
