import Foundation
import RecourseCore
import TermUI

/// The full preview of one letter: its facts, what changed in the case since it was rendered, and
/// the text exactly as it will be printed (not wrapped, so columns stay aligned; CJK counts double).
struct LetterPreviewScreen {
    private(set) var view: LetterView
    var scroll = ScrollState()

    init(view: LetterView) {
        self.view = view
    }

    /// Shows another letter (J/K, or the same one after a change), from the top when it is a different one.
    mutating func show(_ next: LetterView) {
        if next.id != view.id { scroll = ScrollState() }
        view = next
    }

    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>) -> PreviewCommand {
        guard let action = keymap.action(for: key) else { return .screen(.none) }
        let id = view.id
        switch action {
        case .quit, .back: return .screen(.back)
        case .help: return .screen(.help)
        case .up: scroll.apply(.up)
        case .down: scroll.apply(.down)
        case .pageUp: scroll.apply(.pageUp)
        case .pageDown: scroll.apply(.pageDown)
        case .top: scroll.apply(.home)
        case .bottom: scroll.apply(.end)
        case .approve: return .screen(.letter(.approve, id))
        case .reject: return .screen(.letter(.reject, id))
        case .submit: return .screen(.letter(.submit, id))
        case .rerender: return .screen(.letter(.rerender, id))
        case .nextItem: return .step(1)
        case .previousItem: return .step(-1)
        default: break
        }
        return .screen(.none)
    }

    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, position: (index: Int, count: Int)?) {
        let theme = context.theme
        let letter = view.letter
        let facts = factLines(context: context)
        let parts = Layout.rows(area, [.fixed(1), .fixed(facts.count), .fill(1)])
        buffer.fill(area, style: theme.style(.default))
        buffer.fill(parts[0], style: theme.style(.titleFocus))
        var title = " Letter \(letter.id) · \(letter.caseReference) · \(letter.debtorName) · \(letter.level.label) · \(letter.language) "
        if let position { title += "· \(position.index + 1) of \(position.count) " }
        buffer.put(StyledLine(title, role: .titleFocus), at: Point(x: parts[0].x, y: parts[0].y), maxWidth: parts[0].width, theme: theme)
        for (row, line) in facts.enumerated() {
            buffer.put(line, at: Point(x: parts[1].x + 1, y: parts[1].y + row), maxWidth: max(0, parts[1].width - 2), theme: theme)
        }
        let body = parts[2].inset(top: 0, left: 2, bottom: 0, right: 1)
        let lines = letter.body.split(separator: "\n", omittingEmptySubsequences: false).map { StyledLine(String($0)) }
        TextView(lines: lines, wrap: false).render(into: &buffer, area: body, theme: theme, state: &scroll)
    }

    /// State, people and dates; staleness and rejection in their colours; a rule under them.
    private func factLines(context: RenderContext) -> [StyledLine] {
        let letter = view.letter
        let day = { (date: Date) in Timestamp.localDate(of: date, in: context.timeZone).description }
        var facts = [Span("\(letter.state.rawValue.uppercased())", role: Self.role(letter.state)),
                     Span(" · drafted by \(letter.draftedBy) \(day(letter.draftedAt))", role: .dim)]
        if let decided = letter.decidedBy, let at = letter.decidedAt {
            facts.append(Span(" · \(letter.state == .rejected ? "rejected" : "approved") by \(decided) \(day(at))", role: .dim))
        }
        facts.append(Span(" · total due \(letter.totalDue)", role: .label))
        var lines = [StyledLine(facts)]
        if view.isStale {
            lines.append(StyledLine([
                Span("STALE", role: .error), Span(" — the case changed since rendering: " + view.changes.joined(separator: "; ") + ". Press e to re-render.", role: .warning),
            ]))
        }
        if letter.state == .rejected, let reason = letter.rejectReason {
            lines.append(StyledLine([Span("Rejected: ", role: .error), Span(reason)]))
        }
        if let reason = letter.cancelReason { lines.append(StyledLine([Span("Cancelled: ", role: .dim), Span(reason)])) }
        lines.append(StyledLine(String(repeating: "─", count: 200), role: .border))
        return lines
    }

    private static func role(_ state: LetterState) -> ThemeRole {
        switch state {
        case .submitted: return .warning
        case .approved, .sent: return .success
        case .rejected: return .error
        case .draft, .cancelled: return .label
        }
    }
}

/// What the preview asks of the app.
enum PreviewCommand: Equatable {
    /// A command like any screen's.
    case screen(ScreenCommand)
    /// Move to the next (+1) or previous (-1) letter of the list without going back to it.
    case step(Int)
}
