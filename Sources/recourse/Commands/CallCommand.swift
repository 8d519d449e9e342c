import ArgumentParser
import Foundation
import RecourseConsole
import RecourseCore

/// `recourse call log`: the console's call form on the command line, with the same checks.
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Log phone calls.", subcommands: [Log.self], defaultSubcommand: Log.self)

    /// `recourse call log --case REF --outcome CODE …`.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "Log a call on a case.",
            discussion: """
                Outcomes: PTP (needs --amount and --date), PLAN (--instalments, --first, --frequency), PAID, \
                CB (--callback "YYYY-MM-DD HH:MM" in the debtor's time), DISP (--reason, optional --claims 1,2 or \
                invoice numbers), RTP, INSOLV (optional --practitioner), NOINV, LM, NA, WN (--contact whose number \
                was wrong), TP. Amounts are read in your locale.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("case"), help: "The case reference.") var reference: String
        @Option(name: .long, help: "The outcome code.") var outcome: String
        @Option(name: .long, help: "The contact spoken to (name as on file).") var contact: String?
        @Option(name: .long, help: "A new contact's name (added to the debtor).") var newContact: String?
        @Option(name: .long, help: "The new contact's role.") var contactRole: String?
        @Option(name: .long, help: "The new contact's phone.") var contactPhone: String?
        @Flag(name: .long, help: "The debtor called us.") var inbound = false
        @Option(name: .long, help: "Length in minutes.") var duration: String?
        @Option(name: .long, help: "Promised amount (PTP).") var amount: String?
        @Option(name: .long, help: "Promised date (PTP), YYYY-MM-DD.") var date: String?
        @Option(name: .long, help: "Number of instalments (PLAN).") var instalments: String?
        @Option(name: .long, help: "First instalment date (PLAN).") var first: String?
        @Option(name: .long, help: "weekly, fortnightly or monthly (PLAN).") var frequency: String = "monthly"
        @Option(name: .long, help: "Callback time in the debtor's time (CB).") var callback: String?
        @Option(name: .long, help: "Why the debtor disputes (DISP).") var reason: String?
        @Option(name: .long, help: "Disputed claims (DISP): positions or invoice numbers.") var claims: String?
        @Option(name: .long, help: "Insolvency practitioner (INSOLV).") var practitioner: String?
        @Option(name: .long, help: "Notes.") var note: String?
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() throws {
            let context = try CommandContext.open(global, command: "call log \(reference) \(outcome)")
            let policy = try CallPolicySetup.load()
            let detail = try CaseLookup(repository: context.repository, clock: context.clock).detail(reference: reference)
            var entry = CallEntry(reference: detail.collectionCase.reference)
            entry.outcome = outcome
            entry.direction = inbound ? .inbound : .outbound
            entry.contact = try contactChoice(detail)
            entry.duration = duration ?? ""
            entry.note = note ?? ""
            entry.promiseAmount = amount ?? ""
            entry.promiseDate = date ?? ""
            entry.planInstalments = instalments ?? ""
            entry.planFirstDate = first ?? ""
            entry.planFrequency = frequency
            entry.callback = callback ?? ""
            entry.disputeReason = reason ?? ""
            entry.disputedClaims = claims ?? ""
            entry.practitioner = practitioner ?? ""
            let logger = CallLogger(
                recorder: context.repository, cases: context.repository, clock: context.clock, policy: policy,
                conventions: context.conventions)
            let write: CallWrite
            do {
                write = try logger.log(entry, session: context.session)
            } catch let problems as CallProblems {
                throw RecourseError.conflict("the call was not logged:\n" + problems.description)
            }
            if json {
                try JSONOutput.print([
                    "reference": write.reference, "outcome": write.record.outcome.rawValue,
                    "nextAction": write.nextAction.code, "nextActionOn": write.nextActionOn.description,
                    "detail": write.record.outcomeDetail ?? "",
                ])
            } else {
                let detailText = write.record.outcomeDetail.map { ": \($0)" } ?? ""
                print("Logged \(write.record.outcome.rawValue) on \(write.reference)\(detailText). Next: \(write.nextAction.label) on \(write.nextActionOn).")
            }
        }

        private func contactChoice(_ detail: CaseDetail) throws -> ContactChoice {
            if let newContact {
                return .new(name: newContact, role: contactRole ?? "", phone: contactPhone ?? "")
            }
            guard let contact else { return .none }
            let wanted = contact.lowercased()
            let matches = detail.debtor.contacts.filter { $0.name.lowercased() == wanted }
                + detail.debtor.contacts.filter { $0.name.lowercased() != wanted && $0.name.lowercased().contains(wanted) }
            guard let found = matches.first else {
                let known = detail.debtor.contacts.map(\.name).joined(separator: ", ")
                throw RecourseError.invalid(ValidationError(
                    field: "--contact", message: "no contact '\(contact)' at \(detail.debtor.name) (on file: \(known.isEmpty ? "none" : known)); use --new-contact to add one"))
            }
            return .existing(found.id)
        }
    }
}

/// `recourse payment record`: money received on a case.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment", abstract: "Record payments.", subcommands: [Record.self], defaultSubcommand: Record.self)

    /// `recourse payment record --case REF --amount A --date D [--reference R]`.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record", abstract: "Record a payment received on a case.",
            discussion: "Allocated to the oldest open claims; a promise it fulfils is kept; a case paid in full is closed as paid.")

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("case"), help: "The case reference.") var reference: String
        @Option(name: .long, help: "Amount received, in your locale (a leading currency code picks the currency).") var amount: String
        @Option(name: .long, help: "Value date, YYYY-MM-DD.") var date: String
        @Option(name: .customLong("reference"), help: "Bank reference.") var bankReference: String?

        func run() throws {
            let context = try CommandContext.open(global, command: "payment record \(reference)")
            let policy = try CallPolicySetup.load()
            let outcome = try PaymentRecorder(
                recorder: context.repository, cases: context.repository, clock: context.clock, policy: policy,
                conventions: context.conventions
            ).record(reference: reference, amount: amount, date: date, bankReference: bankReference, session: context.session)
            var message = "Recorded \(context.money.string(outcome.applied)) on \(reference.uppercased())"
            if outcome.credit.isPositive { message += ", \(context.money.string(outcome.credit)) kept as credit" }
            if outcome.promiseKept { message += "; the promise is kept" }
            if outcome.closedAsPaid { message += "; paid in full, case closed" }
            print(message + ".")
        }
    }
}

/// The user's call policy, or a refusal naming the broken file.
enum CallPolicySetup {
    static func load() throws -> CallPolicy {
        let (policy, problems) = CallPolicyFile.load(from: CallPolicyFile.url(environment: ProcessInfo.processInfo.environment))
        if !problems.isEmpty { throw RecourseError.conflict(problems.joined(separator: "\n")) }
        return policy
    }
}
