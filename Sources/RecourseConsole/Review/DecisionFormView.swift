import Foundation
import RecourseCore
import TermUI

/// Draws a decision dialog over the screen: the case in one line, the fields with a hint or their
/// problem under each, and what Enter does — or the write-off question.
struct DecisionFormView {
    let context: RenderContext

    private let labelWidth = 14
    private let visibleLawyers = 4

    /// A row of the dialog's content.
    private enum Row {
        case line(StyledLine)
        case input(DecisionField)
        case lawyer(Int, first: Bool)
    }

    /// Draws `form` centred in `area`; returns the cursor of the focused field.
    func render(_ form: inout DecisionForm, into buffer: inout Buffer, area: Rect) -> Point? {
        let theme = context.theme
        let rows = self.rows(form)
        let width = min(80, max(40, area.width - 4))
        let box = area.centered(Size(width: width, height: min(area.height, rows.count + 2)))
        guard box.width >= 20, box.height >= 3 else { return nil }
        buffer.fill(box, style: theme.style(.default))
        let block = Block(title: "\(form.kind.title) · \(form.item.reference)", focused: true)
        block.render(into: &buffer, area: box, theme: theme)
        let inner = block.inner(box).inset(left: 1, right: 1)
        var cursor: Point?
        for (offset, row) in rows.prefix(inner.height).enumerated() {
            let y = inner.y + offset
            switch row {
            case .line(let line):
                buffer.put(line.truncated(toWidth: inner.width), at: Point(x: inner.x, y: y), maxWidth: inner.width, theme: theme)
            case .input(let field):
                let focused = form.focus == field && !form.confirming
                label(field.label, focused: focused, into: &buffer, at: Point(x: inner.x, y: y))
                let input = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
                if let point = form.inputs[field]?.render(into: &buffer, area: input, theme: theme, focused: focused) { cursor = point }
            case .lawyer(let index, let first):
                let focused = form.focus == .lawyer && !form.confirming
                if first { label(DecisionField.lawyer.label, focused: focused, into: &buffer, at: Point(x: inner.x, y: y)) }
                let lawyer = form.lawyers[index]
                let selected = index == form.lawyerIndex
                let role: ThemeRole = selected ? (focused ? .selectionFocus : .selectionBlur) : .default
                let area = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
                buffer.fill(area, style: theme.style(role))
                let contact = [lawyer.email, lawyer.phone].compactMap { $0 }.joined(separator: " · ")
                let line = StyledLine([Span((selected ? "› " : "  ") + "\(lawyer.name), \(lawyer.firm)", role: role),
                                       Span(contact.isEmpty ? "" : "  \(contact)", role: selected ? role : .dim)])
                buffer.put(line.truncated(toWidth: area.width), at: area.origin, maxWidth: area.width, theme: theme, base: theme.style(role))
            }
        }
        return form.confirming ? nil : cursor
    }

    private func label(_ text: String, focused: Bool, into buffer: inout Buffer, at point: Point) {
        buffer.put(text, at: point, maxWidth: labelWidth - 1, style: context.theme.style(focused ? .titleFocus : .label))
    }

    private func rows(_ form: DecisionForm) -> [Row] {
        let item = form.item
        let owed = item.outstanding.map { context.money.string($0) }.joined(separator: " + ")
        var rows: [Row] = [.line(StyledLine([
            Span(item.debtorName), Span(" · \(item.country.code)", role: .dim), Span(" · \(owed.isEmpty ? "nothing outstanding" : owed)", role: .label),
            Span(" · \(item.reason.label)", role: .dim),
        ]))]
        if form.kind.isPlanDecision { rows += planLines(form.plan).map(Row.line) }
        rows.append(.line(""))
        for field in form.kind.fields {
            if field == .lawyer {
                rows += lawyerRows(form)
            } else {
                rows.append(.input(field))
            }
            if let problem = form.problems[field] {
                rows.append(.line(StyledLine([Span(String(repeating: " ", count: labelWidth)), Span("✗ " + problem, role: .error)])))
            } else {
                rows.append(.line(StyledLine([Span(String(repeating: " ", count: labelWidth)), Span(hint(field, form: form), role: .dim)])))
            }
        }
        if form.confirming {
            rows.append(.line(StyledLine("Write off \(item.reference) for \(owed.isEmpty ? "nothing" : owed)? y/n", role: .warning)))
        } else {
            let enter = form.kind == .approvePlan ? "Enter approves" : form.kind == .writeOff ? "Enter asks to confirm" : "Enter decides"
            let tab = form.kind.fields.count > 1 ? " · Tab next field" : ""
            rows.append(.line(StyledLine("\(enter)\(tab) · Esc cancels", role: .dim)))
        }
        return rows
    }

    private func lawyerRows(_ form: DecisionForm) -> [Row] {
        guard !form.lawyers.isEmpty else {
            let country = "\(form.item.country.englishName) (\(form.item.country.code))"
            return [
                .line(StyledLine([Span(DisplayWidth.fit("Lawyer", toWidth: labelWidth), role: .label),
                                  Span("The directory has no lawyer for \(country).", role: .warning)])),
                .line(StyledLine([Span(String(repeating: " ", count: labelWidth)),
                                  Span("Add one: recourse lawyers add NAME --firm FIRM --country \(form.item.country.code)", role: .dim)])),
            ]
        }
        let count = form.lawyers.count
        let shown = min(count, visibleLawyers)
        let start = max(0, min(form.lawyerIndex - shown + 1, count - shown))
        return (start..<(start + shown)).map { Row.lawyer($0, first: $0 == start) }
    }

    private func hint(_ field: DecisionField, form: DecisionForm) -> String {
        switch field {
        case .lawyer:
            guard !form.lawyers.isEmpty else { return "" }
            return "\(form.lawyerIndex + 1) of \(form.lawyers.count) in \(form.item.country.code) · ←/→ or j/k chooses"
        case .costs: return "in \(form.currency.code) unless another code is typed before the amount"
        case .nextStep: return "e.g. letter before action, then a payment order"
        case .practitioner: return "as named in the insolvency notice"
        case .deadline: return "the last day to lodge the claim"
        case .claimed: return form.claimNote ?? ""
        case .until: return "the ladder's review falls due again on that day"
        case .reason: return form.kind == .writeOff ? "closes the case; pending letters are cancelled" : "recorded with the decision"
        case .note: return "the caseworker reads it in the case's history"
        }
    }

    /// The plan waiting for approval: its terms and the first instalments.
    private func planLines(_ plan: PaymentPlan?) -> [StyledLine] {
        guard let plan else { return [StyledLine("The plan could not be found on the case.", role: .warning)] }
        let total = MoneyBag(plan.instalments.map(\.amount)).nonZero.map { context.money.string($0) }.joined(separator: " + ")
        let span = [plan.instalments.first, plan.instalments.last].compactMap { $0?.dueOn.description }.joined(separator: " – ")
        var lines = [StyledLine([
            Span("Plan ", role: .label), Span("\(plan.instalments.count) \(plan.frequency.rawValue) instalments, \(total)"),
            Span(span.isEmpty ? "" : ", \(span)", role: .dim),
        ])]
        for (index, instalment) in plan.instalments.prefix(4).enumerated() {
            lines.append(StyledLine("  \(String(index + 1).leftPadded(2))  \(instalment.dueOn)  \(context.money.string(instalment.amount))", role: .dim))
        }
        if plan.instalments.count > 4 { lines.append(StyledLine("  … \(plan.instalments.count - 4) more", role: .dim)) }
        return lines
    }
}
