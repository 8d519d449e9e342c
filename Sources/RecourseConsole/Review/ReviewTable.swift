import Foundation
import RecourseCore
import TermUI

/// The review queue as a table: case, debtor, country and its OECD risk, reason, outstanding per
/// currency, days overdue, waiting since, and from 110 columns who asked and their note (one column
/// below 140, two from there).
struct ReviewTable {
    let items: [ReviewItem]
    let context: RenderContext
    /// The ladder policy's country-risk table; without it the Risk column stays empty.
    let ladder: LadderPolicy?
    let emptyMessage: String

    func render(into buffer: inout Buffer, area: Rect, state: inout ListState) {
        let wide = area.width >= 110
        let full = area.width >= 140
        var columns = [
            TableColumn("Case", width: .fixed(9)), TableColumn("Debtor", width: .fill(1)), TableColumn("CC", width: .fixed(2)),
            TableColumn("Risk", width: .fixed(full ? 10 : 4)), TableColumn("Reason", width: .fixed(full ? 19 : 16)),
            TableColumn("Outstanding", width: .fixed(full ? 19 : 15), alignment: .right), TableColumn("Days", width: .fixed(4), alignment: .right),
            TableColumn("Since", width: .fixed(full ? 10 : 5)),
        ]
        if full {
            columns += [TableColumn("Requested by", width: .fixed(12)), TableColumn("Note", width: .fill(1))]
        } else if wide {
            columns.append(TableColumn("Requested by: note", width: .fill(1)))
        }
        let items = self.items
        let context = self.context
        let ladder = self.ladder
        let table = Table(columns: columns, rowCount: items.count, emptyMessage: emptyMessage) { row in
            let item = items[row]
            var cells = [
                TableCell(item.reference), TableCell(item.debtorName), TableCell(item.country.code),
                Self.risk(ladder?.risk(for: item.country), wide: full), TableCell(item.reason.label, role: Self.role(item.reason)),
                Self.outstanding(item, context: context), TableCell(String(item.daysOverdue), role: item.daysOverdue > 90 ? .overdue : nil),
                Self.since(item, full: full, today: context.today),
            ]
            if full {
                cells += [Self.requester(item), Self.note(item)]
            } else if wide {
                cells.append(Self.requestAndNote(item))
            }
            return cells
        }
        table.render(into: &buffer, area: area, theme: context.theme, state: &state)
    }

    /// The colour of a reason: refusals and insolvency stand out, plans read like promises.
    static func role(_ reason: ReviewReason) -> ThemeRole? {
        switch reason {
        case .refusedToPay, .reportedInsolvency: return .escalated
        case .brokenPromises: return .brokenPromise
        case .ladderExhausted: return .warning
        case .planApproval: return .promised
        case .proposed: return nil
        }
    }

    /// `4 elevated` (or just `4` when narrow); the higher the category, the louder.
    static func risk(_ risk: CountryRisk?, wide: Bool) -> TableCell {
        guard let risk else { return TableCell("—", role: .dim) }
        return TableCell(wide ? "\(risk.category) \(risk.label)" : String(risk.category), role: riskRole(risk))
    }

    /// The colour of a country-risk category.
    static func riskRole(_ risk: CountryRisk) -> ThemeRole {
        switch risk.category {
        case ...1: return .dim
        case 2...3: return .default
        case 4...5: return .warning
        default: return .overdue
        }
    }

    private static func outstanding(_ item: ReviewItem, context: RenderContext) -> TableCell {
        let text = item.outstanding.map { context.money.string($0) }.joined(separator: " + ")
        return TableCell(text.isEmpty ? "—" : text, role: text.isEmpty ? .dim : nil)
    }

    /// The day review was asked for; dimmed while fresh, in the overdue colour after a week.
    private static func since(_ item: ReviewItem, full: Bool, today: LocalDate) -> TableCell {
        guard let day = item.requestedOn else { return TableCell("—", role: .dim) }
        let text = full ? day.description : String(day.description.dropFirst(5))
        return TableCell(text, role: day.days(until: today) > 7 ? .overdue : .dim)
    }

    private static func requester(_ item: ReviewItem) -> TableCell {
        if let login = item.requestedBy { return TableCell(login) }
        return TableCell(item.reason == .ladderExhausted ? "ladder run" : "—", role: .dim)
    }

    /// `anna.schmidt: Owner says…`, or who asked alone, in one column when the terminal is not wide.
    private static func requestAndNote(_ item: ReviewItem) -> TableCell {
        let who = requester(item), note = note(item)
        guard !note.text.isEmpty else { return who }
        return TableCell(spans: [Span(who.text + ": ", role: who.role ?? .default), Span(note.text, role: note.role ?? .default)])
    }

    private static func note(_ item: ReviewItem) -> TableCell {
        if let note = item.note, !note.isEmpty { return TableCell(note) }
        return TableCell(item.reason == .planApproval ? "plan beyond policy: approve or decline" : "", role: .dim)
    }
}
