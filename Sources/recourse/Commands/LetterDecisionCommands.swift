import ArgumentParser
import Foundation
import RecourseCore
import RecourseLetters

/// `recourse letters submit ID`.
struct LetterSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Put a draft forward for a supervisor's approval.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try LettersCommand.change(global, "submit", letter: letter, verb: "submitted", json: json) { desk, id in
            try desk.submit(letterId: id)
        }
    }
}

/// `recourse letters approve ID`.
struct LetterApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a submitted letter (a supervisor who did not draft it).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try LettersCommand.change(global, "approve", letter: letter, verb: "approved", json: json) { desk, id in
            try desk.approve(letterId: id)
        }
    }
}

/// `recourse letters reject ID --reason TEXT`.
struct LetterRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Send a submitted letter back to its drafter with a reason.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Option(name: .long, help: "Why, for the drafter (required).") var reason: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try LettersCommand.change(global, "reject", letter: letter, verb: "rejected", json: json) { desk, id in
            try desk.reject(letterId: id, reason: reason)
        }
    }
}

/// `recourse letters cancel ID --reason TEXT`.
struct LetterCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Withdraw a letter that has not gone out.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Option(name: .long, help: "Why (required).") var reason: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try LettersCommand.change(global, "cancel", letter: letter, verb: "cancelled", json: json) { desk, id in
            try desk.cancel(letterId: id, reason: reason)
        }
    }
}

/// `recourse letters rerender ID`.
struct LetterRerenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rerender", abstract: "Render a letter again from the case as it is now (clears 'stale').")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try LettersCommand.change(global, "rerender", letter: letter, verb: "re-rendered", json: json) { desk, id in
            try desk.rerender(letterId: id)
        }
    }
}

/// `recourse letters export [--outbox DIR]`.
struct LetterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write every approved letter to the outbox as a new batch and mark them sent (supervisors).")
    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "The outbox directory (default: outbox in the data directory).") var outbox: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "letters export")
        let batch = try LetterSetup.desk(context).export(to: LetterSetup.outbox(explicit: outbox))
        if json {
            try JSONOutput.print([
                "batch": batch.directory?.path ?? "", "manifest": batch.manifest?.path ?? "",
                "letters": batch.letters.map { String($0.id) }.joined(separator: ","),
            ])
            return
        }
        guard let directory = batch.directory else {
            print("No approved letters to export.")
            return
        }
        print("Exported \(batch.letters.count) letter\(batch.letters.count == 1 ? "" : "s") to \(directory.path) (manifest.jsonl); marked sent.")
    }
}

/// `recourse letters templates`: which template serves each language and level, and any problems.
struct LetterTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "List the letter templates in use and report broken ones (exit 1).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let directory = LetterTemplates.defaultUserDirectory(environment: ProcessInfo.processInfo.environment)
        let (templates, problems) = LetterTemplates.load(userDirectory: directory)
        print("User templates: \(directory.path)")
        var table = TextTable([
            .init(title: "Lang", alignment: .left, maxWidth: 6), .init(title: "Level", alignment: .left, maxWidth: 22),
            .init(title: "From", alignment: .left, maxWidth: 80),
        ])
        for source in templates.sources { table.append([source.language, source.level.rawValue, source.origin]) }
        table.render().forEach { print($0) }
        guard problems.isEmpty else {
            for problem in problems { FileHandle.standardError.write(Data("recourse: \(problem)\n".utf8)) }
            throw ExitCode(1)
        }
    }
}
