import RecourseCore

/// A case's open balance with the statutory interest and fixed compensation to a day, per
/// currency: what the case is worth in a letter's total or an insolvency claim (the default claim
/// of `recourse escalations decide --decision insolvency` and of the console's insolvency form).
public struct BalanceWithInterest: Hashable, Sendable {
    /// The unpaid principal per currency.
    public let outstanding: [Money]
    /// Interest and compensation as the letters compute them; nil where the debtor's law grants none.
    public let interest: LetterInterest?
    /// Outstanding plus interest plus compensation, per currency.
    public let total: [Money]

    /// The balance of `detail` with interest from `source` (e.g. `LetterInterest.statutory(rates:)`) through `day`.
    public static func compute(_ detail: CaseDetail, asOf day: LocalDate, interest source: LetterDesk.InterestSource) throws -> BalanceWithInterest {
        var total = detail.balance.outstanding
        let interest = try source(detail, detail.claims, day)
        if let interest {
            for amount in interest.interest.nonZero + interest.compensation.nonZero { total.add(amount) }
        }
        return BalanceWithInterest(outstanding: detail.balance.outstanding.nonZero, interest: interest, total: total.nonZero)
    }
}
