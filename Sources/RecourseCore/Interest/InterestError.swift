/// Why statutory interest could not be computed; every case reads as a sentence for the user.
public enum InterestError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A period needs a reference rate the table does not have. Never guessed.
    case missingRate(jurisdiction: InterestJurisdiction, series: RateSeries, half: HalfYear)
    /// A reduction (payment) is in another currency than the claim it reduces.
    case currencyMismatch(label: String, claim: String, other: String)
    /// A principal or a reduction below zero.
    case negativeAmount(label: String, amount: String)
    /// The figures do not fit in 64-bit minor units.
    case overflow(label: String)

    /// A message for the user, e.g. `no rate for DE (Basiszinssatz) 2026H1: add it to rates.toml under [de-basiszins]`.
    public var description: String {
        switch self {
        case .missingRate(let jurisdiction, let series, let half):
            return "no rate for \(jurisdiction.rawValue) (\(series.displayName)) \(half): add it to rates.toml under [\(series.rawValue)]"
        case .currencyMismatch(let label, let claim, let other):
            return "\(label): a \(other) payment cannot reduce a \(claim) claim"
        case .negativeAmount(let label, let amount):
            return "\(label): \(amount) is below zero; principals and payments must be zero or more"
        case .overflow(let label):
            return "\(label): the amounts are too large to compute interest on"
        }
    }
}
