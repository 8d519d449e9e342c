import ArgumentParser
import Foundation
import RecourseCore
import RecourseLetters

/// `recourse escalations`: the ladder run, the supervisors' review queue and their decisions.
struct EscalationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalations", abstract: "The escalation ladder, the review queue and supervisors' decisions.",
        subcommands: [
            LadderRunCommand.self, LadderListCommand.self, ReviewListCommand.self, ProposeCommand.self, DecideCommand.self, UpdateCommand.self,
        ],
        defaultSubcommand: ReviewListCommand.self)
}

/// `recourse escalations review`: the cases waiting for a decision.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "List the cases waiting for a supervisor's decision.")
    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations review")
        let items = try ReviewDesk(store: context.repository, clock: context.clock, session: context.session).queue()
        if json {
            try JSONOutput.print(items.map(ReviewItemJSON.init))
            return
        }
        guard !items.isEmpty else {
            print("No case is waiting for a decision.")
            return
        }
        var table = TextTable([
            .init(title: "Case", alignment: .left, maxWidth: 10), .init(title: "Debtor", alignment: .left, maxWidth: 30),
            .init(title: "CC", alignment: .left, maxWidth: 2), .init(title: "Reason", alignment: .left, maxWidth: 20),
            .init(title: "Outstanding", alignment: .right, maxWidth: 34), .init(title: "Days", alignment: .right, maxWidth: 5),
            .init(title: "Since", alignment: .left, maxWidth: 10), .init(title: "By", alignment: .left, maxWidth: 14),
            .init(title: "Note", alignment: .left, maxWidth: 40),
        ])
        for item in items {
            table.append([
                item.reference, item.debtorName, item.country.code, item.reason.label,
                item.outstanding.map(context.money.string).joined(separator: " + "), String(item.daysOverdue),
                item.requestedOn?.description ?? "", item.requestedBy ?? "", item.note ?? "",
            ])
        }
        table.render().forEach { print($0) }
    }
}

/// A review item for `--json`.
struct ReviewItemJSON: Encodable {
    let reference: String
    let debtor: String
    let country: String
    let stage: String
    let reason: String
    let note: String?
    let requestedBy: String?
    let requestedOn: String?
    let assignee: String?
    let outstanding: [Money]
    let daysOverdue: Int
    let awaitingPlan: Int64?

    init(_ item: ReviewItem) {
        reference = item.reference
        debtor = item.debtorName
        country = item.country.code
        stage = item.stage.rawValue
        reason = item.reason.rawValue
        note = item.note
        requestedBy = item.requestedBy
        requestedOn = item.requestedOn?.description
        assignee = item.assignee
        outstanding = item.outstanding
        daysOverdue = item.daysOverdue
        awaitingPlan = item.awaitingPlanId
    }
}

/// `recourse escalations propose --case REF --note TEXT`.
struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "propose", abstract: "Propose a case for a supervisor's review.")
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .long, help: "Why the case needs a decision.") var note: String

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations propose --case \(reference)")
        try ReviewDesk(store: context.repository, clock: context.clock, session: context.session).propose(reference: reference, note: note)
        print("Proposed \(reference.uppercased()) for review.")
    }
}
