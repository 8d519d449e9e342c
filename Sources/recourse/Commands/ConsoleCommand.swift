import ArgumentParser
import Foundation

/// `recourse console` (and `recourse` alone): the caseworker console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Open the console (the default).")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("Colour theme: a shipped name or a TOML file.", valueName: "name|path")) var theme: String?

    func run() throws {
        try ConsoleLauncher.run(global: global, theme: theme)
    }
}
