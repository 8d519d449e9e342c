import ArgumentParser
import Foundation
import RecourseCore

/// `recourse queue`: the ranked work queue with the reason for each place.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Show the ranked work queue.",
        discussion: """
            Callbacks due now come first, then broken promises not yet followed up, then cases whose next \
            action is due, then the rest; within each group by a score of amount (0-50), days overdue \
            (0-30) and stage (0-10). Caseworkers see their own cases by default, supervisors everyone's.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Show at most this many rows.") var limit: Int?
    @Flag(name: .long, help: "Only my cases.") var mine = false
    @Flag(name: .long, help: "Every open case.") var all = false
    @Option(name: .long, help: ArgumentHelp("Only this caseworker's cases.", valueName: "login")) var assignee: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    mutating func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if [mine, all, assignee != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --mine, --all and --assignee")
        }
    }

    func run() throws {
        let context = try CommandContext.open(global, command: "queue")
        let scope: QueueScope
        if mine { scope = .mine }
        else if all { scope = .all }
        else if let assignee {
            guard try context.repository.user(login: assignee) != nil else { throw RecourseError.unknownUser(assignee) }
            scope = .assignee(assignee)
        } else { scope = QueueScope.defaultScope(for: context.session.user.role) }
        let entries = try WorkQueue(repository: context.repository, clock: context.clock).entries(scope: scope, session: context.session)
        let scopeName: String
        switch scope {
        case .mine: scopeName = "mine"
        case .all: scopeName = "all"
        case .assignee(let login): scopeName = login
        }
        if json {
            try JSONOutput.print(QueueJSON(entries: entries, limit: limit, asOf: context.clock.today, scope: scopeName, timeZone: context.clock.timeZone))
            return
        }
        printTable(entries, context: context, scopeName: scopeName)
    }

    private func printTable(_ entries: [QueueEntry], context: CommandContext, scopeName: String) {
        let shown = entries.prefix(limit ?? 40)
        print("Work queue for \(context.session.user.login) (\(scopeName)), as of \(context.clock.today): \(entries.count) open cases")
        guard !shown.isEmpty else {
            print(scopeName == "mine" ? "No open cases are assigned to you; `recourse queue --all` shows everyone's." : "No open cases.")
            return
        }
        var table = TextTable([
            .init(title: "#", alignment: .right, maxWidth: 7), .init(title: "Reference", alignment: .left, maxWidth: 9),
            .init(title: "Debtor", alignment: .left, maxWidth: 34), .init(title: "CC", alignment: .left, maxWidth: 2),
            .init(title: "Stage", alignment: .left, maxWidth: 10), .init(title: "Outstanding", alignment: .right, maxWidth: 34),
            .init(title: "Days", alignment: .right, maxWidth: 4), .init(title: "Score", alignment: .right, maxWidth: 5),
            .init(title: "Reason", alignment: .left, maxWidth: 34),
        ])
        for entry in shown {
            let candidate = entry.candidate
            table.append([
                String(entry.rank), candidate.reference, candidate.debtorName, candidate.debtorCountry, candidate.stage.rawValue,
                candidate.outstanding.map { context.money.string($0) }.joined(separator: " + "),
                String(entry.daysOverdue), String(entry.score.total), entry.reason(in: context.clock.timeZone),
            ])
        }
        table.render().forEach { print($0) }
        if entries.count > shown.count {
            print("… \(entries.count - shown.count) more (--limit N shows more, --json for all fields)")
        }
    }
}
