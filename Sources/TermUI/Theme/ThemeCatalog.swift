import Foundation

/// Finds and loads themes by name from an ordered list of directories (user first, then shipped).
///
/// `<dir>/<name>.toml` in an earlier directory overrides a file of the same name in a later one.
/// A request containing `/` or ending in `.toml` is taken as a file path instead.
public struct ThemeCatalog: Sendable {
    /// Directories searched in order; the first match wins.
    public var directories: [URL]
    /// The loader used for every file (known roles and base theme).
    public var loader: ThemeLoader

    /// Creates a catalog over `directories` (user directory first, shipped directory last).
    public init(directories: [URL], loader: ThemeLoader = ThemeLoader()) {
        self.directories = directories
        self.loader = loader
    }

    /// Names of all themes found, without duplicates, sorted; the base theme's name included.
    public func availableThemes() -> [String] {
        var names: Set<String> = [loader.base.name]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(".toml".count)))
            }
        }
        return names.sorted()
    }

    /// The file that `name` resolves to, if any (first directory wins).
    public func url(forTheme name: String) -> URL? {
        for directory in directories {
            let candidate = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Loads a theme by name or path; a missing or broken theme yields the base theme plus diagnostics.
    public func load(_ nameOrPath: String) -> ThemeLoadResult {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return loader.load(contentsOf: URL(fileURLWithPath: nameOrPath))
        }
        if let url = url(forTheme: nameOrPath) {
            return loader.load(contentsOf: url)
        }
        if nameOrPath == loader.base.name {
            return ThemeLoadResult(theme: loader.base, diagnostics: [])
        }
        let searched = directories.map(\.path).joined(separator: ", ")
        return ThemeLoadResult(theme: loader.base, diagnostics: [
            ThemeDiagnostic(file: nameOrPath,
                            message: "no theme named '\(nameOrPath)' (looked in: \(searched.isEmpty ? "nowhere" : searched))"),
        ])
    }
}
