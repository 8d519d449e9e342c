import Foundation
import RecourseCore

/// An amount typed on the command line: `1.234,56` in the user's locale, in the case's currency,
/// or with a leading currency code (`GBP 120`).
enum MoneyArgument {
    static func parse(_ text: String, field: String, defaultCurrency: Currency, conventions: NumberConventions) throws -> Money {
        do {
            return try AmountParser(conventions: conventions).parse(text, defaultCurrency: defaultCurrency)
        } catch {
            throw ValidationError(field: field, message: error.description)
        }
    }
}
