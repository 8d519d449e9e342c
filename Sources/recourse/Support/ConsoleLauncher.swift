import Foundation

/// Starts the console on the repository the options point at.
enum ConsoleLauncher {
    static func run(global: GlobalOptions, theme: String?) throws {
        let context = try CommandContext.open(global, command: "console", access: .createIfMissing)
        print("The console is not part of this build yet. Repository: \(context.repository.path)")
        print("Try: recourse queue --db \(context.repository.path)")
    }
}
