import ArgumentParser
import Foundation
import RecourseStore

/// `recourse check`: SQLite integrity, foreign keys, and balances that add up.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the repository: SQLite integrity, foreign keys, balances that add up.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "check")
        let report = try context.repository.checkIntegrity()
        if json {
            try JSONOutput.print(report)
        } else {
            print("Repository \(context.repository.path)")
            for check in report.checks {
                print("  \(check.passed ? "ok  " : "FAIL") \(check.name)")
                for problem in check.problems { print("         \(problem)") }
            }
            print(report.passed ? "All checks passed." : "Problems found.")
        }
        if !report.passed { throw ExitCode(1) }
    }
}
