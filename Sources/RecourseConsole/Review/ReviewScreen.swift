import Foundation
import RecourseCore
import TermUI

/// Screen 3: the cases waiting for a supervisor's decision, oldest request first. Caseworkers see
/// the same list read-only.
struct ReviewScreen {
    private(set) var items: [ReviewItem] = []
    private(set) var loadError: String?
    var list = ListState()

    /// The item on the selected row.
    var selected: ReviewItem? {
        list.selection(rowCount: items.count).map { items[$0] }
    }

    /// Loads (or reloads) the queue, keeping the selected item selected when it is still there.
    mutating func load(_ services: any ConsoleServices) {
        let previous = selected
        fetch(services)
        if let previous, let row = row(of: previous) {
            list.apply(.to(row), rowCount: items.count)
        } else {
            list.clamp(rowCount: items.count)
        }
    }

    /// Reloads after a decision on `item`: the selection moves to the item that followed it.
    mutating func reload(afterDeciding item: ReviewItem, _ services: any ConsoleServices) {
        let before = items
        let position = row(of: item) ?? list.selected
        fetch(services)
        let next = before.dropFirst(position + 1).first { row(of: $0) != nil }
        if let next, let row = row(of: next) {
            list.apply(.to(row), rowCount: items.count)
        } else {
            list.apply(.end, rowCount: items.count)
        }
    }

    /// Selects the item `offset` rows away; nil when there is none.
    mutating func step(by offset: Int) -> ReviewItem? {
        guard let current = list.selection(rowCount: items.count), items.indices.contains(current + offset) else { return nil }
        list.apply(.to(current + offset), rowCount: items.count)
        return items[current + offset]
    }

    /// The row of an item: a case may be listed twice, for a review and for a plan awaiting approval.
    private func row(of item: ReviewItem) -> Int? {
        items.firstIndex { $0.reference == item.reference && $0.reason == item.reason }
    }

    private mutating func fetch(_ services: any ConsoleServices) {
        do {
            items = try services.review.queue()
            loadError = nil
        } catch {
            items = []
            loadError = "could not load the review queue: \(error)"
        }
    }

    /// Handles a key on the list.
    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>, services: any ConsoleServices) -> ScreenCommand {
        guard let action = keymap.action(for: key) else { return .none }
        if let kind = DecisionKind(action: action) { return selected.map { .decide(kind, $0) } ?? .none }
        switch action {
        case .quit, .back: return .quit
        case .help: return .help
        case .up: list.apply(.up, rowCount: items.count)
        case .down: list.apply(.down, rowCount: items.count)
        case .pageUp: list.apply(.pageUp, rowCount: items.count)
        case .pageDown: list.apply(.pageDown, rowCount: items.count)
        case .top: list.apply(.home, rowCount: items.count)
        case .bottom: list.apply(.end, rowCount: items.count)
        case .refresh: load(services)
        case .open: return selected.map(ScreenCommand.openReview) ?? .none
        case .queueScreen: return .showQueue
        case .lettersScreen: return .showLetters
        case .unmatchedScreen: return .showPayments
        case .runLadder: return .runLadder
        default: break
        }
        return .none
    }

    /// Draws the title, the read-only line for caseworkers, and the table.
    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, session: Session, ladder: LadderPolicy?) {
        let readOnly = !session.user.role.canSupervise
        let parts = Layout.rows(area, [.fixed(1), .fixed(readOnly ? 1 : 0), .fill(1)])
        renderTitle(into: &buffer, area: parts[0], theme: context.theme)
        if readOnly {
            buffer.fill(parts[1], style: context.theme.style(.default))
            let line = StyledLine([
                Span(" Read-only: ", role: .warning), Span("decisions are for supervisors. ", role: .default),
                Span("Press v on a case to ask for one.", role: .dim),
            ])
            buffer.put(line.truncated(toWidth: parts[1].width), at: parts[1].origin, maxWidth: parts[1].width, theme: context.theme)
        }
        ReviewTable(items: items, context: context, ladder: ladder, emptyMessage: emptyMessage(session))
            .render(into: &buffer, area: parts[2], state: &list)
    }

    private func emptyMessage(_ session: Session) -> String {
        if let loadError { return loadError }
        return "Nothing waits for a decision. Cases arrive when the ladder runs out, a debtor refuses to pay, or someone presses v on a case."
    }

    private func renderTitle(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, style: theme.style(.default))
        Tabs(titles: ["Review queue (\(items.count) waiting)"], selected: 0).render(into: &buffer, area: area, theme: theme)
        var counts: [(ReviewReason, Int)] = []
        for reason in ReviewReason.allCases {
            let count = items.filter { $0.reason == reason }.count
            if count > 0 { counts.append((reason, count)) }
        }
        var spans: [Span] = []
        for (offset, entry) in counts.enumerated() {
            if offset > 0 { spans.append(Span(" · ", role: .dim)) }
            spans.append(Span("\(entry.1) \(entry.0.label)", role: ReviewTable.role(entry.0) ?? .default))
        }
        let line = StyledLine(spans)
        let width = min(line.width, max(0, area.width - 30))
        guard width > 0 else { return }
        buffer.put(line.truncated(toWidth: width), at: Point(x: area.x + area.width - width - 1, y: area.y), maxWidth: width, theme: theme)
    }
}
