/// Why an amount or a money operation was refused; every case reads as a sentence for the user.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The currency code is not one Recourse knows.
    case unknownCurrency(String)
    /// Two amounts in different currencies were combined.
    case mixedCurrencies(String, String)
    /// The result does not fit in 64-bit minor units.
    case overflow
    /// The input was empty.
    case empty
    /// The input contains a character that has no place in an amount.
    case unexpectedCharacter(input: String, character: Character)
    /// The input can be read two ways; the user must say which.
    case ambiguous(input: String, readings: [String])
    /// Grouping separators are not every three digits.
    case badGrouping(input: String)
    /// More decimals than the currency's minor unit allows.
    case tooManyDecimals(input: String, currency: String, allowed: Int)
    /// A sign where only a positive amount is allowed, or a misplaced sign.
    case badSign(input: String)

    /// A message for the user naming what is wrong.
    public var description: String {
        switch self {
        case .unknownCurrency(let code):
            return "unknown currency '\(code)' (expected an ISO 4217 code such as EUR, GBP, USD)"
        case .mixedCurrencies(let a, let b):
            return "cannot combine \(a) and \(b) amounts without an exchange rate"
        case .overflow:
            return "amount too large"
        case .empty:
            return "no amount given"
        case .unexpectedCharacter(let input, let character):
            return "'\(input)' is not an amount: unexpected '\(character)'"
        case .ambiguous(let input, let readings):
            return "'\(input)' is ambiguous: it could mean \(readings.joined(separator: " or ")); write it without grouping separators"
        case .badGrouping(let input):
            return "'\(input)' is not an amount: digit groups must have three digits"
        case .tooManyDecimals(let input, let currency, let allowed):
            if allowed == 0 {
                return "'\(input)' has decimals, but \(currency) has no minor unit"
            }
            return "'\(input)' has too many decimals: \(currency) allows \(allowed)"
        case .badSign(let input):
            return "'\(input)' is not an amount: misplaced sign"
        }
    }
}
