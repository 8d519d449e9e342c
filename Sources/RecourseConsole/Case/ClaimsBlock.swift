import RecourseCore
import TermUI

/// The claims of a case as an aligned table with totals per currency.
struct ClaimsBlock {
    let detail: CaseDetail
    let context: RenderContext

    func lines(width: Int) -> [StyledLine] {
        let claims = detail.claims
        let amounts = claims.map { context.money.string($0.amount) }
        let outstanding = claims.map { context.money.string($0.outstanding) }
        let balance = detail.balance
        let totalsInvoiced = balance.invoiced.amounts.map { context.money.string($0) }
        let totalsOutstanding = balance.invoiced.amounts.map { context.money.string(balance.outstanding.amount(in: $0.currency)) }
        let invoiceWidth = max(7, claims.map { DisplayWidth.width(of: $0.invoiceNumber) }.max() ?? 0)
        let amountWidth = max(6, (amounts + totalsInvoiced).map { DisplayWidth.width(of: $0) }.max() ?? 0)
        let outstandingWidth = max(11, (outstanding + totalsOutstanding).map { DisplayWidth.width(of: $0) }.max() ?? 0)
        func row(_ cells: [(String, Int, Alignment)]) -> String {
            "  " + cells.map { DisplayWidth.fit($0.0, toWidth: $0.1, alignment: $0.2) }.joined(separator: "  ")
        }
        var lines: [StyledLine] = [StyledLine([Span("Claims", role: .header), Span("  \(claims.count)", role: .dim)])]
        lines.append(StyledLine(row([
            ("Invoice", invoiceWidth, .left), ("Issued", 10, .left), ("Due", 10, .left), ("Amount", amountWidth, .right),
            ("Outstanding", outstandingWidth, .right), ("Days", 4, .right),
        ]), role: .label))
        for (index, claim) in claims.enumerated() {
            let days = claim.daysOverdue(asOf: context.today)
            let text = row([
                (claim.invoiceNumber, invoiceWidth, .left), (claim.issuedOn.description, 10, .left),
                (claim.dueOn.description, 10, .left), (amounts[index], amountWidth, .right),
                (outstanding[index], outstandingWidth, .right), (claim.isOpen ? String(days) : "paid", 4, .right),
            ])
            var spans = [Span(text, role: claim.isOpen ? (days > 90 ? .overdue : .default) : .dim)]
            if claim.disputed { spans.append(Span("  disputed", role: .disputed)) }
            lines.append(StyledLine(spans))
        }
        for (index, total) in totalsInvoiced.enumerated() {
            let text = row([
                (index == 0 ? "Total" : "", invoiceWidth, .left), ("", 10, .left), ("", 10, .left),
                (total, amountWidth, .right), (totalsOutstanding[index], outstandingWidth, .right), ("", 4, .right),
            ])
            lines.append(StyledLine(text, role: .header))
        }
        let days = balance.daysPastDue(asOf: context.today)
        if balance.oldestOpenDue != nil {
            lines.append(StyledLine("  Oldest open claim \(days) days past due.", role: days > 90 ? .overdue : .dim))
        } else {
            lines.append(StyledLine("  Nothing outstanding.", role: .success))
        }
        return lines
    }
}
