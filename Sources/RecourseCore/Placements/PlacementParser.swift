import Foundation

/// Reads a placement file and validates every row, all or nothing: the rows when all are good,
/// else every problem found with its line, column and header.
public struct PlacementParser: Sendable {
    /// How to read the file.
    public let mapping: PlacementMapping

    /// A parser with a mapping (or the defaults).
    public init(mapping: PlacementMapping = .defaults) {
        self.mapping = mapping
    }

    /// Parses the file's bytes. `name` is used in messages.
    public func parse(_ bytes: [UInt8], name: String) throws(PlacementRejected) -> PlacementFile {
        let delimiter = mapping.delimiter ?? CSVReader.sniffDelimiter(bytes)
        let records: [CSVRecord]
        do {
            records = try CSVReader(delimiter: delimiter).records(bytes)
        } catch {
            throw PlacementRejected(issues: [PlacementIssue(file: name, line: error.line, column: 1, header: "file", message: error.message)])
        }
        guard let header = records.first else {
            throw PlacementRejected(issues: [PlacementIssue(file: name, line: 1, column: 1, header: "file", message: "the file is empty")])
        }
        let (columns, headerIssues) = mapping.resolve(header: header.fields, file: name)
        if !headerIssues.isEmpty { throw PlacementRejected(issues: headerIssues) }
        let decimal = mapping.decimal ?? (delimiter == ";" ? "," : ".")
        let conventions: NumberConventions = decimal == "," ? .commaDecimal : .pointDecimal
        var reader = RowReader(
            file: name, header: header.fields, columns: columns, dateFormats: mapping.dateFormat.map { [$0] } ?? [.iso, .german],
            amounts: AmountParser(conventions: conventions))
        var rows: [PlacementRow] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if let row = reader.read(record) { rows.append(row) }
        }
        if !reader.issues.isEmpty { throw PlacementRejected(issues: reader.issues) }
        var named: [PlacementField: String] = [:]
        for (field, index) in columns { named[field] = header.fields[index] }
        return PlacementFile(name: name, rowCount: records.count - 1, rows: rows, columns: named)
    }
}

/// Validates rows one at a time, collecting problems.
struct RowReader {
    let file: String
    let header: [String]
    let columns: [PlacementField: Int]
    let dateFormats: [DateFormat]
    let amounts: AmountParser
    private(set) var issues: [PlacementIssue] = []
    private var countries: [String: Country] = [:]
    private var languages: [String: LanguageTag] = [:]

    init(file: String, header: [String], columns: [PlacementField: Int], dateFormats: [DateFormat], amounts: AmountParser) {
        self.file = file
        self.header = header
        self.columns = columns
        self.dateFormats = dateFormats
        self.amounts = amounts
    }

    private mutating func report(_ record: CSVRecord, _ field: PlacementField, _ message: String) {
        let index = columns[field] ?? 0
        issues.append(PlacementIssue(
            file: file, line: record.line, column: index + 1, header: index < header.count ? header[index] : field.rawValue,
            message: message))
    }

    private func text(_ record: CSVRecord, _ field: PlacementField) -> String? {
        guard let index = columns[field], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    private mutating func required(_ record: CSVRecord, _ field: PlacementField) -> String? {
        guard let value = text(record, field) else {
            report(record, field, "\(field.rawValue) is missing")
            return nil
        }
        return value
    }

    private mutating func date(_ record: CSVRecord, _ field: PlacementField) -> LocalDate? {
        guard let value = required(record, field) else { return nil }
        if let date = dateFormats.lazy.compactMap({ $0.parse(value) }).first { return date }
        let layouts = dateFormats.map(\.pattern).joined(separator: " or ")
        report(record, field, "'\(value)' is not a date in \(layouts) (set date_format in a mapping file for other layouts)")
        return nil
    }

    private mutating func country(_ record: CSVRecord) -> Country? {
        guard let value = required(record, .country) else { return nil }
        if let known = countries[value] { return known }
        var found = try? Country(code: value)
        if found == nil, value.count > 2 {
            let folded = DebtorNameKey.fold(value)
            found = Country.englishNames.first { DebtorNameKey.fold($0.value) == folded }.flatMap { try? Country(code: $0.key) }
        }
        guard let found else {
            report(record, .country, "'\(value)' is not a country (use an ISO 3166-1 code such as DE, FR, GB)")
            return nil
        }
        countries[value] = found
        return found
    }

    /// The row, or nil after reporting its problems.
    mutating func read(_ record: CSVRecord) -> PlacementRow? {
        let before = issues.count
        let name = required(record, .debtorName)
        let country = country(record)
        let invoice = required(record, .invoiceNumber)
        let issued = date(record, .issueDate)
        let due = date(record, .dueDate)
        if let issued, let due, due < issued {
            report(record, .dueDate, "due date \(due) is before the issue date \(issued)")
        }
        var currency: Currency?
        if let code = required(record, .currency) {
            do { currency = try Currency(code: code) } catch { report(record, .currency, "'\(code)' is not a currency Recourse knows") }
        }
        var amount: Money?
        if let text = required(record, .amount), let currency {
            do {
                let parsed = try amounts.parse(text, currency: currency, allowNegative: true)
                if parsed.isPositive { amount = parsed } else { report(record, .amount, "the amount must be more than zero, not '\(text)'") }
            } catch {
                report(record, .amount, error.description)
            }
        }
        var vat: String?
        if let text = text(record, .vatId), let country {
            do { vat = try VATNumber(text, country: country).compact } catch { report(record, .vatId, error.message) }
        }
        var iban: IBAN?
        if let text = text(record, .iban) {
            do { iban = try IBAN(text) } catch { report(record, .iban, error.message) }
        }
        var reference: CreditorReference?
        if let text = text(record, .paymentReference) {
            do { reference = try CreditorReference(validating: text) } catch { report(record, .paymentReference, error.message) }
        }
        var language: LanguageTag?
        if let text = text(record, .language) {
            if let known = languages[text] { language = known } else {
                do { language = try LanguageTag(text); languages[text] = language } catch { report(record, .language, error.message) }
            }
        }
        guard issues.count == before, let name, let country, let invoice, let issued, let due, let amount else { return nil }
        return PlacementRow(
            line: record.line, debtor: debtor(record, name: name, country: country, vat: vat, language: language),
            claim: NewClaim(invoiceNumber: invoice, issuedOn: issued, dueOn: due, amount: amount, disputed: false),
            iban: iban, paymentReference: reference)
    }

    private func debtor(_ record: CSVRecord, name: String, country: Country, vat: String?, language: LanguageTag?) -> Debtor {
        let lines = [text(record, .address1), text(record, .address2)].compactMap { $0 }
        let contact = text(record, .contactName).map {
            Contact(id: 0, name: $0, role: "Accounts", phone: text(record, .contactPhone), email: text(record, .contactEmail))
        }
        return Debtor(
            id: 0, name: name, country: country, language: language ?? CountryDefaults.language(for: country),
            timeZone: CountryDefaults.timeZone(for: country), registrationId: text(record, .registrationId), vatId: vat,
            address: Address(lines: lines, postalCode: text(record, .postalCode) ?? "", city: text(record, .city) ?? "", country: country),
            contacts: contact.map { [$0] } ?? [])
    }
}
