import Foundation
import RecourseCore
import TermUI

/// The case's history, newest first: calls with outcome and note, promises with their status,
/// letters, payments and stage changes.
struct TimelineBlock {
    let detail: CaseDetail
    let context: RenderContext

    func lines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [StyledLine([Span("History", role: .header), Span("  newest first", role: .dim)])]
        if detail.activities.isEmpty { lines.append(StyledLine("  Nothing has happened on this case yet.", role: .dim)) }
        let indent = 2 + 16 + 2
        for activity in detail.activities {
            let when = Timestamp.localString(of: activity.occurredAt, in: context.timeZone)
            var spans = [Span("  \(when)  ", role: .dim), Span(activity.actor, role: .label), Span("  ")]
            spans += headline(activity.detail)
            if let progress = detail.promises.first(where: { $0.promise.activityId == activity.id }) {
                let status = progress.status(asOf: context.today)
                let name = progress.statusName(asOf: context.today)
                spans.append(Span(" — promise \(name)", role: name == "replaced" ? .dim : CaseDocument.role(for: status)))
            }
            lines.append(StyledLine(spans))
            if case .call(let call) = activity.detail, let outcomeDetail = call.outcomeDetail {
                lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(outcomeDetail, role: role(for: call.outcome))]))
            }
            if let note = note(activity.detail), !note.isEmpty {
                for part in TextWrap.wrap(note, width: max(20, width - indent)) {
                    lines.append(StyledLine(String(repeating: " ", count: indent) + part))
                }
            }
        }
        return lines
    }

    private func headline(_ detail: ActivityDetail) -> [Span] {
        switch detail {
        case .call(let call):
            var spans = [Span("☎ \(call.outcome.rawValue)", role: role(for: call.outcome)), Span(" \(call.outcome.meaning)")]
            let facts = [call.direction == .inbound ? "inbound" : nil, call.contactName,
                         call.durationMinutes.map { "\($0) min" }].compactMap { $0 }
            if !facts.isEmpty { spans.append(Span(" · " + facts.joined(separator: " · "), role: .dim)) }
            return spans
        case .note:
            return [Span("✎ note", role: .label)]
        case .promise(let amount, let dueOn):
            return [Span("⧗ promise", role: .promised), Span(" \(context.money.string(amount)) by \(dueOn)")]
        case .letter(let level, let event):
            let number = level.ladderNumber.map { "letter \($0) " } ?? "letter "
            return [Span("✉ \(number)(\(level.rawValue))", role: .label), Span(" \(event)")]
        case .payment(let amount, let receivedOn, let reference):
            return [Span("+ payment", role: .success), Span(" \(context.money.string(amount)) received \(receivedOn)"),
                    Span(reference.map { " · \($0)" } ?? "", role: .dim)]
        case .stageChange(let from, let to, _):
            let escalated = to == .legal || to == .insolvency
            return [Span("⇢ stage", role: escalated ? .escalated : .label), Span(" \(from.rawValue) → \(to.rawValue)")]
        }
    }

    private func note(_ detail: ActivityDetail) -> String? {
        switch detail {
        case .call(let call): return call.note
        case .note(let text): return text
        case .stageChange(_, _, let reason): return reason
        default: return nil
        }
    }

    private func role(for outcome: CallOutcome) -> ThemeRole {
        switch outcome {
        case .promiseToPay, .plan, .alreadyPaid: return .promised
        case .dispute: return .disputed
        case .refusesToPay, .insolvency: return .escalated
        case .wrongNumber: return .warning
        default: return .label
        }
    }
}
