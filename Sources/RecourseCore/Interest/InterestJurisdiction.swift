/// Which late-payment law applies to a debtor, by the debtor's country.
public enum InterestJurisdiction: String, Codable, Sendable, CaseIterable {
    /// Directive 2011/7/EU as transposed by a member state without a more specific rule here:
    /// ECB main refinancing rate + 8 points by half-year, EUR 40 per claim.
    case euDefault = "EU"
    /// Late Payment of Commercial Debts (Interest) Act 1998: BoE reference rate + 8, fixed for the
    /// life of the debt; fixed sums of GBP 40, 70 or 100.
    case unitedKingdom = "GB"
    /// § 288 BGB: Basiszinssatz + 9 points by half-year, EUR 40.
    case germany = "DE"
    /// Code de commerce L441-10: ECB rate + 10 points by half-year, EUR 40 per invoice.
    case france = "FR"
    /// Art. 6:119a BW: ECB rate + 8 by half-year, compounded yearly; BIK collection costs.
    case netherlands = "NL"
    /// D.Lgs. 231/2002: ECB rate + 8 by half-year, EUR 40.
    case italy = "IT"
    /// No built-in statutory rule (e.g. CN, US, CH): no interest or compensation is claimed.
    case none = "none"

    /// EU member states (ISO 3166-1 alpha-2), whose transposition of Directive 2011/7/EU applies.
    public static let euMemberStates: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    /// The law that governs a debtor registered in `country`.
    public static func of(_ country: Country) -> InterestJurisdiction {
        switch country.code {
        case "GB": return .unitedKingdom
        case "DE": return .germany
        case "FR": return .france
        case "NL": return .netherlands
        case "IT": return .italy
        default: return euMemberStates.contains(country.code) ? .euDefault : .none
        }
    }

    /// True when the jurisdiction grants statutory interest at all.
    public var hasStatutoryInterest: Bool { self != .none }
}
