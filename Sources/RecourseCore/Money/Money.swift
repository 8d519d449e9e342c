/// An amount of money: integer minor units of one currency. Never a floating-point number.
public struct Money: Hashable, Sendable {
    /// The amount in minor units (cents for EUR, yen for JPY, fils for KWD).
    public let minorUnits: Int64
    /// The currency the amount is in.
    public let currency: Currency

    /// An amount from minor units.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in the given currency.
    public static func zero(_ currency: Currency) -> Money {
        Money(minorUnits: 0, currency: currency)
    }

    /// True when the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }
    /// True when the amount is above zero.
    public var isPositive: Bool { minorUnits > 0 }
    /// True when the amount is below zero.
    public var isNegative: Bool { minorUnits < 0 }

    /// The sum; refuses amounts in different currencies and overflow.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        if overflow { throw MoneyError.overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// The difference; refuses amounts in different currencies and overflow.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        if overflow { throw MoneyError.overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// Compares two amounts of the same currency; refuses different currencies.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        try requireSameCurrency(other)
        return minorUnits < other.minorUnits
    }

    /// The smaller of two amounts of the same currency.
    public func minimum(_ other: Money) throws(MoneyError) -> Money {
        try isLess(than: other) ? self : other
    }

    /// The amount with its sign flipped.
    public var negated: Money { Money(minorUnits: -minorUnits, currency: currency) }

    /// Plain decimal units without grouping, e.g. `1234.56`, `-5`, `0.125` — the machine format used in JSON.
    public var decimalString: String {
        let perMajor = currency.minorUnitsPerMajor
        let magnitude = minorUnits.magnitude
        let major = magnitude / UInt64(perMajor)
        let minor = magnitude % UInt64(perMajor)
        var text = minorUnits < 0 ? "-" : ""
        text += String(major)
        if currency.exponent > 0 {
            let digits = String(minor)
            text += "." + String(repeating: "0", count: currency.exponent - digits.count) + digits
        }
        return text
    }

    /// The amount converted to an approximate number of major units, for ranking and charts only.
    public var approximateMajorUnits: Double {
        Double(minorUnits) / Double(currency.minorUnitsPerMajor)
    }

    private func requireSameCurrency(_ other: Money) throws(MoneyError) {
        if other.currency != currency {
            throw MoneyError.mixedCurrencies(currency.code, other.currency.code)
        }
    }
}

extension Money: Codable {
    private enum CodingKeys: String, CodingKey {
        case amount, currency
    }

    /// Decodes `{"amount": "1234.56", "currency": "EUR"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decode(Currency.self, forKey: .currency)
        let text = try container.decode(String.self, forKey: .amount)
        do {
            self = try AmountParser.machine.parse(text, currency: currency, allowNegative: true)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .amount, in: container, debugDescription: error.description)
        }
    }

    /// Encodes as `{"amount": "1234.56", "currency": "EUR"}`: decimal units as a string, never a float.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(decimalString, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}

/// Amounts kept per currency, for balances of cases with claims in more than one currency.
public struct MoneyBag: Hashable, Sendable {
    /// The amounts, one per currency, in a stable order (by currency code).
    public private(set) var amounts: [Money] = []

    /// An empty bag.
    public init() {}

    /// A bag holding the given amounts, merged by currency.
    public init(_ amounts: [Money]) {
        for amount in amounts { add(amount) }
    }

    /// Adds an amount to the entry of its currency.
    public mutating func add(_ amount: Money) {
        if let index = amounts.firstIndex(where: { $0.currency == amount.currency }) {
            amounts[index] = Money(minorUnits: amounts[index].minorUnits &+ amount.minorUnits, currency: amount.currency)
        } else {
            amounts.append(amount)
            amounts.sort { $0.currency.code < $1.currency.code }
        }
    }

    /// The amount in one currency, zero when absent.
    public func amount(in currency: Currency) -> Money {
        amounts.first { $0.currency == currency } ?? .zero(currency)
    }

    /// The non-zero amounts only.
    public var nonZero: [Money] { amounts.filter { !$0.isZero } }

    /// True when every amount is zero.
    public var isZero: Bool { amounts.allSatisfy(\.isZero) }
}
