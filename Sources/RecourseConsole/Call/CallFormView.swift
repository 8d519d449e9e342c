import Foundation
import RecourseCore
import TermUI

/// Draws the call form: the case it belongs to, the last three activities, the fields with
/// their problems beside them, and what the outcome will record (a plan's schedule, a callback
/// in both time zones).
struct CallFormView {
    let context: RenderContext
    let clock: DebtorClock

    private let labelWidth = 13

    /// Draws `form` into `area`; returns the cursor of the focused field.
    func render(_ form: inout CallForm, into buffer: inout Buffer, area: Rect) -> Point? {
        let theme = context.theme
        buffer.fill(area, style: theme.style(.default))
        var y = area.y
        y = renderHeader(form, into: &buffer, area: area, y: y)
        var cursor: Point?
        let bottom = area.maxY
        for field in form.fields where y < bottom {
            let row = Rect(x: area.x, y: y, width: area.width, height: field == .note ? max(1, min(6, bottom - y)) : 1)
            let focused = form.focus == field
            buffer.put(field.label, at: Point(x: row.x + 1, y: y), maxWidth: labelWidth - 1,
                       style: theme.style(focused ? .titleFocus : .label))
            let inputWidth = field == .note ? max(10, area.width - labelWidth - 2) : min(34, max(10, area.width / 2 - labelWidth))
            let input = Rect(x: row.x + labelWidth, y: y, width: inputWidth, height: row.height)
            if let point = renderField(field, form: &form, into: &buffer, area: input, focused: focused) { cursor = point }
            let asideX = input.maxX + 1
            let aside = Rect(x: asideX, y: y, width: max(0, area.maxX - asideX), height: 1)
            if let problem = form.problem(for: field) {
                buffer.put("✗ " + problem, at: Point(x: aside.x, y: y), maxWidth: aside.width, style: theme.style(.error))
            } else if field != .note {
                buffer.put(StyledLine(hint(field, form: form)), at: Point(x: aside.x, y: y), maxWidth: aside.width, theme: theme)
            }
            y += row.height
            for line in extraLines(field, form: form) where y < bottom {
                buffer.put(line, at: Point(x: area.x + labelWidth, y: y), maxWidth: area.width - labelWidth, theme: theme)
                y += 1
            }
        }
        if form.confirmingDiscard {
            let dialog = Dialog(title: "Discard this call?", body: [
                StyledLine("What you typed has not been saved."),
                StyledLine("y: discard it   Enter, Esc or any other key: keep editing", role: .dim),
            ], buttons: ["Discard", "Keep editing"], selectedButton: 1)
            dialog.render(into: &buffer, area: area, theme: theme)
            return nil
        }
        return cursor
    }

    private func renderHeader(_ form: CallForm, into buffer: inout Buffer, area: Rect, y start: Int) -> Int {
        let theme = context.theme
        let detail = form.detail
        var y = start
        buffer.fill(area.row(0), style: theme.style(.titleFocus))
        buffer.put(" Log call · \(detail.collectionCase.reference) · \(detail.debtor.name)", at: Point(x: area.x, y: y),
                   maxWidth: area.width, style: theme.style(.titleFocus))
        y += 1
        let balance = detail.balance
        var facts = [Span(" Outstanding ", role: .label),
                     Span(balance.outstanding.nonZero.map { context.money.string($0) }.joined(separator: " + "))]
        facts.append(Span(" · \(balance.daysPastDue(asOf: context.today)) d past due", role: .dim))
        if let local = clock.localTime(detail.debtor.timeZone, now: context.now) {
            facts.append(Span(" · their time \(local.text)", role: local.businessHours ? .default : .muted))
        }
        if let promise = detail.activePromise {
            facts.append(Span(" · promise \(context.money.string(promise.promise.amount)) by \(promise.promise.dueOn)", role: .promised))
        }
        buffer.put(StyledLine(facts), at: Point(x: area.x, y: y), maxWidth: area.width, theme: theme)
        y += 1
        for activity in detail.activities.prefix(3) {
            let when = Timestamp.localString(of: activity.occurredAt, in: context.timeZone)
            let text = "  \(when)  \(activity.actor)  " + ActivityDescription.summary(activity.detail, money: context.money)
            buffer.put(text, at: Point(x: area.x, y: y), maxWidth: area.width, style: theme.style(.dim))
            y += 1
        }
        if let error = form.saveError {
            buffer.put(" Not saved: \(error)", at: Point(x: area.x, y: y), maxWidth: area.width, style: theme.style(.error))
        } else if !form.problems.isEmpty {
            let count = form.problems.messages.count
            buffer.put(" \(count == 1 ? "1 field needs" : "\(count) fields need") attention before saving",
                       at: Point(x: area.x, y: y), maxWidth: area.width, style: theme.style(.warning))
        } else {
            buffer.put(String(repeating: "─", count: max(0, area.width)), at: Point(x: area.x, y: y), maxWidth: area.width,
                       style: theme.style(.border))
        }
        return y + 1
    }

