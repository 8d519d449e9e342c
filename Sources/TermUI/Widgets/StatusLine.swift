/// The bottom line: key hints on the left, an optional message on the right.
public struct StatusLine: Widget, Sendable {
    /// The hints, in order; those that do not fit are left out whole.
    public var hints: [KeyHint]
    /// A message ("Saved", an error…), drawn right-aligned, taking precedence over hints.
    public var message: String?
    /// The role of the message.
    public var messageRole: ThemeRole

    /// Creates a status line.
    public init(hints: [KeyHint], message: String? = nil, messageRole: ThemeRole = .statusline) {
        self.hints = hints
        self.message = message
        self.messageRole = messageRole
    }

    /// Draws on the first row of `area`: keys in `keyHint`, descriptions in `keyDesc`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let base = theme.style(.statusline)
        buffer.fill(row, style: base)
        var right = row.maxX
        if let message, !message.isEmpty {
            let text = DisplayWidth.truncate(message, toWidth: max(0, row.width - 1))
            let width = DisplayWidth.width(of: text)
            right = row.maxX - width - 1
            buffer.put(text, at: Point(x: right, y: row.y), maxWidth: width, style: theme.style(messageRole).patched(over: base))
        }
        var x = row.x
        for hint in hints {
            let key = " \(hint.key) "
            let description = "\(hint.description) "
            let needed = DisplayWidth.width(of: key) + DisplayWidth.width(of: description)
            guard x + needed <= right else { break }
            x += buffer.put(key, at: Point(x: x, y: row.y), style: theme.style(.keyHint).patched(over: base))
            x += buffer.put(description, at: Point(x: x, y: row.y), style: theme.style(.keyDesc).patched(over: base))
        }
    }
}
