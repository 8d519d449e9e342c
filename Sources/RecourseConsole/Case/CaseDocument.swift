import Foundation
import RecourseCore
import TermUI

/// The case screen's content as styled lines: debtor, contacts, the case, the lawyer's matter or
/// insolvency claim, claims with totals, history.
struct CaseDocument {
    let detail: CaseDetail
    let context: RenderContext
    let clock: DebtorClock

    /// The lines for a width (the claims table is laid out to it).
    func lines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines += debtorBlock()
        lines.append("")
        lines += caseBlock()
        lines.append("")
        lines += EscalationBlocks(detail: detail, context: context).lines()
        lines += ClaimsBlock(detail: detail, context: context).lines(width: width)
        lines.append("")
        lines += TimelineBlock(detail: detail, context: context).lines(width: width)
        return lines
    }

    private func debtorBlock() -> [StyledLine] {
        let debtor = detail.debtor
        var lines: [StyledLine] = [StyledLine([Span("Debtor", role: .header)])]
        var place = [Span("  \(debtor.country.englishName) (\(debtor.country.code)) · \(debtor.language) · \(debtor.timeZone)")]
        if let local = clock.localTime(debtor.timeZone, now: context.now) {
            place.append(Span(" · local time \(local.text)", role: local.businessHours ? .default : .muted))
            if !local.businessHours { place.append(Span(" (outside business hours)", role: .muted)) }
        }
        lines.append(StyledLine(place))
        let ids = [debtor.registrationId, debtor.vatId.map { "VAT \($0)" }].compactMap { $0 }
        if !ids.isEmpty { lines.append(StyledLine("  " + ids.joined(separator: " · "))) }
        let address = debtor.address.lines + ["\(debtor.address.postalCode) \(debtor.address.city)"]
        lines.append(StyledLine("  " + address.joined(separator: ", ")))
        if debtor.contacts.isEmpty {
            lines.append(StyledLine("  No contacts on file.", role: .dim))
        }
        for contact in debtor.contacts {
            var spans = [Span("  ☎ "), Span(contact.name), Span(", \(contact.role)", role: .label)]
            if let phone = contact.phone {
                spans.append(Span("  \(phone)", role: contact.phoneInvalid ? .disabled : .default))
                if contact.phoneInvalid { spans.append(Span(" (wrong number)", role: .warning)) }
            }
            if let email = contact.email { spans.append(Span("  \(email)", role: .dim)) }
            lines.append(StyledLine(spans))
        }
        return lines
    }

    private func caseBlock() -> [StyledLine] {
        let theCase = detail.collectionCase
        var lines: [StyledLine] = [StyledLine([Span("Case", role: .header)])]
        lines.append(StyledLine([
            Span("  Creditor ", role: .label), Span(detail.creditor.name),
            Span("   Assigned ", role: .label), Span(detail.assignee.map { "\($0.displayName) (\($0.login))" } ?? "nobody"),
            Span("   Placed ", role: .label), Span(theCase.placedOn.description),
        ]))
        var stage = [Span("  Stage ", role: .label), Span(stageText(theCase), role: stageRole(theCase.stage))]
        if let action = theCase.nextAction, let on = theCase.nextActionOn {
            stage += [Span("   Next ", role: .label), Span("\(action.label) on \(on)", role: on < context.today ? .overdue : .default)]
        }
        lines.append(StyledLine(stage))
        if let callback = theCase.callbackAt {
            var spans = [Span("  Callback ", role: .label), Span(Timestamp.localString(of: callback, in: context.timeZone),
                                                               role: callback <= context.now ? .callbackDue : .default)]
            if let zone = clock.zone(detail.debtor.timeZone) {
                spans.append(Span(" (\(Timestamp.clockTime(of: callback, in: zone)) debtor's time)", role: .dim))
            }
            lines.append(StyledLine(spans))
        }
        var flags: [Span] = []
        if theCase.disputed { flags.append(Span("disputed: ladder paused", role: .disputed)) }
        if let hold = theCase.holdUntil, hold > context.today { flags.append(Span("on hold until \(hold)", role: .warning)) }
        if theCase.reviewRequested { flags.append(Span("awaiting supervisor review", role: .escalated)) }
        if !flags.isEmpty {
            var spans = [Span("  Flags ", role: .label)]
            for (offset, flag) in flags.enumerated() {
                if offset > 0 { spans.append(Span(" · ", role: .dim)) }
                spans.append(flag)
            }
            lines.append(StyledLine(spans))
        }
        if let active = detail.activePromise {
            let status = active.status(asOf: context.today)
            lines.append(StyledLine([
                Span("  Promise ", role: .label),
                Span("\(context.money.string(active.promise.amount)) by \(active.promise.dueOn)"),
                Span(" — \(status.name)", role: Self.role(for: status)),
                Span(" (paid \(context.money.string(active.paid)))", role: .dim),
            ]))
        }
        return lines
    }

    private func stageText(_ theCase: CollectionCase) -> String {
        theCase.stage == .closed ? "closed (\(theCase.closeReason?.rawValue ?? "?"))" : theCase.stage.rawValue
    }

    private func stageRole(_ stage: Stage) -> ThemeRole {
        switch stage {
        case .legal, .insolvency: return .escalated
        case .closed: return .success
        default: return .default
        }
    }

    /// The role a promise status is drawn in.
    static func role(for status: PromiseStatus) -> ThemeRole {
        switch status {
        case .pending: return .promised
        case .kept: return .success
        case .broken: return .brokenPromise
        }
    }
}
