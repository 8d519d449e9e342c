import Foundation
import RecourseCore

/// The human-readable form of one case for `recourse case`.
struct CaseReport {
    let detail: CaseDetail
    let today: LocalDate
    let money: MoneyFormatter

    func lines() -> [String] {
        let theCase = detail.collectionCase
        let debtor = detail.debtor
        let balance = detail.balance
        var lines: [String] = []
        let stage = theCase.stage == .closed ? "closed (\(theCase.closeReason?.rawValue ?? "?"))" : theCase.stage.rawValue
        lines.append(clean("\(theCase.reference)  \(debtor.name)  [\(stage)]"))
        lines.append(clean("Creditor \(detail.creditor.name) · assigned to \(detail.assignee?.login ?? "nobody") · placed \(theCase.placedOn)"))
        var flags: [String] = []
        if let action = theCase.nextAction, let on = theCase.nextActionOn { flags.append("next: \(action.label) on \(on)") }
        if let callback = theCase.callbackAt { flags.append("callback \(Timestamp.localString(of: callback, in: .current))") }
        if let hold = theCase.holdUntil { flags.append("on hold until \(hold)") }
        if theCase.disputed { flags.append("DISPUTED") }
        if theCase.reviewRequested { flags.append("awaiting review") }
        if !flags.isEmpty { lines.append(flags.joined(separator: " · ")) }
        lines.append("")
        lines.append("Debtor")
        lines.append(clean("  \(debtor.country.englishName) (\(debtor.country.code)), language \(debtor.language), \(debtor.timeZone)"))
        if let registration = debtor.registrationId { lines.append(clean("  Registration \(registration)")) }
        if let vat = debtor.vatId { lines.append(clean("  VAT \(vat)")) }
        lines.append(clean("  " + (debtor.address.lines + ["\(debtor.address.postalCode) \(debtor.address.city)"]).joined(separator: ", ")))
        for contact in debtor.contacts {
            let phone = (contact.phone ?? "no phone") + (contact.phoneInvalid ? " (invalid)" : "")
            lines.append(clean("  ☎ \(contact.name), \(contact.role): \(phone) \(contact.email ?? "")"))
        }
        lines.append("")
        lines += escalationLines()
        var claims = TextTable([
            .init(title: "Invoice", alignment: .left, maxWidth: 20), .init(title: "Issued", alignment: .left, maxWidth: 10),
            .init(title: "Due", alignment: .left, maxWidth: 10), .init(title: "Amount", alignment: .right, maxWidth: 24),
            .init(title: "Outstanding", alignment: .right, maxWidth: 24), .init(title: "Days", alignment: .right, maxWidth: 4),
            .init(title: "", alignment: .left, maxWidth: 8),
        ])
        for claim in detail.claims {
            claims.append([
                claim.invoiceNumber, claim.issuedOn.description, claim.dueOn.description, money.string(claim.amount),
                money.string(claim.outstanding), String(claim.daysOverdue(asOf: today)), claim.disputed ? "disputed" : "",
            ])
        }
        lines += claims.render()
        let totals = balance.outstanding.amounts.map { money.string($0) }.joined(separator: " + ")
        lines.append("Outstanding \(totals.isEmpty ? "nothing" : totals), \(balance.daysPastDue(asOf: today)) days past due")
        if let active = detail.activePromise {
            let status = active.status(asOf: today).name
            lines.append("Promise \(money.string(active.promise.amount)) by \(active.promise.dueOn): \(status), paid \(money.string(active.paid))")
        }
        lines.append("")
        lines.append("History (newest first)")
        for activity in detail.activities {
            let when = Timestamp.localString(of: activity.occurredAt, in: .current)
            lines.append(clean("  \(when)  \(activity.actor)  \(ActivityDescription.summary(activity.detail, money: money))"))
        }
        return lines
    }

    /// The "Legal" and "Insolvency claim" blocks, each followed by a blank line, when the case has them.
    private func escalationLines() -> [String] {
        var lines: [String] = []
        let amounts = { (list: [Money]) in list.isEmpty ? "—" : list.map { money.string($0) }.joined(separator: " + ") }
        if let legal = detail.legal {
            lines.append("Legal")
            if let lawyer = legal.lawyer {
                let contact = [lawyer.email, lawyer.phone].compactMap { $0 }.joined(separator: " · ")
                lines.append(clean("  Lawyer           \(lawyer.name), \(lawyer.firm) (\(lawyer.country.code))" + (contact.isEmpty ? "" : "  \(contact)")))
            }
            lines.append("  Instructed on    \(legal.instructedOn)")
            lines.append("  Estimated costs  \(money.string(legal.estimatedCosts))")
            lines.append("  Costs so far     \(amounts(legal.costsSoFar.map { [$0] } ?? []))")
            lines.append(clean("  Court reference  \(legal.courtReference ?? "—")"))
            lines.append("  Hearings         \(legal.hearings.isEmpty ? "none set" : legal.hearings.map(\.description).joined(separator: ", "))")
            lines.append(clean("  Next step        \(legal.nextStep)"))
            lines.append("")
        }
        if let claim = detail.insolvency {
            var deadline = claim.filingDeadline.description
            let left = today.days(until: claim.filingDeadline)
            if claim.filedOn == nil && left < 0 { deadline += "  PASSED \(-left) days ago, not filed" }
            else if claim.filedOn == nil && left <= 7 { deadline += "  in \(left) days, not filed" }
            lines.append("Insolvency claim")
            lines.append(clean("  Practitioner     \(claim.practitioner)"))
            lines.append("  Filing deadline  \(deadline)")
            lines.append("  Filed on         \(claim.filedOn?.description ?? "not yet")")
            lines.append("  Claimed          \(amounts(claim.claimed))")
            lines.append("  Admitted         \(amounts(claim.admitted))")
            lines.append("  Dividend         \(amounts(claim.dividend))")
            lines.append("")
        }
        return lines
    }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }
}

