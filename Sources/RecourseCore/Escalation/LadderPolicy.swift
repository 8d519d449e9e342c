/// The agency's amicable ladder: a default, per-country ladders, the letter minimum, and the
/// OECD country risk table shown on the review screen. Policies are data; see `RecourseEscalation`.
public struct LadderPolicy: Hashable, Sendable {
    /// The ladder for every country without its own.
    public let defaultLadder: Ladder
    /// Ladders by ISO 3166-1 alpha-2 code, upper case (`CN`, `NL`).
    public let countryLadders: [String: Ladder]
    /// In EUR: below this EUR-equivalent outstanding balance, letter steps are skipped, not sent.
    public let letterMinimumBalance: Money
    /// OECD country risk categories by ISO 3166-1 alpha-2 code, upper case.
    public let countryRisk: [String: CountryRisk]

    /// A policy; throws for a country key that is not an upper-case ISO code, or a minimum that is not
    /// a non-negative EUR amount.
    public init(
        defaultLadder: Ladder, countryLadders: [String: Ladder] = [:], letterMinimumBalance: Money,
        countryRisk: [String: CountryRisk] = [:]
    ) throws(ValidationError) {
        for code in countryLadders.keys.sorted() { try LadderPolicy.checkCountryKey(code, field: "countries") }
        for code in countryRisk.keys.sorted() { try LadderPolicy.checkCountryKey(code, field: "risk") }
        guard letterMinimumBalance.currency == .eur, !letterMinimumBalance.isNegative else {
            throw ValidationError(
                field: "letter_minimum_balance",
                message: "must be a EUR amount of zero or more (it is \(letterMinimumBalance.currency.code) \(letterMinimumBalance.decimalString))")
        }
        self.defaultLadder = defaultLadder
        self.countryLadders = countryLadders
        self.letterMinimumBalance = letterMinimumBalance
        self.countryRisk = countryRisk
    }

    /// The country's own ladder, else the default.
    public func ladder(for country: Country) -> Ladder {
        countryLadders[country.code] ?? defaultLadder
    }

    /// The country's OECD risk category, nil when the table does not classify it.
    public func risk(for country: Country) -> CountryRisk? {
        countryRisk[country.code]
    }

    /// Refuses keys that are not upper-case ISO 3166-1 alpha-2 codes.
    private static func checkCountryKey(_ code: String, field: String) throws(ValidationError) {
        let known = (try? Country(code: code)) != nil
        guard known, code == code.uppercased() else {
            throw ValidationError(field: field, message: "'\(code)' is not an upper-case ISO 3166-1 alpha-2 country code, e.g. DE")
        }
    }
}

/// A country's category in the OECD Country Risk Classifications of the Participants to the
/// Arrangement on Officially Supported Export Credits: 0 (lowest risk) to 7 (highest).
public struct CountryRisk: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The category, 0–7.
    public let category: Int

    /// A category; throws outside 0–7.
    public init(category: Int) throws(ValidationError) {
        guard (0...7).contains(category) else {
            throw ValidationError(field: "risk", message: "\(category) is not an OECD country risk category; use 0 (lowest) to 7 (highest)")
        }
        self.category = category
    }

    /// `low` (0–1), `moderate` (2–3), `elevated` (4–5) or `high` (6–7).
    public var label: String {
        switch category {
        case ...1: return "low"
        case 2...3: return "moderate"
        case 4...5: return "elevated"
        default: return "high"
        }
    }

    /// `2 (moderate)`.
    public var description: String { "\(category) (\(label))" }

    /// Orders by category: lower is less risky.
    public static func < (lhs: CountryRisk, rhs: CountryRisk) -> Bool { lhs.category < rhs.category }
}
