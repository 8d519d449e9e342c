import ArgumentParser
import Foundation
import RecourseCore
import RecourseLetters

/// `recourse letters`: draft, review (four eyes) and export dunning letters.
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters", abstract: "Draft, approve and export dunning letters.",
        discussion: """
            States: draft → submitted → approved → sent, or rejected (back to the drafter), or cancelled. \
            Only a supervisor who did not draft a letter may approve or reject it, and a letter whose case \
            changed since it was rendered must be re-rendered before approval.
            """,
        subcommands: [
            LetterDraftCommand.self, LetterListCommand.self, LetterShowCommand.self, LetterSubmitCommand.self,
            LetterApproveCommand.self, LetterRejectCommand.self, LetterCancelCommand.self, LetterRerenderCommand.self,
            LetterExportCommand.self, LetterTemplatesCommand.self,
        ],
        defaultSubcommand: LetterListCommand.self)

    /// Opens the repository, applies one change to a letter through the desk and reports it.
    static func change(
        _ global: GlobalOptions, _ command: String, letter: String, verb: String, json: Bool, _ apply: (LetterDesk, Int64) throws -> Letter
    ) throws {
        let context = try CommandContext.open(global, command: "letters \(command) \(letter)")
        let desk = try LetterSetup.desk(context)
        try report(try apply(desk, try id(letter)), verb: verb, json: json, desk: desk)
    }

    /// Prints a letter after a change, as text or JSON.
    static func report(_ letter: Letter, verb: String, json: Bool, desk: LetterDesk) throws {
        let view = try desk.letter(id: letter.id)
        if json {
            try JSONOutput.print(LetterJSON(view, includeBody: false))
        } else {
            print("Letter \(letter.id) (\(letter.level.rawValue), \(letter.language)) for \(letter.caseReference) \(verb); now \(letter.state.rawValue).")
        }
    }

    /// Prints a letter's text line by line, with control and bidi characters made inert (a debtor's
    /// name is untrusted input); `--json` and the outbox carry the text exactly.
    static func printBody(_ body: String) {
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) { print(TerminalText.sanitize(String(line))) }
    }

    /// A letter id from the command line.
    static func id(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), id > 0 else {
            throw ValidationError(field: "letter", message: "'\(text)' is not a letter number (see `recourse letters list`)")
        }
        return id
    }
}

/// `recourse letters draft --case REF [--level L]`.
struct LetterDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Render and store a new draft for a case.")
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .long, help: "reminder, firm, final, before-action, promise-confirmation, broken-promise, plan-confirmation (default: the next on the ladder).")
    var level: String?
    @Flag(name: .long, help: "Submit it for approval at once.") var submit = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "letters draft --case \(reference)")
        let desk = try LetterSetup.desk(context)
        let chosen = try level.map { try LetterLevel.parse($0) } ?? desk.suggestedLevel(for: try desk.caseDetail(reference: reference.uppercased()))
        var letter = try desk.draft(reference: reference.uppercased(), level: chosen)
        if submit { letter = try desk.submit(letterId: letter.id) }
        if json {
            try JSONOutput.print(LetterJSON(try desk.letter(id: letter.id), includeBody: true))
        } else {
            LettersCommand.printBody(letter.body)
            print("")
            print("Letter \(letter.id) (\(letter.level.rawValue), \(letter.language)) drafted for \(letter.caseReference); total due \(letter.totalDue); now \(letter.state.rawValue).")
        }
    }
}

/// `recourse letters list [--state S] [--case REF] [--mine]`.
struct LetterListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List letters (default: the ones still to go out).")
    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Only this state (repeatable): draft, submitted, approved, sent, rejected, cancelled; or 'all'.")
    var state: [String] = []
    @Option(name: .customLong("case"), help: "Only this case.") var reference: String?
    @Flag(name: .long, help: "Only letters I drafted.") var mine = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "letters list")
        let desk = try LetterSetup.desk(context)
        var filter = LetterFilter.pending
        if state.contains("all") {
            filter.states = []
        } else if !state.isEmpty {
            filter.states = Set(try state.map { try LetterState.parse($0) })
        }
        filter.caseReference = reference?.uppercased()
        filter.draftedBy = mine ? context.session.user.login : nil
        let letters = try desk.letters(filter)
        if json {
            try JSONOutput.print(letters.map { LetterJSON($0, includeBody: false) })
            return
        }
        guard !letters.isEmpty else {
            print("No letters.")
            return
        }
        var table = TextTable([
            .init(title: "#", alignment: .right, maxWidth: 8), .init(title: "State", alignment: .left, maxWidth: 10),
            .init(title: "Case", alignment: .left, maxWidth: 12), .init(title: "Debtor", alignment: .left, maxWidth: 30),
            .init(title: "Level", alignment: .left, maxWidth: 20), .init(title: "Lang", alignment: .left, maxWidth: 4),
            .init(title: "Total due", alignment: .right, maxWidth: 32), .init(title: "Drafted by", alignment: .left, maxWidth: 16),
            .init(title: "Drafted", alignment: .left, maxWidth: 10), .init(title: "Note", alignment: .left, maxWidth: 40),
        ])
        for view in letters {
            let letter = view.letter
            let note = view.isStale ? "STALE: " + view.changes.joined(separator: "; ") : letter.rejectReason.map { "rejected: \($0)" } ?? ""
            table.append([
                String(letter.id), letter.state.rawValue, letter.caseReference, letter.debtorName, letter.level.rawValue, letter.language,
                letter.totalDue, letter.draftedBy, Timestamp.localDate(of: letter.draftedAt, in: context.clock.timeZone).description, note,
            ])
        }
        table.render().forEach { print($0) }
    }
}

/// `recourse letters show ID`.
struct LetterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one letter exactly as rendered, with its state.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The letter number.") var letter: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "letters show \(letter)")
        let view = try LetterSetup.desk(context).letter(id: try LettersCommand.id(letter))
        if json {
            try JSONOutput.print(LetterJSON(view, includeBody: true))
            return
        }
        let letter = view.letter
        print("Letter \(letter.id) · \(letter.caseReference) · \(letter.level.rawValue) · \(letter.language) · \(letter.state.rawValue) · drafted by \(letter.draftedBy)")
        if let reason = letter.rejectReason, letter.state == .rejected { print("Rejected by \(letter.decidedBy ?? "?"): \(reason)") }
        if let reason = letter.cancelReason { print("Cancelled: \(reason)") }
        if view.isStale { print("STALE — the case changed since rendering: " + view.changes.joined(separator: "; ")) }
        print(String(repeating: "─", count: 72))
        LettersCommand.printBody(letter.body)
    }
}
