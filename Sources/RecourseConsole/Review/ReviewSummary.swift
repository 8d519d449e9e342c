import Foundation
import RecourseCore
import RecourseLetters
import TermUI

/// What the interest part of a review summary could be computed to.
enum ReviewInterest {
    /// The balance with statutory interest and compensation to today.
    case computed(BalanceWithInterest)
    /// Why not: letters unavailable (a broken rates.toml), or a half-year without a rate.
    case unavailable(String)
}

/// A review item's case condensed for a decision: why it is here, the case, the balance with
/// statutory interest to today, the claims, a promise or plan, and the last five activities.
struct ReviewSummary {
    let item: ReviewItem
    let detail: CaseDetail
    let interest: ReviewInterest
    /// The debtor country's OECD risk category, when known.
    let risk: CountryRisk?
    let context: RenderContext

    private let labelWidth = 11

    func lines(width: Int) -> [StyledLine] {
        var lines = reviewBlock(width: width)
        lines.append("")
        lines += balanceBlock()
        lines.append("")
        lines += ClaimsBlock(detail: detail, context: context).lines(width: width)
        let plans = planBlock()
        if !plans.isEmpty {
            lines.append("")
            lines += plans
        }
        lines.append("")
        lines += historyBlock()
        return lines
    }

    private func label(_ text: String) -> Span {
        Span(DisplayWidth.fit(text, toWidth: labelWidth), role: .label)
    }

    private var indent: Span { Span(String(repeating: " ", count: labelWidth)) }

    private func reviewBlock(width: Int) -> [StyledLine] {
        var facts = [label("Why"), Span(item.reason.label, role: ReviewTable.role(item.reason) ?? .default)]
        if let day = item.requestedOn {
            let waited = day.days(until: context.today)
            facts.append(Span(" · since \(day)" + (waited > 0 ? " (\(plural(waited, "day", "days")))" : ""), role: .dim))
        }
        let who = item.requestedBy ?? (item.reason == .ladderExhausted ? "the ladder run" : nil)
        if let who { facts.append(Span(" · by \(who)", role: .dim)) }
        var lines = [StyledLine(facts)]
        if let note = item.note, !note.isEmpty {
            for part in TextWrap.wrap("“\(note)”", width: max(20, width - labelWidth)) { lines.append(StyledLine([indent, Span(part)])) }
        }
        let theCase = detail.collectionCase
        lines.append(StyledLine([
            label("Case"), Span(theCase.stage.rawValue), Span(" · ", role: .dim),
            Span(detail.assignee.map { "\($0.displayName) (\($0.login))" } ?? "nobody assigned"),
            Span(" · placed \(theCase.placedOn)", role: .dim),
        ]))
        lines.append(StyledLine([label("Creditor"), Span(detail.creditor.name)]))
        let debtor = detail.debtor
        var place = [label("Debtor"), Span("\(debtor.country.englishName) (\(debtor.country.code))")]
        if let risk { place += [Span(" · OECD risk ", role: .dim), Span(risk.description, role: ReviewTable.riskRole(risk))] }
        place.append(Span(" · \(debtor.language) · \(debtor.timeZone)", role: .dim))
        lines.append(StyledLine(place))
        let ids = [debtor.registrationId, debtor.vatId.map { "VAT \($0)" }].compactMap { $0 }.joined(separator: " · ")
        if !ids.isEmpty { lines.append(StyledLine([indent, Span(ids, role: .dim)])) }
        return lines
    }

