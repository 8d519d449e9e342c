import Foundation
import RecourseCore
import RecourseLetters
import TermUI

/// The console's review work: screen 3, a review item's case summary, the decision dialogs, and
/// proposing a case for review from the case screen.
extension ConsoleApp {
    /// Screen 3, reloaded.
    mutating func showReview() {
        top = .review
        caseScreen = nil
        review.load(services)
    }

    /// Enter on the review queue: the item's case summary.
    mutating func openReview(_ item: ReviewItem) {
        do {
            let detail = try services.caseDetail(reference: item.reference)
            reviewCase = ReviewCaseScreen(item: item, detail: detail, interest: interest(for: detail), risk: services.ladder?.risk(for: item.country))
        } catch {
            message = ("Cannot open \(item.reference): \(error)", .error)
        }
    }

    /// The balance with statutory interest to today, from the letter desk's interest source.
    private func interest(for detail: CaseDetail) -> ReviewInterest {
        switch services.letters {
        case .failure(let problem): return .unavailable("letters are unavailable (\(problem.reason))")
        case .success(let desk):
            do {
                return .computed(try desk.balanceWithInterest(detail))
            } catch {
                return .unavailable("\(error)")
            }
        }
    }

    /// J/K on the summary: the next or previous item of the queue.
    mutating func stepReview(by offset: Int) {
        guard let item = review.step(by: offset) else {
            message = (offset > 0 ? "That was the last case in the review queue." : "That was the first case in the review queue.", .dim)
            return
        }
        openReview(item)
    }

    /// L, I, E, W, B, a, d: the decision's dialog, once it is clear the decision can be taken.
    mutating func startDecision(_ kind: DecisionKind, on item: ReviewItem) {
        let role = services.session.user.role
        guard role.canSupervise else {
            message = ("Only a supervisor can decide reviews; you are a \(role.rawValue).", .error)
            return
        }
        if kind.isPlanDecision && item.awaitingPlanId == nil {
            message = ("\(item.reference) has no payment plan waiting: a and d decide plan approvals.", .warning)
            return
        }
        if !kind.isPlanDecision && item.reason == .planApproval {
            message = ("\(item.reference) waits for a plan decision: a approves the plan, d declines it.", .warning)
            return
        }
        do {
            let detail = try services.caseDetail(reference: item.reference)
            let currency = CallLogger.mainCurrency(of: detail) ?? item.outstanding.first?.currency ?? .eur
            let money = MoneyFormatter(conventions: services.conventions)
            var lawyers: [Lawyer] = []
            var claim: [Money] = []
            var claimNote: String?
            switch kind {
            case .legal: lawyers = try services.review.lawyers(country: item.country)
            case .insolvency:
                (claim, claimNote) = defaultClaim(detail)
            default: break
            }
            decisionForm = DecisionForm(
                kind: kind, item: item, currency: currency, lawyers: lawyers, plan: detail.plans.first { $0.id == item.awaitingPlanId },
                claim: claim, claimNote: claimNote, today: services.clock.today, money: money)
        } catch {
            message = ("Cannot decide \(item.reference): \(error)", .error)
        }
    }

    /// The claim an insolvency dialog starts with, and where it comes from.
    private func defaultClaim(_ detail: CaseDetail) -> ([Money], String) {
        let balance = detail.balance.outstanding.nonZero
        switch interest(for: detail) {
        case .computed(let computed):
            let note = computed.interest == nil
                ? "the open balance: no statutory interest for \(detail.debtor.country.code)"
                : "balance + statutory interest + compensation to \(services.clock.today)"
            return (computed.total, note)
        case .unavailable(let reason):
            return (balance, "the open balance only: \(reason)")
        }
    }

    mutating func handleDecision(_ key: KeyEvent) -> EventOutcome {
        guard var form = decisionForm else { return .continue }
        let outcome = form.handle(key)
        decisionForm = form
        switch outcome {
        case .none: break
        case .cancel:
            decisionForm = nil
            message = ("Nothing decided on \(form.item.reference).", .dim)
        case .submit(let decision):
            decide(decision, form: form)
        }
        return .continue
    }

