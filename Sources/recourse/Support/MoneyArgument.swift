import Foundation
import RecourseCore

/// An amount typed on the command line: `1.234,56` in the user's locale, in the case's currency,
/// or with a leading currency code (`GBP 120`).
enum MoneyArgument {
    static func parse(_ text: String, field: String, defaultCurrency: Currency, conventions: NumberConventions) throws -> Money {
        var body = text.trimmingCharacters(in: .whitespaces)
        var currency = defaultCurrency
        let prefix = String(body.prefix(3)).uppercased()
        if body.count > 3, prefix.allSatisfy(\.isLetter), let code = try? Currency(code: prefix) {
            currency = code
            body = String(body.dropFirst(3)).trimmingCharacters(in: .whitespaces)
        }
        do {
            return try AmountParser(conventions: conventions).parse(body, currency: currency)
        } catch {
            throw ValidationError(field: field, message: error.description)
        }
    }
}
