import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the booked credit entries of an ISO 20022 `camt.053` bank statement, versions
/// `camt.053.001.02` to `camt.053.001.08` (recognised by namespace). Debits and pending entries
/// are skipped.
public struct Camt053Reader {
    /// The statement versions read.
    public static let versions = (2...8).map { String(format: "camt.053.001.%02d", $0) }

    /// A reader.
    public init() {}

    /// The credit entries, or why the file is not a supported statement.
    public func read(_ data: [UInt8]) throws(PaymentFileError) -> [BankEntry] {
        let collector = Camt053Collector()
        let parser = XMLParser(data: Data(data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
            throw PaymentFileError(location: "line \(parser.lineNumber)", message: "not a readable XML statement (\(detail))")
        }
        guard let namespace = collector.namespace else {
            throw PaymentFileError(location: "file", message: "no camt.053 Document element")
        }
        guard Self.versions.contains(where: { namespace.hasSuffix(":" + $0) }) else {
            throw PaymentFileError(location: "file", message: "namespace \(namespace) is not camt.053.001.02 to .08")
        }
        var entries: [BankEntry] = []
        for (index, raw) in collector.entries.enumerated() {
            let number = index + 1
            guard raw.creditDebit == "CRDT", raw.status.isEmpty || raw.status == "BOOK" else { continue }
            guard let dateText = raw.bookingDate ?? raw.valueDate,
                  let day = LocalDate.validated(isoPrefix: dateText) else {
                throw PaymentFileError(location: "entry \(number)", message: "no booking or value date")
            }
            let money: Money
            do {
                let currency = try Currency(code: raw.currency.uppercased())
                money = try AmountParser.machine.parse(raw.amount, currency: currency)
            } catch {
                throw PaymentFileError(location: "entry \(number)", message: "amount '\(raw.amount) \(raw.currency)': \(error.description)")
            }
            guard money.isPositive else { continue }
            let id = raw.entryReference ?? raw.servicerReference ?? raw.transactionServicerReference ?? "entry-\(number)"
            let remittance = raw.unstructured.isEmpty ? nil : raw.unstructured.joined(separator: " ")
            entries.append(BankEntry(
                entryId: id, bookedOn: day, amount: money, payer: raw.debtorName, reference: raw.creditorReference, remittance: remittance))
        }
        return entries
    }
}

extension LocalDate {
    /// The date at the start of an ISO date or date-time (`2024-05-01` or `2024-05-01T10:00:00`).
    static func validated(isoPrefix text: String) -> LocalDate? {
        try? LocalDate.parse(String(text.trimmingWhitespace().prefix(10)))
    }
}

/// One `Ntry` as read, before checking.
struct RawCamtEntry {
    var amount = ""
    var currency = ""
    var creditDebit = ""
    var status = ""
    var bookingDate: String?
    var valueDate: String?
    var entryReference: String?
    var servicerReference: String?
    var transactionServicerReference: String?
    var creditorReference: String?
    var unstructured: [String] = []
    var debtorName: String?
}

/// The XMLParser delegate: tracks the element path and fills one `RawCamtEntry` per `Ntry`.
final class Camt053Collector: NSObject, XMLParserDelegate {
    var namespace: String?
    var entries: [RawCamtEntry] = []
    private var path: [String] = []
    private var current: RawCamtEntry?
    private var text = ""
    private var amountCurrency = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if path.isEmpty, elementName == "Document" { namespace = namespaceURI }
        path.append(elementName)
        text = ""
        if elementName == "Ntry", current == nil { current = RawCamtEntry() }
        if elementName == "Amt" { amountCurrency = attributes["Ccy"] ?? "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            path.removeLast()
            text = ""
        }
        guard var entry = current else { return }
        let value = text.trimmingWhitespace()
        let parents = path.dropLast()
        let parent = parents.last ?? ""
        switch elementName {
        case "Amt" where parent == "Ntry":
            entry.amount = value
            entry.currency = amountCurrency
        case "CdtDbtInd" where parent == "Ntry":
            entry.creditDebit = value
        case "Sts" where parent == "Ntry" && !value.isEmpty, "Cd" where parent == "Sts" && parents.dropLast().last == "Ntry":
            entry.status = value
        case "Dt" where parent == "BookgDt", "DtTm" where parent == "BookgDt":
            entry.bookingDate = entry.bookingDate ?? value
        case "Dt" where parent == "ValDt", "DtTm" where parent == "ValDt":
            entry.valueDate = entry.valueDate ?? value
        case "NtryRef" where parent == "Ntry":
            entry.entryReference = value.isEmpty ? nil : value
        case "AcctSvcrRef" where parent == "Ntry":
            entry.servicerReference = value.isEmpty ? nil : value
        case "AcctSvcrRef" where parent == "Refs":
            entry.transactionServicerReference = entry.transactionServicerReference ?? (value.isEmpty ? nil : value)
        case "Ref" where parent == "CdtrRefInf" && parents.contains("Strd"):
            entry.creditorReference = entry.creditorReference ?? (value.isEmpty ? nil : value)
        case "Ustrd" where parent == "RmtInf":
            if !value.isEmpty { entry.unstructured.append(value) }
        case "Nm" where parents.contains("RltdPties") && parents.contains("Dbtr") && !parents.contains("UltmtDbtr"):
            entry.debtorName = entry.debtorName ?? (value.isEmpty ? nil : value)
        case "Ntry":
            entries.append(entry)
            current = nil
            return
        default:
            break
        }
        current = entry
    }
}
