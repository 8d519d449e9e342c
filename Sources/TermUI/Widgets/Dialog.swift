/// A modal box centred in an area: title, body text and a row of buttons.
public struct Dialog: Widget, Sendable {
    /// The title in the top border.
    public var title: String
    /// The body; long lines are word-wrapped.
    public var body: [StyledLine]
    /// Button labels, left to right ("OK", "Cancel").
    public var buttons: [String]
    /// The focused button.
    public var selectedButton: Int
    /// The widest the box may be (columns, border included).
    public var maxWidth: Int

    /// Creates a dialog.
    public init(title: String, body: [StyledLine], buttons: [String] = ["OK"], selectedButton: Int = 0, maxWidth: Int = 60) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.maxWidth = maxWidth
    }

    /// The rectangle the dialog occupies when drawn in `area`.
    public func frame(in area: Rect) -> Rect {
        let buttonWidth = buttonsText.reduce(0) { $0 + DisplayWidth.width(of: $1) + 1 }
        let content = max(DisplayWidth.width(of: title) + 4, buttonWidth, body.map(\.width).max() ?? 0)
        let width = min(content + 4, maxWidth, area.width)
        let lines = body.flatMap { $0.wrapped(toWidth: max(1, width - 4)) }.count
        let height = min(lines + (buttons.isEmpty ? 2 : 4), area.height)
        return area.centered(Size(width: width, height: height))
    }

    private var buttonsText: [String] { buttons.map { "[ \($0) ]" } }

    /// Clears the dialog's rectangle and draws border, body and buttons.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme.style(.default))
        let block = Block(title: title, focused: true)
        block.render(into: &buffer, area: box, theme: theme)
        let inner = block.inner(box).inset(left: 1, right: 1)
        let lines = body.flatMap { $0.wrapped(toWidth: max(1, inner.width)) }
        let bodyRows = buttons.isEmpty ? inner.height : inner.height - 2
        for (row, line) in lines.prefix(max(0, bodyRows)).enumerated() {
            buffer.put(line, at: Point(x: inner.x, y: inner.y + row), maxWidth: inner.width, theme: theme)
        }
        guard !buttons.isEmpty, inner.height >= 1 else { return }
        let total = buttonsText.reduce(0) { $0 + DisplayWidth.width(of: $1) } + buttons.count - 1
        var x = inner.x + max(0, (inner.width - total) / 2)
        let y = inner.maxY - 1
        for (index, text) in buttonsText.enumerated() {
            let role: ThemeRole = index == selectedButton ? .buttonFocus : .button
            x += buffer.put(text, at: Point(x: x, y: y), maxWidth: inner.maxX - x, style: theme.style(role)) + 1
        }
    }
}
