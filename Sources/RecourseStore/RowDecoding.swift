import Foundation
import GRDB
import RecourseCore

/// Decodes the stored text forms (dates, instants, currencies) with clear failures.
struct RowDecoder {
    private var currencies: [String: Currency] = [:]

    /// A currency from its stored code, cached.
    mutating func currency(_ code: String) throws -> Currency {
        if let cached = currencies[code] { return cached }
        let currency = try Currency(code: code)
        currencies[code] = currency
        return currency
    }

    /// A stored `YYYY-MM-DD`.
    static func date(_ text: String?, column: String) throws -> LocalDate? {
        guard let text else { return nil }
        return try LocalDate.parse(text, field: column)
    }

    /// A stored `YYYY-MM-DD` that must be present.
    static func requiredDate(_ text: String, column: String) throws -> LocalDate {
        try LocalDate.parse(text, field: column)
    }

    /// A stored instant `YYYY-MM-DDTHH:MM:SSZ`.
    static func instant(_ text: String?, column: String) throws -> Date? {
        guard let text else { return nil }
        guard let date = Timestamp.parseUTC(text) else {
            throw ValidationError(field: column, message: "'\(text)' is not a stored timestamp")
        }
        return date
    }
}
