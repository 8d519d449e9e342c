import ArgumentParser
import Foundation
import RecourseCore

/// `recourse import payments FILE [--format csv|camt053] [--dry-run] [--json]`.
struct ImportPaymentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Import a payments CSV or a camt.053 bank statement and match it to cases (supervisors).",
        discussion: """
            Matching, in order: the RF creditor reference printed on letters; a case reference or invoice number \
            in the remittance text; the exact outstanding amount from a payer named like the debtor. Matched payments \
            are recorded like `recourse payment record`; the rest go to `recourse payments unmatched`. Importing the \
            same file twice changes nothing. CSV columns: date, amount, currency, reference, payer [, remittance]; \
            amounts in your locale (LC_NUMERIC / LANG).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to import.") var file: String
    @Option(name: .long, help: "csv or camt053 (default: guessed from the content).") var format: String?
    @Flag(name: .long, help: "Show what would happen; keep nothing.") var dryRun = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func validate() throws {
        if let format, PaymentFileFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be csv or camt053")
        }
    }

    func run() throws {
        let chosen = format.flatMap { PaymentFileFormat(rawValue: $0.lowercased()) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RecourseError.conflict("cannot read \(file)")
        }
        let context = try CommandContext.open(global, command: "import payments \(file)")
        let desk = PaymentDesk(store: context.repository, clock: context.clock, session: context.session, policy: try CallPolicySetup.load())
        let report = try desk.importFile(Array(data), format: chosen, conventions: context.conventions, dryRun: dryRun)
        if json {
            try JSONOutput.print(PaymentImportJSON(dryRun: dryRun, entries: report.map(ImportedEntryJSON.init)))
            return
        }
        var table = TextTable([
            .init(title: "Date", alignment: .left, maxWidth: 10), .init(title: "Amount", alignment: .right, maxWidth: 20),
            .init(title: "Payer", alignment: .left, maxWidth: 28), .init(title: "Result", alignment: .left, maxWidth: 60),
        ])
        for line in report {
            table.append([
                line.entry.bookedOn.description, context.money.string(line.entry.amount), line.entry.payer ?? "",
                Self.describe(line.outcome, money: context.money),
            ])
        }
        table.render().forEach { print($0) }
        let recorded = report.filter { if case .recorded = $0.outcome { true } else { false } }.count
        let unmatched = report.filter { if case .unmatched = $0.outcome { true } else { false } }.count
        let skipped = report.count - recorded - unmatched
        print("\(dryRun ? "Dry run: would record" : "Recorded") \(recorded), unmatched \(unmatched), already imported \(skipped).")
    }

    static func describe(_ outcome: ImportedEntryOutcome, money: MoneyFormatter) -> String {
        switch outcome {
        case .recorded(let reference, let method, let result):
            var text = "\(reference) by \(method.label)"
            if result.credit.isPositive { text += ", \(money.string(result.credit)) credit" }
            if result.promiseKept { text += ", promise kept" }
            if result.closedAsPaid { text += ", paid in full, closed" }
            return text
        case .unmatched(let id, let why):
            return "unmatched" + (id.map { " #\($0)" } ?? "") + ": \(why)"
        case .alreadyImported:
            return "already imported"
        }
    }
}

/// An import report for `--json`.
struct PaymentImportJSON: Encodable {
    let dryRun: Bool
    let entries: [ImportedEntryJSON]
}

/// One entry of an import for `--json`.
struct ImportedEntryJSON: Encodable {
    let entryId: String
    let date: String
    let amount: Money
    let payer: String?
    let reference: String?
    let result: String
    let caseReference: String?
    let method: String?
    let unmatchedId: Int64?
    let why: String?
    let closedAsPaid: Bool?
    let promiseKept: Bool?

    init(_ line: ImportedEntry) {
        entryId = line.entry.entryId
        date = line.entry.bookedOn.description
        amount = line.entry.amount
        payer = line.entry.payer
        reference = line.entry.reference
        switch line.outcome {
        case .recorded(let reference, let method, let outcome):
            (result, caseReference, self.method, unmatchedId, why) = ("recorded", reference, method.rawValue, nil, nil)
            (closedAsPaid, promiseKept) = (outcome.closedAsPaid, outcome.promiseKept)
        case .unmatched(let id, let reason):
            (result, caseReference, method, unmatchedId, why) = ("unmatched", nil, nil, id, reason)
            (closedAsPaid, promiseKept) = (nil, nil)
        case .alreadyImported:
            (result, caseReference, method, unmatchedId, why) = ("already-imported", nil, nil, nil, nil)
            (closedAsPaid, promiseKept) = (nil, nil)
        }
    }
}
