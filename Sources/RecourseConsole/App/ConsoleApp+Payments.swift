import Foundation
import RecourseCore
import TermUI

/// The console's payments work: screen 4, the assign dialog and "not ours" (supervisors).
extension ConsoleApp {
    /// Screen 4, reloaded.
    mutating func showPayments() {
        top = .payments
        caseScreen = nil
        payments.load(services)
    }

    /// Enter or `a` on a payment: the case search dialog.
    mutating func startAssign(_ payment: UnmatchedPayment) {
        guard requireSupervisor("assigns payments") else { return }
        caseSearch = CaseSearchDialog(payment: payment)
    }

    /// `n` on a payment: the reason it is not ours.
    mutating func startNotOurs(_ payment: UnmatchedPayment) {
        guard requireSupervisor("sets payments aside") else { return }
        prompt = ReasonPrompt(
            title: "Payment #\(payment.id) is not ours", question: "Why? (returned to the payer, another client's, …)",
            purpose: .notOurs(payment.id))
    }

    private mutating func requireSupervisor(_ what: String) -> Bool {
        let role = services.session.user.role
        guard role.canSupervise else {
            message = ("Only a supervisor \(what); you are a \(role.rawValue).", .error)
            return false
        }
        return true
    }

    mutating func handleCaseSearch(_ key: KeyEvent) -> EventOutcome {
        guard var dialog = caseSearch else { return .continue }
        let outcome = dialog.handle(key, services: services)
        caseSearch = dialog
        switch outcome {
        case .none: break
        case .cancel:
            caseSearch = nil
            message = ("Payment #\(dialog.payment.id) not assigned.", .dim)
        case .assign(let reference):
            do {
                let result = try services.payments.assign(id: dialog.payment.id, caseReference: reference)
                caseSearch = nil
                let money = MoneyFormatter(conventions: services.conventions)
                var text = "Payment #\(dialog.payment.id): \(money.string(result.applied)) recorded on \(reference)"
                if result.credit.isPositive { text += ", \(money.string(result.credit)) credit" }
                if result.promiseKept { text += "; promise kept" }
                if result.closedAsPaid { text += "; paid in full, case closed" }
                message = (text + ".", .success)
                payments.load(services)
                queue.load(services)
                refreshSummary()
            } catch {
                message = ("Not assigned: \(error)", .error)
            }
        }
        return .continue
    }

    /// Sets the payment aside with the reason.
    mutating func markNotOurs(_ id: Int64, reason: String) {
        do {
            try services.payments.markNotOurs(id: id, reason: reason)
            message = ("Payment #\(id) set aside as not ours.", .success)
            payments.load(services)
        } catch {
            message = ("\(error)", .error)
        }
    }
}
