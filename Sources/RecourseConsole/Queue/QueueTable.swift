import Foundation
import RecourseCore
import TermUI

/// The queue as a table: columns chosen for the width, rows built only for what is on screen.
struct QueueTable {
    let entries: [QueueEntry]
    let visible: [Int]
    let context: RenderContext
    let emptyMessage: String

    /// Which columns fit: everything from 120 columns, no next action below 110, a lean set at 80.
    private enum Column: CaseIterable {
        case rank, reference, debtor, country, stage, outstanding, days, next, local, reason
    }

    private func columns(width: Int) -> [Column] {
        if width >= 120 { return Column.allCases }
        if width >= 100 { return [.rank, .reference, .debtor, .country, .stage, .outstanding, .days, .local, .reason] }
        return [.rank, .reference, .debtor, .country, .outstanding, .days, .local, .reason]
    }

    private func header(_ column: Column, width: Int) -> TableColumn {
        switch column {
        case .rank: return TableColumn("#", width: .fixed(5), alignment: .right)
        case .reference: return TableColumn("Reference", width: .fixed(9))
        case .debtor: return TableColumn("Debtor", width: .fill(width >= 140 ? 3 : width >= 100 ? 1 : 2))
        case .country: return TableColumn("CC", width: .fixed(2))
        case .stage: return TableColumn("Stage", width: .fixed(10))
        case .outstanding: return TableColumn("Outstanding", width: .fixed(width >= 150 ? 31 : width >= 140 ? 19 : width >= 100 ? 16 : 15), alignment: .right)
        case .days: return TableColumn("Days", width: .fixed(4), alignment: .right)
        case .next: return TableColumn("Next", width: .fixed(14))
        case .local: return TableColumn("Local", width: .fixed(5))
        case .reason: return TableColumn("Reason", width: .fill(width >= 140 ? 2 : width >= 100 ? 1 : 3))
        }
    }

    /// Draws the table; only visible rows are built.
    func render(into buffer: inout Buffer, area: Rect, state: inout ListState, clock: DebtorClock, focused: Bool) {
        let chosen = columns(width: area.width)
        let context = self.context
        let entries = self.entries
        let visible = self.visible
        let table = Table(
            columns: chosen.map { header($0, width: area.width) }, rowCount: visible.count, focused: focused,
            emptyMessage: emptyMessage
        ) { row in
            let entry = entries[visible[row]]
            return chosen.map { Self.cell($0, entry: entry, context: context, clock: clock) }
        }
        table.render(into: &buffer, area: area, theme: context.theme, state: &state)
    }

    private static func cell(_ column: Column, entry: QueueEntry, context: RenderContext, clock: DebtorClock) -> TableCell {
        let candidate = entry.candidate
        switch column {
        case .rank: return TableCell(grouped(entry.rank), role: .dim)
        case .reference: return TableCell(candidate.reference)
        case .debtor: return TableCell(candidate.debtorName)
        case .country: return TableCell(candidate.debtorCountry)
        case .stage:
            let escalated = candidate.stage == .legal || candidate.stage == .insolvency
            return TableCell(candidate.stage.rawValue, role: escalated ? .escalated : nil)
        case .outstanding:
            let text = candidate.outstanding.map { context.money.string($0) }.joined(separator: " + ")
            return TableCell(text.isEmpty ? "—" : text)
        case .days:
            return TableCell(String(entry.daysOverdue), role: entry.daysOverdue > 90 ? .overdue : nil)
        case .next:
            guard let action = candidate.nextAction, let on = candidate.nextActionOn else { return TableCell("") }
            let late = on < context.today
            let day = on == context.today ? "today" : String(on.description.dropFirst(5))
            return TableCell("\(Self.shortLabel(action)) \(day)", role: late ? .overdue : nil)
        case .local:
            guard let local = clock.localTime(candidate.debtorTimeZone, now: context.now) else { return TableCell("?", role: .dim) }
            return TableCell(local.text, role: local.businessHours ? nil : .muted)
        case .reason:
            return TableCell(entry.reason(in: context.timeZone), role: reasonRole(entry))
        }
    }

    /// `call`, `letter 2`, `review`, `lawyer`, `claim`: the next action in a narrow column.
    private static func shortLabel(_ action: NextAction) -> String {
        switch action {
        case .lawyerFollowUp: return "lawyer"
        case .claimFollowUp: return "claim"
        default: return action.label
        }
    }

    private static func reasonRole(_ entry: QueueEntry) -> ThemeRole? {
        switch entry.group {
        case .callbackDue: return .callbackDue
        case .brokenPromise: return .brokenPromise
        case .actionDue: return .warning
        case .other:
            if entry.candidate.disputed { return .disputed }
            if case .promiseDue = entry.reasonCode { return .promised }
            return .dim
        }
    }
}
