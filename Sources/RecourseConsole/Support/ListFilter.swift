import TermUI

/// The filter-as-you-type line under a list: `/` opens it, typing narrows the list, `Enter` keeps
/// it, `Esc` clears it; `↑`/`↓`/`PgUp`/`PgDn` still move the list while typing.
struct ListFilter {
    /// What a key did while the line was open.
    enum Outcome: Equatable {
        /// Nothing the list needs to know.
        case none
        /// The text changed: filter again and go to the first row.
        case changed
        /// The text was cleared: show everything.
        case cleared
        /// Move the list's selection.
        case move(ListMove)
    }

    private(set) var input: TextInput
    /// True while the line takes the keys.
    var active = false

    init(placeholder: String) {
        input = TextInput(placeholder: placeholder)
    }

    /// The text typed.
    var text: String { input.text }

    /// True while the line is open or holds a filter.
    var isShown: Bool { active || !input.text.isEmpty }

    /// Handles a key while the line is open.
    mutating func handle(_ key: KeyEvent) -> Outcome {
        switch key {
        case .enter:
            active = false
            return .none
        case .escape:
            active = false
            input.setText("")
            return .cleared
        case .up: return .move(.up)
        case .down: return .move(.down)
        case .pageUp: return .move(.pageUp)
        case .pageDown: return .move(.pageDown)
        default:
            let before = input.text
            _ = input.handle(key)
            return input.text == before ? .none : .changed
        }
    }

    /// Clears a kept filter (`Esc` on the list); true when there was one.
    mutating func clear() -> Bool {
        guard !input.text.isEmpty else { return false }
        input.setText("")
        return true
    }

    /// Draws `Filter /`, the input and, right-aligned, `counts` (e.g. ` 12 of 340 `); returns the cursor while open.
    mutating func render(into buffer: inout Buffer, area: Rect, theme: Theme, counts: String?) -> Point? {
        buffer.fill(area, style: theme.style(.statusline))
        let used = buffer.put("Filter /", at: Point(x: area.x, y: area.y), maxWidth: area.width, style: theme.style(.label))
        let trailing = counts ?? ""
        let trailingWidth = min(DisplayWidth.width(of: trailing), max(0, area.width - used - 10))
        let inputArea = Rect(x: area.x + used + 1, y: area.y, width: max(0, area.width - used - 1 - trailingWidth), height: 1)
        let cursor = input.render(into: &buffer, area: inputArea, theme: theme, focused: active)
        if trailingWidth > 0 {
            buffer.put(trailing, at: Point(x: area.x + area.width - trailingWidth, y: area.y), maxWidth: trailingWidth, style: theme.style(.statusline))
        }
        return active ? cursor : nil
    }
}
