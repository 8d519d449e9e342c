import Foundation
import TermUI

/// Finds and loads the console's theme: `--theme`, else `RECOURSE_THEME`, else the config file,
/// else `default`; user themes in `$XDG_CONFIG_HOME/recourse/themes` override shipped ones.
public enum ThemeSetup {
    /// Where shipped themes may be, in order: `RECOURSE_THEMES_DIR`, beside the executable
    /// (`themes/`, `../share/recourse/themes`), and the source checkout the binary was built from.
    public static func shippedDirectories(executable: URL, environment: [String: String]) -> [URL] {
        var candidates: [URL] = []
        if let explicit = environment["RECOURSE_THEMES_DIR"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let binaryDirectory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(binaryDirectory.appendingPathComponent("themes"))
        candidates.append(binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/recourse/themes"))
        // Sources/RecourseConsole/App/ThemeSetup.swift → the checkout's themes/.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("themes"))
        return candidates.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("default.toml").path) }
    }

    /// The theme to use and any problems to show; never fails — a broken theme falls back to the default.
    public static func load(
        requested: String?, config: ConsoleConfig, environment: [String: String], executable: URL
    ) -> (theme: Theme, monochrome: Theme, problems: [String]) {
        let userDirectory = ConsoleConfig.directory(environment: environment).appendingPathComponent("themes")
        let shipped = shippedDirectories(executable: executable, environment: environment)
        let monoLoader = ThemeLoader(extraRoles: ThemeRole.recourse, base: .mono)
        let monoCatalog = ThemeCatalog(directories: shipped, loader: monoLoader)
        let monochrome = monoCatalog.url(forTheme: "mono") != nil ? monoCatalog.load("mono").theme : .mono
        let catalog = ThemeCatalog(directories: [userDirectory] + shipped, loader: ThemeLoader(extraRoles: ThemeRole.recourse, base: monochrome))
        let name = requested ?? environment["RECOURSE_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? config.theme ?? "default"
        var problems: [String] = []
        if shipped.isEmpty {
            problems.append("shipped themes not found (set RECOURSE_THEMES_DIR); using the built-in monochrome theme")
        }
        let result = catalog.load(name)
        if result.isBroken || !result.diagnostics.isEmpty {
            problems += result.diagnostics.map(\.description)
            if result.isBroken && name != "default" {
                problems.append("theme '\(name)' could not be used; using the default theme")
                let fallback = catalog.load("default")
                return (fallback.isBroken ? monochrome : fallback.theme, monochrome, problems)
            }
        }
        return (result.isBroken ? monochrome : result.theme, monochrome, problems)
    }
}
