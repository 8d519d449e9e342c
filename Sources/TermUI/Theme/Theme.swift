/// A named mapping from semantic roles to styles.
public struct Theme: Sendable, Equatable {
    /// The theme's name ("default", "mono"…).
    public var name: String
    /// The styles this theme defines; roles missing here use the `default` role's style.
    public var styles: [ThemeRole: Style]

    /// Creates a theme from explicit styles.
    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, laid over the theme's `default` style.
    public func style(_ role: ThemeRole) -> Style {
        let base = styles[.default] ?? .plain
        guard role != .default, let own = styles[role] else { return base }
        return own.patched(over: base)
    }

    /// A copy with `role` set to `style`.
    public func setting(_ role: ThemeRole, to style: Style) -> Theme {
        var copy = self
        copy.styles[role] = style
        return copy
    }

    /// A copy where every role in `overrides` replaces this theme's style.
    public func merging(_ overrides: [ThemeRole: Style], name: String? = nil) -> Theme {
        Theme(name: name ?? self.name, styles: styles.merging(overrides) { _, new in new })
    }

    /// The built-in monochrome theme: attributes only, readable on any terminal.
    ///
    /// It is the base every theme file is laid over, and what `NO_COLOR` or a colourless terminal
    /// gets. An application adds its own roles with `merging(_:)`.
    public static let mono = Theme(name: "mono", styles: [
        .default: .plain,
        .border: .plain,
        .borderFocus: Style(attributes: .bold),
        .titleFocus: Style(attributes: [.bold, .reverse]),
        .titleBlur: Style(attributes: .bold),
        .selectionFocus: Style(attributes: .reverse),
        .selectionBlur: Style(attributes: .underline),
        .header: Style(attributes: [.bold, .underline]),
        .statusline: Style(attributes: .reverse),
        .keyHint: Style(attributes: [.reverse, .bold]),
        .keyDesc: Style(attributes: .reverse),
        .label: Style(attributes: .bold),
        .field: Style(attributes: .underline),
        .fieldFocus: Style(attributes: [.underline, .bold]),
        .button: .plain,
        .buttonFocus: Style(attributes: .reverse),
        .error: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold),
        .success: Style(attributes: .bold),
        .disabled: Style(attributes: .dim),
        .searchMatch: Style(attributes: [.bold, .underline]),
        .dim: Style(attributes: .dim),
    ])
}
