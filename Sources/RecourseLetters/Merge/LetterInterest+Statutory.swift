import RecourseCore

extension LetterInterest {
    /// The interest source letters use: the debtor's statutory rule over the case's claims and
    /// payments, narrowed to the claims the letter demands. Nil where no rule applies.
    public static func statutory(rates: RateTable) -> LetterDesk.InterestSource {
        { detail, demanded, asOf in
            let jurisdiction = InterestJurisdiction.of(detail.debtor.country)
            guard jurisdiction.hasStatutoryInterest else { return nil }
            let result = try StatutoryInterest(rates: rates).caseInterest(
                claims: detail.claims, payments: detail.payments, jurisdiction: jurisdiction, asOf: asOf)
            let wanted = Set(demanded.map(\.invoiceNumber))
            let kept = result.claims.filter { wanted.contains($0.label) }
            let rows = kept.flatMap { claim in
                claim.periods.map {
                    Row(invoice: claim.label, from: $0.from, through: $0.through, days: $0.days, rateBasisPoints: $0.rateBasisPoints,
                        interest: $0.interest)
                }
            }
            return LetterInterest(
                jurisdiction: jurisdiction, asOf: asOf, rows: rows, interest: MoneyBag(kept.map(\.interest)),
                compensation: MoneyBag(kept.compactMap(\.compensation) + result.collectionCosts.amounts))
        }
    }
}
