/// Fixed sums owed on top of interest: per-claim compensation and the Dutch BIK collection costs.
extension StatutoryInterest {
    /// The fixed compensation for one late claim: EUR 40 in the EU default, DE, FR and IT (in euros
    /// whatever the claim's currency); in GB (s.5A) GBP 40 under 1,000, 70 under 10,000, else 100 —
    /// nil for a non-GBP debt, which the GB bands cannot place. Nil for NL (BIK is per case) and none.
    public static func fixedCompensation(principal: Money, jurisdiction: InterestJurisdiction) -> Money? {
        switch jurisdiction {
        case .euDefault, .germany, .france, .italy:
            return Money(minorUnits: 4_000, currency: .eur)
        case .unitedKingdom:
            guard principal.currency == .gbp else { return nil }
            let pounds: Int64 = principal.minorUnits < 100_000 ? 40 : principal.minorUnits < 1_000_000 ? 70 : 100
            return Money(minorUnits: pounds * 100, currency: .gbp)
        case .netherlands, .none:
            return nil
        }
    }

    /// The Besluit BIK tiers: (width of the tier in cents, rate in basis points); the rest at 0.5%.
    static let collectionCostTiers: [(width: Int64, basisPoints: Int64)] = [
        (250_000, 1_500), (250_000, 1_000), (500_000, 500), (19_000_000, 100),
    ]

    /// Dutch extrajudicial collection costs (Besluit BIK) on a principal in euros: 15% of the first
    /// 2,500, 10% of the next 2,500, 5% of the next 5,000, 1% of the next 190,000, 0.5% above;
    /// at least EUR 40, at most EUR 6,775, rounded half-up to the cent. Nil for other currencies.
    public static func collectionCosts(principal: Money) -> Money? {
        guard principal.currency == .eur else { return nil }
        // Above EUR 1,000,000 the maximum applies anyway; capping keeps the sum small and exact.
        var remaining = min(max(0, principal.minorUnits), 200_000_000)
        var weighted: Int64 = 0  // cents × basis points
        for tier in collectionCostTiers {
            let part = min(remaining, tier.width)
            weighted += part * tier.basisPoints
            remaining -= part
        }
        weighted += remaining * 50
        let cents = InterestArithmetic.roundedProduct(weighted, times: 1, over: 10_000) ?? 0
        return Money(minorUnits: min(max(cents, 4_000), 677_500), currency: .eur)
    }
}
