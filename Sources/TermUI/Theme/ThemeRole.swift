/// A semantic name for how something should look ("selectionFocus", "overdue"), never a colour.
///
/// Generic roles are static constants here; an application adds its own in an extension,
/// e.g. `static let overdue = ThemeRole("overdue")`, and passes them to the theme loader.
public struct ThemeRole: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The key used in theme files.
    public let name: String

    /// Creates a role with the given theme-file key.
    public init(_ name: String) { self.name = name }

    /// Creates a role from a string literal.
    public init(stringLiteral value: String) { self.name = value }

    /// The role's name.
    public var description: String { name }

    /// Ordinary text.
    public static let `default` = ThemeRole("default")
    /// Borders of unfocused panels.
    public static let border = ThemeRole("border")
    /// Borders of the focused panel.
    public static let borderFocus = ThemeRole("borderFocus")
    /// Title of the focused panel or the active tab.
    public static let titleFocus = ThemeRole("titleFocus")
    /// Title of an unfocused panel or an inactive tab.
    public static let titleBlur = ThemeRole("titleBlur")
    /// The selected row in the focused list.
    public static let selectionFocus = ThemeRole("selectionFocus")
    /// The selected row in an unfocused list.
    public static let selectionBlur = ThemeRole("selectionBlur")
    /// Table column headers.
    public static let header = ThemeRole("header")
    /// The status line background.
    public static let statusline = ThemeRole("statusline")
    /// A key name in the footer or help.
    public static let keyHint = ThemeRole("keyHint")
    /// What a key does, in the footer or help.
    public static let keyDesc = ThemeRole("keyDesc")
    /// A form label.
    public static let label = ThemeRole("label")
    /// A form field that does not have focus.
    public static let field = ThemeRole("field")
    /// The form field being edited.
    public static let fieldFocus = ThemeRole("fieldFocus")
    /// A dialog button.
    public static let button = ThemeRole("button")
    /// The selected dialog button.
    public static let buttonFocus = ThemeRole("buttonFocus")
    /// Errors.
    public static let error = ThemeRole("error")
    /// Warnings.
    public static let warning = ThemeRole("warning")
    /// Confirmations.
    public static let success = ThemeRole("success")
    /// Things that cannot be used right now.
    public static let disabled = ThemeRole("disabled")
    /// Text matching the current search or filter.
    public static let searchMatch = ThemeRole("searchMatch")
    /// Secondary, de-emphasised text.
    public static let dim = ThemeRole("dim")

    /// Every generic role, in documentation order.
    public static let generic: [ThemeRole] = [
        .default, .border, .borderFocus, .titleFocus, .titleBlur, .selectionFocus, .selectionBlur,
        .header, .statusline, .keyHint, .keyDesc, .label, .field, .fieldFocus, .button, .buttonFocus,
        .error, .warning, .success, .disabled, .searchMatch, .dim,
    ]
}