    /// Outstanding, interest and compensation, and their total, in aligned columns.
    private func balanceBlock() -> [StyledLine] {
        let money = { (amounts: [Money]) in amounts.isEmpty ? "—" : amounts.map { context.money.string($0) }.joined(separator: " + ") }
        let days = detail.balance.daysPastDue(asOf: context.today)
        var rows: [(String, String, [Span])] = [
            ("Outstanding", money(detail.balance.outstanding.nonZero), [Span("  \(days) days past due", role: days > 90 ? .overdue : .dim)]),
        ]
        var trailer: StyledLine?
        switch interest {
        case .computed(let balance):
            if let interest = balance.interest {
                rows.append(("Interest", money(interest.interest.nonZero), [Span("  statutory, to \(interest.asOf) · \(interest.law)", role: .dim)]))
                rows.append(("Compensation", money(interest.compensation.nonZero), []))
                rows.append(("Total", money(balance.total), [Span("  the default insolvency claim", role: .dim)]))
            } else {
                trailer = StyledLine("  No statutory interest rule for \(detail.debtor.country.code) debtors: the claim is the open balance.", role: .dim)
            }
        case .unavailable(let reason):
            trailer = StyledLine([Span("  "), Span("Interest to today unavailable: \(reason)", role: .warning)])
        }
        let amountWidth = rows.map { DisplayWidth.width(of: $0.1) }.max() ?? 0
        var lines = [StyledLine([Span("Balance", role: .header), Span("  as of \(context.today)", role: .dim)])]
        for (name, amount, note) in rows {
            let role: ThemeRole = name == "Total" ? .header : .default
            lines.append(StyledLine([Span("  " + DisplayWidth.fit(name, toWidth: 14), role: .label),
                                     Span(DisplayWidth.fit(amount, toWidth: amountWidth, alignment: .right), role: role)] + note))
        }
        if let trailer { lines.append(trailer) }
        return lines
    }

    /// The plan waiting for approval in full (plan items), else the promise or plan in force.
    private func planBlock() -> [StyledLine] {
        if let id = item.awaitingPlanId, let plan = detail.plans.first(where: { $0.id == id }) {
            return planLines(plan, title: "Plan awaiting approval")
        }
        if let plan = detail.activePlan { return planLines(plan, title: "Plan in force") }
        guard let active = detail.activePromise else { return [] }
        let status = active.status(asOf: context.today)
        return [StyledLine([
            Span("Promise", role: .header), Span("  \(context.money.string(active.promise.amount)) by \(active.promise.dueOn)"),
            Span(" — \(status.name)", role: CaseDocument.role(for: status)), Span(" (paid \(context.money.string(active.paid)))", role: .dim),
        ])]
    }

    private func planLines(_ plan: PaymentPlan, title: String) -> [StyledLine] {
        let total = MoneyBag(plan.instalments.map(\.amount)).nonZero.map { context.money.string($0) }.joined(separator: " + ")
        var lines = [StyledLine([
            Span(title, role: .header),
            Span("  \(plan.instalments.count) \(plan.frequency.rawValue) instalments, \(total), made \(plan.madeOn)", role: .dim),
        ])]
        let statuses = plan.statuses(payments: detail.payments, asOf: context.today)
        for (index, instalment) in plan.instalments.enumerated() {
            let status = statuses.indices.contains(index) ? statuses[index] : nil
            lines.append(StyledLine([
                Span("  \(String(index + 1).leftPadded(3))  \(instalment.dueOn)  \(context.money.string(instalment.amount))"),
                Span(status.map { "  \($0.name)" } ?? "", role: status.map(CaseDocument.role(for:)) ?? .dim),
            ]))
        }
        return lines
    }

    private func historyBlock() -> [StyledLine] {
        let shown = detail.activities.prefix(5)
        var lines = [StyledLine([Span("History", role: .header), Span("  last \(shown.count) of \(detail.activities.count), newest first", role: .dim)])]
        if shown.isEmpty { lines.append(StyledLine("  Nothing has happened on this case yet.", role: .dim)) }
        for activity in shown {
            let when = Timestamp.localString(of: activity.occurredAt, in: context.timeZone)
            lines.append(StyledLine([
                Span("  \(when)  ", role: .dim), Span(activity.actor, role: .label),
                Span("  " + ActivityDescription.summary(activity.detail, money: context.money)),
            ]))
        }
        return lines
    }
}
