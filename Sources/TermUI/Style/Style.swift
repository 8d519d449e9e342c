/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bit set.
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim (faint) text.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    /// Italic text, where the terminal supports it.
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Attribute names accepted as boolean keys in theme files.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
    ]
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    /// The text colour.
    public var foreground: Color
    /// The cell background.
    public var background: Color
    /// Bold, dim, underline, reverse, italic.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(fg: Color = .default, bg: Color = .default, attributes: TextAttributes = []) {
        self.foreground = fg
        self.background = bg
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style laid over `base`: colours set here win, default colours fall through, attributes add up.
    public func patched(over base: Style) -> Style {
        Style(fg: foreground == .default ? base.foreground : foreground,
              bg: background == .default ? base.background : background,
              attributes: attributes.union(base.attributes))
    }

    /// The same style with more attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(fg: foreground, bg: background, attributes: attributes.union(extra))
    }

    /// `fg/bg+attrs`, for test failures.
    public var description: String {
        let names = TextAttributes.named.filter { attributes.contains($0.attribute) }.map(\.name)
        return "\(foreground)/\(background)" + (names.isEmpty ? "" : "+" + names.joined(separator: "+"))
    }
}