    /// Records the decision; a refusal keeps the dialog open with everything typed.
    private mutating func decide(_ decision: ReviewDecision, form: DecisionForm) {
        var form = form
        do {
            try services.review.decide(reference: form.item.reference, decision)
        } catch RecourseError.invalid(let problem) {
            _ = form.show(problem)
            decisionForm = form
            message = ("Not decided: \(problem.message)", .error)
            return
        } catch {
            decisionForm = form
            message = ("Not decided: \(error)", .error)
            return
        }
        decisionForm = nil
        let item = form.item
        message = (Self.decided(decision, item: item, form: form, money: MoneyFormatter(conventions: services.conventions)), .success)
        review.reload(afterDeciding: item, services)
        queue.refresh(afterChangeTo: item.caseId, services)
        refreshSummary()
        if reviewCase != nil {
            if let next = review.selected { openReview(next) } else { reviewCase = nil }
        }
    }

    /// The footer's words for a decision taken.
    private static func decided(_ decision: ReviewDecision, item: ReviewItem, form: DecisionForm, money: MoneyFormatter) -> String {
        let reference = item.reference
        switch decision {
        case .legal(_, let costs, _):
            let lawyer = form.lawyer.map { " with \($0.name), \($0.firm)" } ?? ""
            return "\(reference) goes to legal collection\(lawyer); estimated costs \(money.string(costs))."
        case .insolvency(let practitioner, let deadline, let claimed):
            return "\(reference): claim of \(claimed.map(money.string).joined(separator: " + ")) to lodge with \(practitioner) by \(deadline)."
        case .extend(let until, _): return "\(reference) stays amicable until \(until)."
        case .writeOff:
            let owed = item.outstanding.map(money.string).joined(separator: " + ")
            return "Wrote off \(reference)\(owed.isEmpty ? "" : " (\(owed))"); the case is closed."
        case .returnToCaseworker: return "\(reference) is back with \(item.assignee ?? "its caseworker"), with your note."
        case .approvePlan: return "Approved the payment plan of \(reference)."
        case .declinePlan: return "Declined the payment plan of \(reference); the caseworker calls again."
        }
    }

    /// `v` on a case: the note for the supervisor first.
    mutating func startProposal(_ reference: String) {
        if let theCase = caseScreen?.detail?.collectionCase {
            if theCase.reviewRequested {
                message = ("\(reference) is already waiting for review (screen 3).", .warning)
                return
            }
            if theCase.stage != .new && theCase.stage != .amicable {
                message = ("\(reference) is \(theCase.stage.rawValue); only amicable cases go to review.", .warning)
                return
            }
        }
        prompt = ReasonPrompt(title: "Propose \(reference) for review", question: "Why does this case need a supervisor's decision?",
                              purpose: .proposeReview(reference))
    }

    /// Puts the case in the review queue with the note.
    mutating func propose(_ reference: String, note: String) {
        do {
            try services.review.propose(reference: reference, note: note)
        } catch {
            message = ("Not proposed: \(error)", .error)
            return
        }
        message = ("Proposed \(reference) for review.", .success)
        if var screen = caseScreen {
            screen.load(services)
            caseScreen = screen
            if let id = screen.detail?.collectionCase.id { queue.refresh(afterChangeTo: id, services) }
        }
    }
}

extension ConsoleApp {
    /// `y` runs what was asked, anything that answers no closes the question.
    mutating func handleConfirmation(_ key: KeyEvent) -> EventOutcome {
        guard let question = confirmation, let yes = question.answer(key) else { return .continue }
        confirmation = nil
        guard yes else {
            message = ("Nothing was run.", .dim)
            return .continue
        }
        switch question.action {
        case .runLadder:
            do {
                let summary = try services.runLadder()
                showReview()
                message = ("Ladder run for \(summary.runOn): \(summary.line).", summary.problems.isEmpty ? .success : .warning)
            } catch {
                message = ("\(error)", .error)
            }
        }
        return .continue
    }
}