    private func renderField(_ field: CallFormField, form: inout CallForm, into buffer: inout Buffer, area: Rect, focused: Bool) -> Point? {
        let theme = context.theme
        switch field {
        case .contact, .direction, .planFrequency:
            let text = "‹ " + DisplayWidth.fit(choiceText(field, form: form), toWidth: max(1, area.width - 4)) + " ›"
            buffer.fill(area, style: theme.style(focused ? .fieldFocus : .field))
            buffer.put(text, at: Point(x: area.x, y: area.y), maxWidth: area.width, style: theme.style(focused ? .fieldFocus : .field))
            return nil
        case .note:
            buffer.fill(area, style: theme.style(focused ? .fieldFocus : .field))
            return form.note.render(into: &buffer, area: area, theme: theme, focused: focused)
        default:
            return form.inputs[field]?.render(into: &buffer, area: area, theme: theme, focused: focused)
        }
    }

    private func choiceText(_ field: CallFormField, form: CallForm) -> String {
        switch field {
        case .contact:
            let contacts = form.detail.debtor.contacts
            if form.contactIndex == 0 { return "nobody in particular" }
            if form.contactIndex > contacts.count { return "+ new contact" }
            let contact = contacts[form.contactIndex - 1]
            return "\(contact.name), \(contact.role)"
        case .direction: return form.direction.rawValue
        case .planFrequency: return form.frequency.rawValue
        default: return ""
        }
    }

    private func hint(_ field: CallFormField, form: CallForm) -> [Span] {
        switch field {
        case .contact:
            let contacts = form.detail.debtor.contacts
            guard form.contactIndex > 0, form.contactIndex <= contacts.count else { return [Span("←/→ choose", role: .dim)] }
            let contact = contacts[form.contactIndex - 1]
            let phone = contact.phone.map { $0 + (contact.phoneInvalid ? " (wrong number)" : "") } ?? "no phone"
            return [Span(phone, role: contact.phoneInvalid ? .warning : .default)]
        case .outcome:
            guard let outcome = form.outcome else {
                return [Span(CallOutcome.allCases.map(\.rawValue).joined(separator: " ") + "  (←/→)", role: .dim)]
            }
            return [Span(outcome.meaning, role: .success)]
        case .promiseAmount:
            return [Span("≤ " + form.detail.balance.outstanding.nonZero.map { context.money.string($0) }.joined(separator: " + "), role: .dim)]
        case .promiseDate:
            return [Span("by \(context.today.adding(days: 30)) within policy", role: .dim)]
        case .callback:
            return callbackPreview(form)
        case .direction, .planFrequency:
            return [Span("←/→ change", role: .dim)]
        default:
            return []
        }
    }

    private func callbackPreview(_ form: CallForm) -> [Span] {
        let parts = form.text(.callback).split(separator: " ")
        guard parts.count == 2, let day = try? LocalDate.parse(String(parts[0])), let zone = clock.zone(form.detail.debtor.timeZone) else {
            return [Span(form.detail.debtor.timeZone, role: .dim)]
        }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard time.count == 2 else { return [Span(form.detail.debtor.timeZone, role: .dim)] }
        let instant = Timestamp.instant(of: day, minuteOfDay: time[0] * 60 + time[1], in: zone)
        return [Span("= \(Timestamp.localString(of: instant, in: context.timeZone)) your time", role: .promised)]
    }

    /// Lines under a field: a plan's schedule, the claims a dispute can name.
    private func extraLines(_ field: CallFormField, form: CallForm) -> [StyledLine] {
        switch field {
        case .planFrequency:
            guard let plan = form.planPreview else { return [] }
            var lines = plan.instalments.prefix(6).enumerated().map { index, instalment in
                StyledLine("\(String(index + 1).leftPadded(3))  \(instalment.dueOn)  \(context.money.string(instalment.amount))", role: .dim)
            }
            if plan.instalments.count > 6 { lines.append(StyledLine("  … \(plan.instalments.count - 6) more", role: .dim)) }
            if plan.awaitingApproval { lines.append(StyledLine("  beyond policy: will await a supervisor's approval", role: .warning)) }
            return lines
        case .disputedClaims:
            return form.detail.claims.enumerated().map { index, claim in
                StyledLine("\(String(index + 1).leftPadded(3))  \(claim.invoiceNumber)  \(context.money.string(claim.outstanding))", role: .dim)
            }
        default:
            return []
        }
    }
}

extension String {
    /// Right-aligned in `width` columns with spaces.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
