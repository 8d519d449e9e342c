import ArgumentParser
import Foundation
import RecourseCore
import RecourseStore

/// The `recourse` command: the console by default, and scriptable subcommands sharing its use cases.
struct Recourse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recourse",
        abstract: "Recourse: a terminal console for commercial debt recovery.",
        discussion: """
            Without a subcommand, opens the console. Global options (--db, --today, --as) may come \
            before or after the subcommand. Exit status: 0 ok, 1 a refusal or bad input (message on \
            stderr), 2 bad usage.
            """,
        version: "0.1.0",
        subcommands: [
            ConsoleCommand.self, DemoCommand.self, QueueCommand.self, CaseCommand.self, CallCommand.self, PaymentCommand.self, PaymentsCommand.self, ImportCommand.self,
            InterestCommand.self, LettersCommand.self, EscalationsCommand.self, LawyersCommand.self, AgencyCommand.self, UsersCommand.self,
            CheckCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)
}

/// Entry point: normalises argument order, runs the command, maps failures to exit codes.
@main
enum RecourseMain {
    static func main() {
        let arguments = ArgumentOrder.normalise(Array(CommandLine.arguments.dropFirst()))
        var command: any ParsableCommand
        do {
            command = try Recourse.parseAsRoot(arguments)
        } catch {
            let code = Recourse.exitCode(for: error)
            if code == .success {
                print(Recourse.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((Recourse.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
        do {
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            // `--help` on a subcommand arrives here as the parser's own help request.
            if Recourse.exitCode(for: error) == .success {
                print(Recourse.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data("recourse: \(message(for: error))\n".utf8))
            exit(1)
        }
    }

    /// A user-facing message for any failure.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as RecourseError: return error.description
        case let error as RepositoryError: return error.description
        case let error as RecourseCore.ValidationError: return error.description
        case let error as MoneyError: return error.description
        case let error as CustomStringConvertible: return error.description
        default: return error.localizedDescription
        }
    }
}
