import Foundation
import RecourseCore
import TermUI

/// The case screen's blocks for an escalated case: the lawyer's matter and the insolvency claim.
struct EscalationBlocks {
    let detail: CaseDetail
    let context: RenderContext

    private let labelWidth = 19

    /// The "Legal" and "Insolvency claim" blocks that apply, each followed by a blank line.
    func lines() -> [StyledLine] {
        var lines: [StyledLine] = []
        if let legal = detail.legal { lines += legalBlock(legal) + [""] }
        if let claim = detail.insolvency { lines += insolvencyBlock(claim) + [""] }
        return lines
    }

    private func row(_ label: String, _ spans: [Span]) -> StyledLine {
        StyledLine([Span("  " + DisplayWidth.fit(label, toWidth: labelWidth - 2), role: .label)] + spans)
    }

    private func amounts(_ list: [Money]) -> [Span] {
        list.isEmpty ? [Span("—", role: .dim)] : [Span(list.map { context.money.string($0) }.joined(separator: " + "))]
    }

    private func legalBlock(_ legal: LegalMatter) -> [StyledLine] {
        var lines = [StyledLine([Span("Legal", role: .header), Span("  with a lawyer since \(legal.instructedOn)", role: .dim)])]
        if let lawyer = legal.lawyer {
            let contact = [lawyer.email, lawyer.phone].compactMap { $0 }.joined(separator: " · ")
            lines.append(row("Lawyer", [Span("\(lawyer.name), \(lawyer.firm)"), Span(" (\(lawyer.country.code))", role: .dim),
                                        Span(contact.isEmpty ? "" : "  \(contact)", role: .dim)]))
        } else {
            lines.append(row("Lawyer", [Span("no longer in the directory", role: .warning)]))
        }
        lines.append(row("Instructed on", [Span(legal.instructedOn.description)]))
        lines.append(row("Estimated costs", amounts([legal.estimatedCosts])))
        lines.append(row("Costs so far", amounts(legal.costsSoFar.map { [$0] } ?? [])))
        lines.append(row("Court reference", [Span(legal.courtReference ?? "—", role: legal.courtReference == nil ? .dim : .default)]))
        lines.append(row("Hearings", hearings(legal.hearings)))
        lines.append(row("Next step", [Span(legal.nextStep)]))
        return lines
    }

    /// Hearing dates; the next one to come stands out with how far away it is.
    private func hearings(_ days: [LocalDate]) -> [Span] {
        guard !days.isEmpty else { return [Span("none set", role: .dim)] }
        let today = context.today
        let next = days.first { $0 >= today }
        var spans: [Span] = []
        for (offset, day) in days.enumerated() {
            if offset > 0 { spans.append(Span(", ", role: .dim)) }
            spans.append(Span(day.description, role: day == next ? .warning : day < today ? .dim : .default))
        }
        if let next {
            let away = today.days(until: next)
            spans.append(Span(away == 0 ? "  (next: today)" : "  (next in \(plural(away, "day", "days")))", role: .dim))
        }
        return spans
    }

    private func insolvencyBlock(_ claim: InsolvencyClaim) -> [StyledLine] {
        [
            StyledLine([Span("Insolvency claim", role: .header)]),
            row("Practitioner", [Span(claim.practitioner)]),
            row("Filing deadline", deadline(claim)),
            row("Filed on", [Span(claim.filedOn?.description ?? "not yet", role: claim.filedOn == nil ? .dim : .success)]),
            row("Claimed", amounts(claim.claimed)),
            row("Admitted", amounts(claim.admitted)),
            row("Dividend", amounts(claim.dividend)),
        ]
    }

    /// The deadline, highlighted when the claim is not filed and the day is within 7 days or past.
    private func deadline(_ claim: InsolvencyClaim) -> [Span] {
        let day = claim.filingDeadline
        guard claim.filedOn == nil else { return [Span(day.description)] }
        let left = context.today.days(until: day)
        if left < 0 { return [Span(day.description, role: .error), Span("  passed \(plural(-left, "day", "days")) ago, not filed", role: .error)] }
        if left == 0 { return [Span(day.description, role: .error), Span("  today, not filed", role: .error)] }
        if left <= 7 { return [Span(day.description, role: .warning), Span("  in \(plural(left, "day", "days")), not filed", role: .warning)] }
        return [Span(day.description), Span("  in \(left) days", role: .dim)]
    }
}
