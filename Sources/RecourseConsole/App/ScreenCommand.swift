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
}

/// What every screen needs to draw: the theme, how to write amounts, and what time it is.
struct RenderContext {
    let theme: Theme
    let money: MoneyFormatter
    let now: Date
    let today: LocalDate
    let timeZone: TimeZone
}
