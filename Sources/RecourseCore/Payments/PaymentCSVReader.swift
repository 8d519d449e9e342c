import Foundation

/// Reads a payments CSV: a header row, then `date, amount, currency, reference, payer` (an optional
/// sixth column is remittance text). The delimiter (`,`, `;` or tab) is sniffed from the header;
/// a UTF-8 byte order mark is skipped; amounts are read in the file's locale conventions.
public struct PaymentCSVReader {
    private let amounts: AmountParser

    /// A reader for amounts written with `conventions`.
    public init(conventions: NumberConventions) {
        amounts = AmountParser(conventions: conventions)
    }

    /// The entries of the file, or the first bad row by line number.
    public func read(_ data: [UInt8]) throws(PaymentFileError) -> [BankEntry] {
        let text = String(decoding: PaymentFileFormat.withoutByteOrderMark(data), as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let header = lines.first else { throw PaymentFileError(location: "file", message: "is empty") }
        let delimiter = Self.delimiter(of: String(header))
        var entries: [BankEntry] = []
        for (index, line) in lines.enumerated().dropFirst() where !String(line).trimmingWhitespace().isEmpty {
            let number = index + 1
            let fields = Self.fields(String(line), delimiter: delimiter)
            guard fields.count >= 5 else {
                throw PaymentFileError(location: "line \(number)", message: "expected 5 fields (date, amount, currency, reference, payer), found \(fields.count)")
            }
            let day: LocalDate
            do { day = try LocalDate.parse(fields[0], field: "date") } catch {
                throw PaymentFileError(location: "line \(number)", message: error.description)
            }
            let money: Money
            do {
                let currency = try Currency(code: fields[2].uppercased())
                money = try amounts.parse(fields[1], currency: currency)
            } catch {
                throw PaymentFileError(location: "line \(number)", message: error.description)
            }
            guard money.isPositive else { throw PaymentFileError(location: "line \(number)", message: "the amount must be more than zero") }
            entries.append(BankEntry(
                entryId: "line-\(number)", bookedOn: day, amount: money, payer: Self.nonEmpty(fields[4]),
                reference: Self.nonEmpty(fields[3]), remittance: fields.count > 5 ? Self.nonEmpty(fields[5]) : nil))
        }
        return entries
    }

    /// The delimiter the header uses most: `;`, tab or `,`.
    static func delimiter(of header: String) -> Character {
        let counts: [(Character, Int)] = [";", "\t", ","].map { candidate in (candidate, header.filter { $0 == candidate }.count) }
        return counts.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : "," } ?? ","
    }

    /// The fields of a line; double quotes protect delimiters, `""` is a quote.
    static func fields(_ line: String, delimiter: Character) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == delimiter {
                fields.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current.trimmingWhitespace())
        return fields
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
