/// An ISO 4217 currency: its three-letter code and the number of decimal places of its minor unit.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The ISO 4217 alphabetic code, e.g. `EUR`.
    public let code: String
    /// Digits after the decimal separator: 2 for EUR, 0 for JPY, 3 for KWD.
    public let exponent: Int

    /// The currencies Recourse knows, with their ISO 4217 minor-unit exponents.
    public static let known: [String: Int] = [
        "EUR": 2, "GBP": 2, "USD": 2, "CNY": 2, "JPY": 0, "CHF": 2, "PLN": 2, "SEK": 2,
        "DKK": 2, "CZK": 2, "KWD": 3, "NOK": 2, "HUF": 2, "RON": 2, "BGN": 2, "CAD": 2,
        "AUD": 2, "NZD": 2, "HKD": 2, "SGD": 2, "KRW": 0, "INR": 2, "BRL": 2, "MXN": 2,
        "ZAR": 2, "TRY": 2, "AED": 2, "SAR": 2, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3,
        "ILS": 2, "TWD": 2, "THB": 2, "ISK": 0, "CLP": 0, "VND": 0,
    ]

    /// Looks up a currency by its ISO 4217 code (case-insensitive); throws for codes Recourse does not know.
    public init(code: String) throws(MoneyError) {
        let upper = code.uppercased()
        guard let exponent = Currency.known[upper] else { throw MoneyError.unknownCurrency(code) }
        self.code = upper
        self.exponent = exponent
    }

    /// Decodes from the bare ISO code, refusing unknown codes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        do {
            try self.init(code: code)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as the bare ISO code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The code, e.g. `EUR`.
    public var description: String { code }

    /// 10^exponent: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 {
        var value: Int64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The euro.
    public static let eur = Currency(trusted: "EUR", exponent: 2)
    /// The pound sterling.
    public static let gbp = Currency(trusted: "GBP", exponent: 2)
    /// The US dollar.
    public static let usd = Currency(trusted: "USD", exponent: 2)
    /// The Japanese yen (no minor unit).
    public static let jpy = Currency(trusted: "JPY", exponent: 0)
    /// The Kuwaiti dinar (three decimals).
    public static let kwd = Currency(trusted: "KWD", exponent: 3)

    private init(trusted code: String, exponent: Int) {
        self.code = code
        self.exponent = exponent
    }
}
