import Foundation
import RecourseCore
import TermUI

/// Assigning a payment: type a case reference or a debtor name, pick one of the open cases found
/// with the arrows, Enter assigns, Esc cancels.
struct CaseSearchDialog {
    let payment: UnmatchedPayment
    var input = TextInput(maxLength: 80, placeholder: "case reference or debtor name")
    private(set) var hits: [CaseSearchHit] = []
    private(set) var selected = 0
    private(set) var problem: String?

    /// What the dialog asks of the app.
    enum Outcome: Equatable {
        case none, cancel
        case assign(String)
    }

    init(payment: UnmatchedPayment) {
        self.payment = payment
    }

    /// The hit under the cursor.
    var choice: CaseSearchHit? { hits.indices.contains(selected) ? hits[selected] : nil }

    mutating func handle(_ key: KeyEvent, services: any ConsoleServices) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .down:
            selected = min(selected + 1, max(0, hits.count - 1))
        case .up:
            selected = max(0, selected - 1)
        case .enter:
            guard let choice else {
                problem = input.text.isEmpty ? "Type a case reference or a debtor name." : "No open case matches; try another name."
                return .none
            }
            return .assign(choice.reference)
        default:
            _ = input.handle(key)
            search(services)
        }
        return .none
    }

    private mutating func search(_ services: any ConsoleServices) {
        problem = nil
        do {
            hits = try services.payments.searchCases(input.text, limit: 8)
        } catch {
            hits = []
            problem = "\(error)"
        }
        selected = 0
    }

    /// Draws the dialog: the payment, the input, the hits; returns the cursor.
    mutating func render(into buffer: inout Buffer, area: Rect, theme: Theme, money: MoneyFormatter) -> Point? {
        let width = min(76, area.width)
        let blank = StyledLine(String(repeating: " ", count: max(1, width - 4)))
        let about = "\(money.string(payment.amount)) of \(payment.receivedOn) from \(payment.payer ?? "an unnamed payer")"
        var body = [StyledLine(about), blank]
        for (index, hit) in hits.enumerated() {
            let owed = hit.outstanding.map(money.string).joined(separator: " + ")
            let text = "\(index == selected ? "›" : " ") \(hit.reference)  \(hit.debtorName)  \(owed)"
            body.append(StyledLine(text, role: index == selected ? .selectionFocus : .default))
        }
        if hits.isEmpty { body.append(StyledLine(input.text.isEmpty ? "Open cases appear as you type." : "No open case matches.", role: .dim)) }
        body.append(problem.map { StyledLine($0, role: .error) } ?? StyledLine("↑/↓ choose · Enter assigns · Esc cancels", role: .dim))
        let dialog = Dialog(title: "Assign payment #\(payment.id) to a case", body: body, buttons: [], maxWidth: width)
        dialog.render(into: &buffer, area: area, theme: theme)
        let box = dialog.frame(in: area)
        let field = Rect(x: box.x + 2, y: box.y + 2, width: max(1, box.width - 4), height: 1)
        buffer.fill(field, style: theme.style(.fieldFocus))
        return input.render(into: &buffer, area: field, theme: theme, focused: true)
    }
}
