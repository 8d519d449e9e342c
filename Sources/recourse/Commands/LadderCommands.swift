import ArgumentParser
import Foundation
import RecourseCore
import RecourseEscalation
import RecourseLetters

/// `recourse escalations run [--today D]`: the ladder run for a day.
struct LadderRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Apply the ladder as of a day: calls due, letters drafted for approval, reviews (supervisors).")
    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations run")
        let summary = try EscalationSetup.runner(context).run(asOf: context.clock.today)
        if json {
            try JSONOutput.print(summary)
            return
        }
        print("Ladder run for \(summary.runOn): \(summary.line).")
        for (reason, count) in summary.skipped.sorted(by: { $0.key < $1.key }) { print("  skipped \(count): \(reason)") }
        for (reason, count) in summary.paused.sorted(by: { $0.key < $1.key }) { print("  paused \(count): \(reason)") }
        for problem in summary.problems { print("  not taken: \(problem)") }
    }
}

/// `recourse escalations list`: what the ladder would do today, changing nothing.
struct LadderListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "What is due on the ladder and why, without changing anything.")
    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Every case on the ladder, not only those with a step due.") var all = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations list")
        let entries = try EscalationSetup.runner(context).plan(asOf: context.clock.today).filter { entry in
            if all { return true }
            switch entry.decision {
            case .take, .skip: return true
            default: return false
            }
        }
        if json {
            try JSONOutput.print(entries.map { ["case": $0.reference, "decision": $0.decision.description] })
            return
        }
        guard !entries.isEmpty else {
            print("Nothing is due on the ladder on \(context.clock.today).")
            return
        }
        var table = TextTable([.init(title: "Case", alignment: .left, maxWidth: 10), .init(title: "Ladder", alignment: .left, maxWidth: 90)])
        for entry in entries { table.append([entry.reference, entry.decision.description]) }
        table.render().forEach { print($0) }
        print("\(entries.count) case\(entries.count == 1 ? "" : "s"); `recourse escalations run` takes the due steps.")
    }
}

/// The runner for a command: the ladder policy (bundled and the user's), letters rendered as each case's caseworker.
enum EscalationSetup {
    static func runner(_ context: CommandContext, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> EscalationRunner {
        let policy = try LadderPolicyFile.load(userFile: LadderPolicyFile.defaultUserFile(environment: environment))
        let letters = try LetterSetup.components(environment: environment)
        return EscalationRunner(
            store: context.repository, policy: policy,
            desk: { user in letters.desk(store: context.repository, clock: context.clock, session: Session(user: user, osLogin: context.session.osLogin)) },
            clock: context.clock, session: context.session)
    }
}
