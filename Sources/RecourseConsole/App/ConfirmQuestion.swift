import TermUI

/// A yes/no question over the screen before something that cannot be undone: `y` goes ahead,
/// `n` or `Esc` does nothing.
struct ConfirmQuestion {
    /// What happens on `y`.
    enum Action: Equatable {
        case runLadder
    }

    let title: String
    let question: String
    let action: Action

    /// `true` for yes, `false` for no, nil for a key that answers nothing.
    func answer(_ key: KeyEvent) -> Bool? {
        switch key {
        case .character("y"), .character("Y"): return true
        case .character("n"), .character("N"), .escape, .character("q"): return false
        default: return nil
        }
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        Dialog(title: title, body: [StyledLine(question), "", StyledLine("y goes ahead · n or Esc cancels", role: .dim)], buttons: [], maxWidth: 70)
            .render(into: &buffer, area: area, theme: theme)
    }
}
