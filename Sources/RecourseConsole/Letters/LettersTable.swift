import Foundation
import RecourseCore
import TermUI

/// The letters worklist as a table: number, state, case, debtor, level, language, amount, drafter, age, note.
struct LettersTable {
    let views: [LetterView]
    let visible: [Int]
    let context: RenderContext
    let session: Session
    let emptyMessage: String

    func render(into buffer: inout Buffer, area: Rect, state: inout ListState, focused: Bool) {
        // From 110 columns everything; below 100 the level is its bare name and the note goes
        // (a stale letter is still marked in the State column).
        let wide = area.width >= 110
        let narrow = area.width < 100
        var columns = [
            TableColumn("#", width: .fixed(5), alignment: .right), TableColumn("State", width: .fixed(9)),
            TableColumn("Case", width: .fixed(9)), TableColumn("Debtor", width: .fill(3)),
            TableColumn("Level", width: .fixed(narrow ? 13 : 20)),
            TableColumn("Lang", width: .fixed(4)), TableColumn("Total due", width: .fixed(wide ? 18 : 15), alignment: .right),
        ]
        if wide { columns += [TableColumn("Drafted by", width: .fixed(13)), TableColumn("Age", width: .fixed(4), alignment: .right)] }
        if !narrow { columns.append(TableColumn("Note", width: .fill(wide ? 2 : 1))) }
        let views = self.views
        let visible = self.visible
        let context = self.context
        let login = session.user.login
        let table = Table(columns: columns, rowCount: visible.count, focused: focused, emptyMessage: emptyMessage) { row in
            let view = views[visible[row]]
            let letter = view.letter
            let age = max(0, Timestamp.localDate(of: letter.draftedAt, in: context.timeZone).days(until: context.today))
            var cells: [TableCell] = [
                TableCell(String(letter.id), role: .dim),
                narrow && view.isStale ? TableCell("stale", role: .warning) : TableCell(letter.state.rawValue, role: Self.stateRole(letter.state)),
                TableCell(letter.caseReference), TableCell(letter.debtorName), TableCell(narrow ? letter.level.rawValue : letter.level.label),
                TableCell(letter.language),
                TableCell(letter.totalDue),
            ]
            if wide {
                cells += [TableCell(letter.draftedBy == login ? "you" : letter.draftedBy), TableCell("\(age)d", role: age > 2 ? .overdue : .dim)]
            }
            if !narrow { cells.append(Self.note(view, login: login)) }
            return cells
        }
        table.render(into: &buffer, area: area, theme: context.theme, state: &state)
    }

    private static func stateRole(_ state: LetterState) -> ThemeRole? {
        switch state {
        case .submitted: return .warning
        case .approved, .sent: return .success
        case .rejected: return .error
        case .draft: return nil
        case .cancelled: return .dim
        }
    }

    private static func note(_ view: LetterView, login: String) -> TableCell {
        if view.isStale { return TableCell("stale: " + view.changes.joined(separator: "; "), role: .warning) }
        let letter = view.letter
        if letter.state == .rejected, let reason = letter.rejectReason { return TableCell("rejected: \(reason)", role: .error) }
        if letter.state == .submitted, letter.draftedBy == login { return TableCell("yours: another supervisor approves", role: .dim) }
        if letter.state == .approved { return TableCell("approved by \(letter.decidedBy ?? "?"); export with x", role: .dim) }
        return TableCell("")
    }
}
