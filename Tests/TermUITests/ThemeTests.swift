import Foundation
import Testing
@testable import TermUI

extension ThemeRole {
    static let overdue = ThemeRole("overdue")
    static let promised = ThemeRole("promised")
    static let brokenPromise = ThemeRole("brokenPromise")
    static let disputed = ThemeRole("disputed")
    static let escalated = ThemeRole("escalated")
    static let amountNegative = ThemeRole("amountNegative")
    static let callbackDue = ThemeRole("callbackDue")
    static let muted = ThemeRole("muted")
    static let domain: [ThemeRole] = [.overdue, .promised, .brokenPromise, .disputed, .escalated, .amountNegative, .callbackDue, .muted]
}

/// A temporary directory removed when the value is released.
final class TemporaryDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("termui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("Themes")
struct ThemeTests {
    let loader = ThemeLoader(extraRoles: ThemeRole.domain)

    @Test func partialThemeOverridesOnlyWhatItNames() {
        let source = """
        name = "partial"
        [roles]
        selectionFocus = { fg = "black", bg = "cyan", bold = true }
        overdue = { fg = "red" }
        header = { fg = 231, bg = 24 }
        """
        let result = loader.load(source: source, file: "partial.toml", defaultName: "x")
        #expect(result.diagnostics.isEmpty)
        #expect(result.theme.name == "partial")
        #expect(result.theme.style(.selectionFocus) == Style(fg: .black, bg: .cyan, attributes: .bold))
        #expect(result.theme.style(.overdue) == Style(fg: .red))
        #expect(result.theme.style(.header) == Style(fg: .indexed(231), bg: .indexed(24)))
        #expect(result.theme.style(.statusline) == Theme.mono.style(.statusline), "unset roles come from the base")
    }

    @Test func subTableFormAndBrightNamesWork() {
        let source = "[roles.error]\nfg = \"bright-red\"\nunderline = true\n"
        let result = loader.load(source: source, file: "t.toml", defaultName: "t")
        #expect(result.diagnostics.isEmpty)
        #expect(result.theme.name == "t")
        #expect(result.theme.style(.error) == Style(fg: .indexed(9), attributes: .underline))
    }

    @Test func brokenThemeReportsFileAndLineAndFallsBackToBase() {
        let source = """
        name = "broken"

        [roles]
        header = { fg = "blue" }
        overdu = { fg = "red" }
        border = { fg = "purple" }
        label = { fg = 300 }
        field = { bold = "yes" }
        dim = "grey"
        """
        let result = loader.load(source: source, file: "/themes/broken.toml", defaultName: "broken")
        #expect(result.isBroken)
        #expect(result.theme == loader.base)
        #expect(result.diagnostics.map(\.line) == [5, 6, 7, 8, 9])
        #expect(result.diagnostics.allSatisfy { $0.file == "/themes/broken.toml" })
        #expect(result.diagnostics[0].message.contains("unknown role 'overdu'"))
        #expect(result.diagnostics[1].message.contains("purple"))
        #expect(result.diagnostics[2].message.contains("0–255"))
        #expect(result.diagnostics[0].description.hasPrefix("/themes/broken.toml:5: "))
    }

    @Test func syntaxErrorsCarryTheLine() {
        let source = "name = \"x\"\n[roles]\nheader = { fg = \"blue\" \n"
        let result = loader.load(source: source, file: "bad.toml", defaultName: "bad")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line == 3)
        #expect(result.diagnostics.first?.message.contains("syntax") == true)
        #expect(result.theme == loader.base)
    }

    @Test func catalogPrefersUserFilesAndReportsMissingThemes() throws {
        let user = try TemporaryDirectory()
        let shipped = try TemporaryDirectory()
        try shipped.write("calm.toml", "[roles]\nheader = { fg = \"blue\" }\n")
        try shipped.write("other.toml", "[roles]\nheader = { fg = \"green\" }\n")
        try user.write("calm.toml", "[roles]\nheader = { fg = \"magenta\" }\n")
        let catalog = ThemeCatalog(directories: [user.url, shipped.url], loader: loader)
        #expect(catalog.availableThemes() == ["calm", "mono", "other"])
        #expect(catalog.load("calm").theme.style(.header).foreground == .magenta)
        #expect(catalog.load("other").theme.style(.header).foreground == .green)
        let path = shipped.url.appendingPathComponent("calm.toml").path
        #expect(catalog.load(path).theme.style(.header).foreground == .blue)
        let missing = catalog.load("nope")
        #expect(missing.isBroken)
        #expect(missing.theme == loader.base)
        #expect(catalog.load("mono").diagnostics.isEmpty)
    }

    @Test func brokenUserThemeReportsItsPath() throws {
        let user = try TemporaryDirectory()
        try user.write("mine.toml", "# comment\n[roles]\nheader = { fg = \"chartreuse\" }\n")
        let result = ThemeCatalog(directories: [user.url], loader: loader).load("mine")
        #expect(result.diagnostics.first?.file.hasSuffix("mine.toml") == true)
        #expect(result.diagnostics.first?.line == 3)
    }

    @Test func degradesForEightColoursAndMonochrome() {
        let theme = Theme(name: "t", styles: [
            .header: Style(fg: .indexed(231), bg: .indexed(24)),
            .error: Style(fg: .indexed(9)),
            .selectionFocus: Style(fg: .indexed(231), bg: .indexed(236)),
            .warning: Style(fg: .red, bg: .black),
        ])
        let eight = theme.adapted(to: .eight)
        #expect(eight.styles[.header] == Style(fg: .black, bg: .cyan), "white on a cyan stand-in turns black to stay readable")
        #expect(eight.styles[.error] == Style(fg: .red, attributes: .bold), "bright becomes bold")
        #expect(eight.styles[.selectionFocus] == Style(fg: .white, bg: .black))
        #expect(eight.styles[.warning] == Style(fg: .red, bg: .black), "colours the terminal has are kept")
        #expect(eight.styles.values.allSatisfy { ($0.foreground.index ?? 0) < 8 && ($0.background.index ?? 0) < 8 })
        #expect(theme.adapted(to: .full) == theme)
        #expect(theme.adapted(to: .none) == .mono)
        #expect(ColorCapability.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorCapability.detect(colors: 256, environment: ["NO_COLOR": ""]) == .full)
        #expect(ColorCapability.detect(colors: 8, environment: [:]) == .eight)
        #expect(ColorCapability.detect(colors: 256, hasColors: false, environment: [:]) == .none)
    }

    static let shippedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesLoadCleanly(name: String) {
        let catalog = ThemeCatalog(directories: [Self.shippedDirectory], loader: loader)
        let result = catalog.load(name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.theme.name == name)
        let defined = Set(result.theme.styles.keys)
        let missing = (ThemeRole.generic + ThemeRole.domain).filter { !defined.contains($0) }
        #expect(missing.isEmpty, "roles not covered: \(missing)")
    }
}
