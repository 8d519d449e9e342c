import Foundation
import TermUI

/// A one-line question over the screen (the reason for rejecting a letter, the note proposing a
/// case for review): Enter confirms a non-empty answer, Esc cancels.
struct ReasonPrompt {
    let title: String
    let question: String
    let purpose: Purpose
    var input = TextInput(maxLength: 500, placeholder: "required")
    private(set) var problem: String?

    /// What the answer is for.
    enum Purpose: Equatable {
        /// The reason a letter is rejected.
        case rejectLetter(Int64)
        /// The note with which a case is proposed for review.
        case proposeReview(String)
        /// The reason an unmatched payment is set aside.
        case notOurs(Int64)

        /// Said when the answer is left empty.
        var required: String {
            switch self {
            case .rejectLetter: return "A reason is required: the drafter reads it."
            case .proposeReview: return "A note is required: the supervisor decides on it."
            case .notOurs: return "A reason is required: it stays with the payment."
            }
        }
    }

    init(title: String, question: String, purpose: Purpose) {
        self.title = title
        self.question = question
        self.purpose = purpose
    }

    enum Outcome: Equatable {
        case none, cancel
        case confirm(String)
    }

    mutating func handle(_ key: KeyEvent) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter:
            let text = input.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                problem = purpose.required
                return .none
            }
            return .confirm(text)
        default:
            _ = input.handle(key)
            problem = nil
            return .none
        }
    }

    /// Draws the dialog and the input inside it; returns the cursor.
    mutating func render(into buffer: inout Buffer, area: Rect, theme: Theme) -> Point? {
        let width = min(72, area.width)
        let blank = StyledLine(String(repeating: " ", count: max(1, width - 4)))
        let footer = problem.map { StyledLine($0, role: .error) } ?? StyledLine("Enter confirms · Esc cancels", role: .dim)
        let dialog = Dialog(title: title, body: [StyledLine(question), blank, footer], buttons: [], maxWidth: width)
        dialog.render(into: &buffer, area: area, theme: theme)
        let box = dialog.frame(in: area)
        let field = Rect(x: box.x + 2, y: box.y + 2, width: max(1, box.width - 4), height: 1)
        buffer.fill(field, style: theme.style(.fieldFocus))
        return input.render(into: &buffer, area: field, theme: theme, focused: true)
    }
}
