import Foundation
import RecourseCore
import TermUI

/// What a screen asks of the app after handling a key.
enum ScreenCommand: Equatable {
    /// Nothing more to do.
    case none
    /// Leave the console.
    case quit
    /// Close this screen.
    case back
    /// Show the help overlay for this screen.
    case help
    /// Open the case with this reference.
    case open(String)
    /// Open the call form on the case with this reference.
    case logCall(String)
    /// Switch to the work queue (screen 1).
    case showQueue
    /// Switch to the letters screen (screen 2).
    case showLetters
    /// Ask which letter to draft for the case with this reference.
    case draftLetter(String)
    /// Preview the letter with this id.
    case previewLetter(Int64)
    /// Something to do to a letter.
    case letter(LetterCommand, Int64)
    /// Export every approved letter to the outbox.
    case exportLetters
    /// Switch to the review queue (screen 3).
    case showReview
    /// Show the case summary of a review item.
    case openReview(ReviewItem)
    /// Open the dialog of a decision on a review item.
    case decide(DecisionKind, ReviewItem)
    /// Ask for the note and propose the case with this reference for review.
    case proposeReview(String)
    /// Ask, then run the escalation ladder for today.
    case runLadder
    /// Switch to the unmatched payments (screen 4).
    case showPayments
    /// Open the case search to assign this payment.
    case assignPayment(UnmatchedPayment)
    /// Ask why this payment is not ours.
    case notOurs(UnmatchedPayment)
}

/// What a key asks to do to one letter.
enum LetterCommand: Equatable {
    case submit, approve, reject, rerender
}

/// What every screen needs to draw: the theme, how to write amounts, and what time it is.
struct RenderContext {
    let theme: Theme
    let money: MoneyFormatter
    let now: Date
    let today: LocalDate
    let timeZone: TimeZone
}
