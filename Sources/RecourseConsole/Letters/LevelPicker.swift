import RecourseCore
import TermUI

/// Asks which letter to draft for a case; the suggested level (the next on the ladder) is preselected.
struct LevelPicker {
    let reference: String
    let suggested: LetterLevel
    private(set) var selected: Int

    init(reference: String, suggested: LetterLevel) {
        self.reference = reference
        self.suggested = suggested
        selected = LetterLevel.allCases.firstIndex(of: suggested) ?? 0
    }

    /// What a key does: move, choose or cancel.
    enum Outcome: Equatable {
        case none, cancel
        case choose(LetterLevel)
    }

    mutating func handle(_ key: KeyEvent) -> Outcome {
        let count = LetterLevel.allCases.count
        switch key {
        case .character("j"), .down, .tab: selected = (selected + 1) % count
        case .character("k"), .up, .backTab: selected = (selected + count - 1) % count
        case .enter: return .choose(LetterLevel.allCases[selected])
        case .character(let digit) where digit.wholeNumberValue.map({ (1...count).contains($0) }) == true:
            selected = (digit.wholeNumberValue ?? 1) - 1
            return .choose(LetterLevel.allCases[selected])
        case .escape, .character("q"): return .cancel
        default: break
        }
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let lines = LetterLevel.allCases.enumerated().map { index, level in
            let marker = (index == selected ? "› " : "  ") + "\(index + 1) "
            let note = level == suggested ? "  (suggested)" : ""
            return StyledLine([
                Span(marker + level.label.padding(toLength: 26, withPad: " ", startingAt: 0), role: index == selected ? .selectionFocus : .default),
                Span(note, role: .dim),
            ])
        } + ["", StyledLine("Enter or 1–7 drafts it in the debtor's language · Esc cancels", role: .dim)]
        Dialog(title: "Draft a letter for \(reference)", body: lines, buttons: [], maxWidth: 64).render(into: &buffer, area: area, theme: theme)
    }
}
