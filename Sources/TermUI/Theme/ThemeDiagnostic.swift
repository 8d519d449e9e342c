/// A problem found in a theme file, with where it is.
public struct ThemeDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (path) the problem is in, or a name such as "<string>".
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong, in plain words.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers use.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}

/// The outcome of loading a theme: the theme to use, and anything to tell the user.
public struct ThemeLoadResult: Sendable {
    /// The theme to draw with: the requested one, or the base theme when it was broken.
    public var theme: Theme
    /// Problems found; empty when the theme loaded cleanly.
    public var diagnostics: [ThemeDiagnostic]

    /// Creates a result.
    public init(theme: Theme, diagnostics: [ThemeDiagnostic]) {
        self.theme = theme
        self.diagnostics = diagnostics
    }

    /// True when the requested theme was not used because of errors.
    public var isBroken: Bool { !diagnostics.isEmpty }
}
