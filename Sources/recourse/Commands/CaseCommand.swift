import ArgumentParser
import Foundation
import RecourseCore

/// `recourse case REF`: one case whole — debtor, claims, balances, promises and history.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "case", abstract: "Show one case.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The case reference, e.g. RC-000123.") var reference: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let context = try CommandContext.open(global, command: "case \(reference)")
        let detail = try CaseLookup(repository: context.repository, clock: context.clock).detail(reference: reference)
        if json {
            try JSONOutput.print(CaseJSON(detail, asOf: context.clock.today))
        } else {
            CaseReport(detail: detail, today: context.clock.today, money: context.money).lines().forEach { print($0) }
        }
    }
}
