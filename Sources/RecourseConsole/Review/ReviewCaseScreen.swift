import Foundation
import RecourseCore
import TermUI

/// A review item's case summary on the whole screen, with the decision keys at hand and J/K to
/// step through the queue without going back to it.
struct ReviewCaseScreen {
    let item: ReviewItem
    let detail: CaseDetail
    let interest: ReviewInterest
    /// The debtor country's OECD risk category, when the ladder policy classifies it.
    let risk: CountryRisk?
    var scroll = ScrollState()

    /// What a key asks of the app.
    enum Command: Equatable {
        /// A command like any screen's.
        case screen(ScreenCommand)
        /// The next (+1) or previous (-1) item of the queue.
        case step(Int)
    }

    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>) -> Command {
        guard let action = keymap.action(for: key) else { return .screen(.none) }
        if let kind = DecisionKind(action: action) { return .screen(.decide(kind, item)) }
        switch action {
        case .quit, .back: return .screen(.back)
        case .help: return .screen(.help)
        case .up: scroll.apply(.up)
        case .down: scroll.apply(.down)
        case .pageUp: scroll.apply(.pageUp)
        case .pageDown: scroll.apply(.pageDown)
        case .top: scroll.apply(.home)
        case .bottom: scroll.apply(.end)
        case .nextItem: return .step(1)
        case .previousItem: return .step(-1)
        default: break
        }
        return .screen(.none)
    }

    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, position: (index: Int, count: Int)?) {
        let theme = context.theme
        let parts = Layout.rows(area, [.fixed(1), .fill(1)])
        buffer.fill(area, style: theme.style(.default))
        buffer.fill(parts[0], style: theme.style(.titleFocus))
        var title = " Review · \(item.reference) · \(item.debtorName) · \(item.reason.label) "
        if let position { title += "· \(position.index + 1) of \(position.count) " }
        buffer.put(StyledLine(title, role: .titleFocus), at: parts[0].origin, maxWidth: parts[0].width, theme: theme)
        let body = parts[1].inset(top: 0, left: 1, bottom: 0, right: 1)
        let summary = ReviewSummary(item: item, detail: detail, interest: interest, risk: risk, context: context)
        TextView(lines: summary.lines(width: body.width), wrap: false).render(into: &buffer, area: body, theme: theme, state: &scroll)
    }
}
