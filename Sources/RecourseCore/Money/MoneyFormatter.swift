/// Writes amounts for people in a locale's conventions: `EUR 1,234.56`, `EUR 1.234,56`, `EUR 1 234,56`.
public struct MoneyFormatter: Sendable {
    /// The separators used.
    public let conventions: NumberConventions

    /// A formatter for the given conventions.
    public init(conventions: NumberConventions) {
        self.conventions = conventions
    }

    /// The amount with its currency code in front, e.g. `EUR 1,234.56`.
    public func string(_ money: Money) -> String {
        "\(money.currency.code) \(number(money))"
    }

    /// The amount without currency, grouped, e.g. `1,234.56` or `-5,00`.
    public func number(_ money: Money) -> String {
        let perMajor = UInt64(money.currency.minorUnitsPerMajor)
        let magnitude = money.minorUnits.magnitude
        let major = String(magnitude / perMajor)
        var grouped = ""
        for (offset, character) in major.enumerated() {
            if offset > 0 && (major.count - offset) % 3 == 0 { grouped.append(conventions.groupingSeparator) }
            grouped.append(character)
        }
        var text = money.minorUnits < 0 ? "-" + grouped : grouped
        if money.currency.exponent > 0 {
            let minor = String(magnitude % perMajor)
            text.append(conventions.decimalSeparator)
            text += String(repeating: "0", count: money.currency.exponent - minor.count) + minor
        }
        return text
    }
}
