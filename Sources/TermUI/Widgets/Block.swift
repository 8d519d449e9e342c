/// A bordered box with an optional title; other widgets draw inside `inner(_:)`.
public struct Block: Widget, Sendable {
    /// The title drawn into the top border.
    public var title: String?
    /// Whether the box has focus (border and title use the focus roles).
    public var focused: Bool
    /// Whether to draw the border at all; without it the title takes the first row.
    public var bordered: Bool

    /// Creates a block.
    public init(title: String? = nil, focused: Bool = false, bordered: Bool = true) {
        self.title = title
        self.focused = focused
        self.bordered = bordered
    }

    /// The area left for content inside the border (or below the title when borderless).
    public func inner(_ area: Rect) -> Rect {
        if bordered { return area.inset(by: 1) }
        return title == nil ? area : area.inset(top: 1)
    }

    /// Draws the border and title.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let border = theme.style(focused ? .borderFocus : .border)
        let titleStyle = theme.style(focused ? .titleFocus : .titleBlur)
        if bordered && area.width >= 2 && area.height >= 2 {
            let horizontal = String(repeating: "─", count: area.width - 2)
            buffer.put("┌" + horizontal + "┐", at: area.origin, maxWidth: area.width, style: border)
            for y in (area.y + 1)..<(area.maxY - 1) {
                buffer.put("│", at: Point(x: area.x, y: y), style: border)
                buffer.put("│", at: Point(x: area.maxX - 1, y: y), style: border)
            }
            buffer.put("└" + horizontal + "┘", at: Point(x: area.x, y: area.maxY - 1), maxWidth: area.width, style: border)
            if let title, area.width > 4 {
                let text = DisplayWidth.truncate(" \(title) ", toWidth: area.width - 4)
                buffer.put(text, at: area.origin.offset(dx: 2), maxWidth: area.width - 4, style: titleStyle)
            }
        } else if let title {
            buffer.put(DisplayWidth.truncate(title, toWidth: area.width), at: area.origin, maxWidth: area.width, style: titleStyle)
        }
    }
}
