/// The screen shown instead of the application when the terminal is below the minimum size.
public enum TooSmallScreen {
    /// The message for a terminal of `actual` size when `minimum` is needed.
    public static func message(minimum: Size, actual: Size) -> String {
        "terminal too small: need \(minimum), have \(actual) — enlarge the window"
    }

    /// Draws the message centred and word-wrapped into `buffer`.
    public static func render(into buffer: inout Buffer, minimum: Size, theme: Theme) {
        let area = buffer.area
        buffer.clear(style: theme.style(.default))
        guard !area.isEmpty else { return }
        let lines = TextWrap.wrap(message(minimum: minimum, actual: area.size), width: area.width)
        let top = max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < area.height {
            let width = DisplayWidth.width(of: line)
            let x = max(0, (area.width - width) / 2)
            buffer.put(line, at: Point(x: x, y: top + index), maxWidth: area.width - x, style: theme.style(.warning))
        }
    }
}
