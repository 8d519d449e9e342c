import Foundation
import TOMLKit

/// Reads theme files (TOML) into `Theme`s laid over a base theme, reporting problems with file and line.
///
/// ```toml
/// name = "default"
/// [roles]
/// selectionFocus = { fg = "black", bg = "cyan", bold = true }
/// header = { fg = 231, bg = 24 }
/// ```
/// Colours are names (`black`…`white`, `bright-*`, `default`) or palette numbers 0–255; the
/// attribute keys are `bold`, `dim`, `underline`, `reverse`, `italic` (true/false). A role sets
/// only what it names: the rest of the theme, and any missing role, comes from `base`.
/// Any problem (syntax, unknown role or key, bad colour or type) makes the file "broken": the
/// result is then `base` plus the diagnostics, so the application can start and show them.
public struct ThemeLoader: Sendable {
    /// Role names a theme file may set: the generic roles, the base theme's and the app's own.
    public var knownRoles: Set<ThemeRole>
    /// The theme every file is laid over, and the fallback for broken files.
    public var base: Theme

    /// Creates a loader accepting the generic roles, `base`'s roles and `extraRoles`.
    public init(extraRoles: [ThemeRole] = [], base: Theme = .mono) {
        self.knownRoles = Set(ThemeRole.generic).union(base.styles.keys).union(extraRoles)
        self.base = base
    }

    /// Loads the theme file at `url`.
    public func load(contentsOf url: URL) -> ThemeLoadResult {
        let file = url.path
        guard let data = FileManager.default.contents(atPath: file) else {
            return ThemeLoadResult(theme: base, diagnostics: [
                ThemeDiagnostic(file: file, message: "cannot read the theme file"),
            ])
        }
        guard let source = String(data: data, encoding: .utf8) else {
            return ThemeLoadResult(theme: base, diagnostics: [
                ThemeDiagnostic(file: file, message: "the theme file is not valid UTF-8"),
            ])
        }
        return load(source: source, file: file, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Loads a theme from TOML text; `file` names it in diagnostics, `defaultName` is used without `name = …`.
    public func load(source: String, file: String, defaultName: String) -> ThemeLoadResult {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            let position = error.source.begin
            return ThemeLoadResult(theme: base, diagnostics: [
                ThemeDiagnostic(file: file, line: position.line, column: position.column,
                                message: "TOML syntax error: \(error.description)"),
            ])
        } catch {
            return ThemeLoadResult(theme: base, diagnostics: [
                ThemeDiagnostic(file: file, message: "TOML syntax error: \(error)"),
            ])
        }
        var reader = ThemeTableReader(file: file, locator: ThemeSourceLocator(source: source), knownRoles: knownRoles)
        let parsed = reader.read(table)
        let diagnostics = reader.diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        guard diagnostics.isEmpty else { return ThemeLoadResult(theme: base, diagnostics: diagnostics) }
        let theme = base.merging(parsed.styles, name: parsed.name ?? defaultName)
        return ThemeLoadResult(theme: theme, diagnostics: [])
    }
}
