import Foundation
import RecourseCore

/// The human-readable output of `recourse interest`.
struct InterestReport {
    let money: MoneyFormatter

    /// One amount: the rule, the periods, interest, compensation and the total.
    func single(_ result: ClaimInterest, asOf: LocalDate, collectionCosts: Money?) -> [String] {
        var lines = [rule(result.jurisdiction)]
        lines.append("\(money.string(result.principal)) due \(result.dueOn), computed through \(asOf)")
        lines.append("")
        guard !result.periods.isEmpty else {
            lines.append(result.jurisdiction.hasStatutoryInterest
                ? "No interest runs: \(asOf) is not after the due date \(result.dueOn)."
                : "No statutory late-payment rule for this jurisdiction: no interest or compensation is claimed.")
            return lines
        }
        var table = TextTable([
            .init(title: "From", alignment: .left, maxWidth: 10), .init(title: "Through", alignment: .left, maxWidth: 10),
            .init(title: "Days", alignment: .right, maxWidth: 6), .init(title: "Rate", alignment: .right, maxWidth: 8),
            .init(title: "Principal", alignment: .right, maxWidth: 28), .init(title: "Interest", alignment: .right, maxWidth: 28),
        ])
        for period in result.periods {
            table.append([
                period.from.description, period.through.description, String(period.days), percent(period.rateBasisPoints),
                money.string(period.principal), money.string(period.interest),
            ])
        }
        lines += table.render()
        lines.append("")
        var total = result.interest
        lines.append("Interest            \(money.string(result.interest))")
        if let compensation = result.compensation {
            lines.append("Fixed compensation  \(money.string(compensation))")
            total = (try? total.adding(compensation)) ?? total
        } else {
            lines.append("Fixed compensation  \(noCompensation(result))")
        }
        if let collectionCosts {
            lines.append("Collection costs    \(money.string(collectionCosts)) (Besluit BIK)")
            total = (try? total.adding(collectionCosts)) ?? total
        }
        if total.currency == result.interest.currency, total != result.interest {
            lines.append("Total               \(money.string(total))")
        }
        return lines
    }

    /// A whole case: the rule, one row per open claim, totals per currency, compensation, notes.
    func wholeCase(_ result: CaseInterest, detail: CaseDetail) -> [String] {
        let debtor = detail.debtor
        var lines = [TerminalText.sanitize("\(detail.collectionCase.reference)  \(debtor.name)  (\(debtor.country.code)), as of \(result.asOf)")]
        lines.append(rule(result.jurisdiction))
        lines.append("")
        if result.claims.isEmpty {
            lines.append("No claim is open on \(result.asOf).")
        } else {
            var table = TextTable([
                .init(title: "Invoice", alignment: .left, maxWidth: 20), .init(title: "Due", alignment: .left, maxWidth: 10),
                .init(title: "Amount", alignment: .right, maxWidth: 24), .init(title: "Open", alignment: .right, maxWidth: 24),
                .init(title: "Days", alignment: .right, maxWidth: 6),
                .init(title: "Rate", alignment: .right, maxWidth: 16), .init(title: "Interest", alignment: .right, maxWidth: 24),
                .init(title: "Fixed sum", alignment: .right, maxWidth: 16),
            ])
            for claim in result.claims {
                let rates = claim.periods.map(\.rateBasisPoints)
                let rateText = rates.isEmpty ? "–"
                    : rates.min() == rates.max() ? percent(rates[0]) : "\(percent(rates.min() ?? 0))–\(percent(rates.max() ?? 0))"
                table.append([
                    claim.label, claim.dueOn.description, money.string(claim.principal), money.string(claim.openPrincipal),
                    String(max(0, claim.dueOn.days(until: result.asOf))), rateText, money.string(claim.interest),
                    claim.compensation.map { money.string($0) } ?? "–",
                ])
            }
            lines += table.render()
        }
        lines.append("")
        lines.append("Interest      \(bag(result.interest))")
        lines.append("Compensation  \(bag(result.compensation))")
        if !result.collectionCosts.isZero {
            lines.append("  of which collection costs (Besluit BIK) \(bag(result.collectionCosts))")
        }
        for note in result.notes { lines.append(TerminalText.sanitize("Note: \(note)")) }
        return lines
    }

    private func rule(_ jurisdiction: InterestJurisdiction) -> String {
        guard let series = jurisdiction.referenceSeries else {
            return "Jurisdiction \(jurisdiction.rawValue): no statutory late-payment rule"
        }
        var text = "Jurisdiction \(jurisdiction.rawValue), \(jurisdiction.statute): \(series.displayName) + \(jurisdiction.marginBasisPoints / 100) points"
        if jurisdiction == .unitedKingdom { text += ", fixed for the life of the debt" }
        if jurisdiction.splitsAtHalfYears { text += ", by half-year" }
        if jurisdiction.compoundsAnnually { text += ", compounded yearly" }
        return text
    }

    private func noCompensation(_ result: ClaimInterest) -> String {
        switch result.jurisdiction {
        case .unitedKingdom: return "none computed: the GB fixed sums are set for GBP debts"
        case .netherlands: return "none per claim (the Besluit BIK costs apply instead)"
        default: return "none"
        }
    }

    private func bag(_ amounts: MoneyBag) -> String {
        let parts = amounts.nonZero.map { money.string($0) }
        return parts.isEmpty ? "none" : parts.joined(separator: " + ")
    }

    private func percent(_ basisPoints: Int) -> String {
        InterestJSON.percent(basisPoints, decimalSeparator: money.conventions.decimalSeparator) + "%"
    }
}
