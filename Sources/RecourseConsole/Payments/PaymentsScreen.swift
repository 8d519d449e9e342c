import Foundation
import RecourseCore
import TermUI

/// Screen 4: the open unmatched payments, oldest first. Supervisors assign them to a case or set
/// them aside as not ours; caseworkers see the same list read-only.
struct PaymentsScreen {
    private(set) var items: [UnmatchedPayment] = []
    private(set) var loadError: String?
    var list = ListState()

    /// The payment on the selected row.
    var selected: UnmatchedPayment? {
        list.selection(rowCount: items.count).map { items[$0] }
    }

    /// Loads (or reloads) the list, keeping the selected row's place.
    mutating func load(_ services: any ConsoleServices) {
        let previous = list.selected
        do {
            items = try services.payments.unmatched()
            loadError = nil
        } catch {
            items = []
            loadError = "could not load the unmatched payments: \(error)"
        }
        list.apply(.to(min(previous, max(0, items.count - 1))), rowCount: items.count)
    }

    /// Handles a key on the list.
    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>, services: any ConsoleServices) -> ScreenCommand {
        guard let action = keymap.action(for: key) else { return .none }
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
        case .open, .assignPayment: return selected.map(ScreenCommand.assignPayment) ?? .none
        case .notOurs: return selected.map(ScreenCommand.notOurs) ?? .none
        case .queueScreen: return .showQueue
        case .lettersScreen: return .showLetters
        case .reviewScreen: return .showReview
        default: break
        }
        return .none
    }

    /// Draws the title, the read-only line for caseworkers, and the table.
    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, session: Session) {
        let readOnly = !session.user.role.canSupervise
        let parts = Layout.rows(area, [.fixed(1), .fixed(readOnly ? 1 : 0), .fill(1)])
        buffer.fill(parts[0], style: context.theme.style(.default))
        Tabs(titles: ["Unmatched payments (\(items.count) open)"], selected: 0).render(into: &buffer, area: parts[0], theme: context.theme)
        if readOnly {
            buffer.fill(parts[1], style: context.theme.style(.default))
            let line = StyledLine([Span(" Read-only: ", role: .warning), Span("supervisors assign payments or set them aside.", role: .default)])
            buffer.put(line.truncated(toWidth: parts[1].width), at: parts[1].origin, maxWidth: parts[1].width, theme: context.theme)
        }
        let items = self.items
        let money = context.money
        let wide = area.width >= 110
        var columns = [
            TableColumn("#", width: .fixed(5), alignment: .right), TableColumn("Date", width: .fixed(10)),
            TableColumn("Amount", width: .fixed(16), alignment: .right), TableColumn("Payer", width: .fill(1)),
            TableColumn("Reference / remittance", width: .fill(1)),
        ]
        if wide { columns.append(TableColumn("Why unmatched", width: .fill(1))) }
        let empty = loadError ?? "No unmatched payment. Payments arrive with `recourse import payments FILE`."
        let table = Table(columns: columns, rowCount: items.count, emptyMessage: empty) { row in
            let item = items[row]
            let text = [item.reference, item.remittance].compactMap { $0 }.joined(separator: " ")
            var cells = [
                TableCell(String(item.id)), TableCell(item.receivedOn.description), TableCell(money.string(item.amount)),
                TableCell(item.payer ?? "—", role: item.payer == nil ? .dim : nil), TableCell(text.isEmpty ? "—" : text, role: text.isEmpty ? .dim : nil),
            ]
            if wide { cells.append(TableCell(item.why, role: .dim)) }
            return cells
        }
        table.render(into: &buffer, area: parts[2], theme: context.theme, state: &list)
    }
}
