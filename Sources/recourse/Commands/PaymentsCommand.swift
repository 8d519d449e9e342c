import ArgumentParser
import Foundation
import RecourseCore

/// `recourse payments`: the unmatched payments and supervisors' decisions on them.
struct PaymentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Unmatched imported payments: list, assign to a case, set aside.",
        subcommands: [Unmatched.self, Assign.self, NotOurs.self], defaultSubcommand: Unmatched.self)

    static func desk(_ context: CommandContext) throws -> PaymentDesk {
        PaymentDesk(store: context.repository, clock: context.clock, session: context.session, policy: try CallPolicySetup.load())
    }

    static func id(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces).drop { $0 == "#" }), id > 0 else {
            throw ValidationError("'\(text)' is not a payment number")
        }
        return id
    }

    /// `recourse payments unmatched [--all] [--json]`.
    struct Unmatched: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unmatched", abstract: "List the imported payments no rule matched.")
        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: "Include assigned and set-aside payments.") var all = false
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() throws {
            let context = try CommandContext.open(global, command: "payments unmatched")
            let items = try PaymentsCommand.desk(context).unmatched(includeDecided: all)
            if json {
                try JSONOutput.print(items.map(UnmatchedPaymentJSON.init))
                return
            }
            guard !items.isEmpty else {
                print("No unmatched payment.")
                return
            }
            var table = TextTable([
                .init(title: "#", alignment: .right, maxWidth: 6), .init(title: "Date", alignment: .left, maxWidth: 10),
                .init(title: "Amount", alignment: .right, maxWidth: 20), .init(title: "Payer", alignment: .left, maxWidth: 26),
                .init(title: "Reference / remittance", alignment: .left, maxWidth: 36), .init(title: "Status", alignment: .left, maxWidth: 9),
                .init(title: "Why / decision", alignment: .left, maxWidth: 40),
            ])
            for item in items {
                let text = [item.reference, item.remittance].compactMap { $0 }.joined(separator: " ")
                let note = item.status == .open ? item.why : "\(item.decision ?? "") (\(item.decidedBy ?? ""))"
                table.append([String(item.id), item.receivedOn.description, context.money.string(item.amount), item.payer ?? "",
                              text, item.status.rawValue, note])
            }
            table.render().forEach { print($0) }
        }
    }

    /// `recourse payments assign ID --case REF`.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: "Record an unmatched payment on a case (supervisors).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The unmatched payment's number.") var payment: String
        @Option(name: .customLong("case"), help: "The case reference.") var reference: String

        func run() throws {
            let id = try PaymentsCommand.id(payment)
            let context = try CommandContext.open(global, command: "payments assign \(payment) --case \(reference)")
            let outcome = try PaymentsCommand.desk(context).assign(id: id, caseReference: reference)
            var message = "Payment \(id): \(context.money.string(outcome.applied)) recorded on \(reference.uppercased())"
            if outcome.credit.isPositive { message += ", \(context.money.string(outcome.credit)) kept as credit" }
            if outcome.promiseKept { message += "; the promise is kept" }
            if outcome.closedAsPaid { message += "; paid in full, case closed" }
            print(message + ".")
        }
    }

    /// `recourse payments not-ours ID --reason TEXT`.
    struct NotOurs: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "not-ours", abstract: "Set an unmatched payment aside as not ours (supervisors).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The unmatched payment's number.") var payment: String
        @Option(name: .long, help: "Why (required).") var reason: String

        func run() throws {
            let id = try PaymentsCommand.id(payment)
            let context = try CommandContext.open(global, command: "payments not-ours \(payment)")
            try PaymentsCommand.desk(context).markNotOurs(id: id, reason: reason)
            print("Payment \(id) set aside as not ours.")
        }
    }
}

/// An unmatched payment for `--json`.
struct UnmatchedPaymentJSON: Encodable {
    let id: Int64
    let date: String
    let amount: Money
    let payer: String?
    let reference: String?
    let remittance: String?
    let why: String
    let status: String
    let decidedBy: String?
    let decision: String?

    init(_ item: UnmatchedPayment) {
        (id, date, amount, payer, reference, remittance) = (item.id, item.receivedOn.description, item.amount, item.payer, item.reference, item.remittance)
        (why, status, decidedBy, decision) = (item.why, item.status.rawValue, item.decidedBy, item.decision)
    }
}
