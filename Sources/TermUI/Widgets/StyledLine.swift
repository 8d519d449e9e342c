/// A run of text drawn in one theme role.
public struct Span: Hashable, Sendable {
    /// The text (untrusted text is fine: drawing sanitises it).
    public var text: String
    /// How it looks.
    public var role: ThemeRole

    /// Creates a span.
    public init(_ text: String, role: ThemeRole = .default) {
        self.text = text
        self.role = role
    }
}

/// One line made of spans in different roles.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The spans, left to right.
    public var spans: [Span]

    /// Creates a line from spans.
    public init(_ spans: [Span]) { self.spans = spans }

    /// A line of plain text in one role.
    public init(_ text: String, role: ThemeRole = .default) { self.spans = [Span(text, role: role)] }

    /// A plain line from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The line's text without styling.
    public var text: String { spans.map(\.text).joined() }

    /// Columns the line takes once sanitised.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } }
}
