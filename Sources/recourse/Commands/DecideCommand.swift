import ArgumentParser
import Foundation
import RecourseCore
import RecourseLetters

/// `recourse escalations decide --case REF --decision D …`: a supervisor's decision on a reviewed case.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Decide a case in the review queue (supervisors).",
        discussion: """
            legal: --lawyer ID --costs A --next-step TEXT · insolvency: --practitioner P --deadline D [--claimed A …] \
            (default: the open balance with statutory interest and compensation to today) · extend: --until D --reason T · \
            writeoff: --reason T · return: --reason T (the note for the caseworker) · approve-plan · decline-plan: --reason T
            """)
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .long, help: "legal, insolvency, extend, writeoff, return, approve-plan or decline-plan.") var decision: String
    @Option(name: .long, help: "legal: the lawyer's number (recourse lawyers list).") var lawyer: Int64?
    @Option(name: .long, help: "legal: estimated costs, e.g. 1500 or 'GBP 1500'.") var costs: String?
    @Option(name: .customLong("next-step"), help: "legal: what the lawyer does next.") var nextStep: String?
    @Option(name: .long, help: "insolvency: the practitioner.") var practitioner: String?
    @Option(name: .long, help: "insolvency: the last day to file, YYYY-MM-DD.") var deadline: String?
    @Option(name: .long, help: "insolvency: an amount claimed (repeat per currency).") var claimed: [String] = []
    @Option(name: .long, help: "extend: until YYYY-MM-DD.") var until: String?
    @Option(name: .long, help: "The reason (extend, writeoff, decline-plan) or the note (return).") var reason: String?

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations decide --case \(reference) --decision \(decision)")
        let desk = ReviewDesk(store: context.repository, clock: context.clock, session: context.session)
        let detail = try CaseLookup(repository: context.repository, clock: context.clock).detail(reference: reference)
        let main = CallLogger.mainCurrency(of: detail) ?? .eur
        func required(_ value: String?, _ option: String) throws -> String {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ArgumentParser.ValidationError("--decision \(decision) needs \(option)")
            }
            return value
        }
        func day(_ text: String, _ option: String) throws -> LocalDate { try LocalDate.parse(text, field: option) }
        let chosen: ReviewDecision
        switch decision.lowercased() {
        case "legal":
            guard let lawyer else { throw ArgumentParser.ValidationError("--decision legal needs --lawyer (recourse lawyers list)") }
            let estimate = try MoneyArgument.parse(try required(costs, "--costs"), field: "--costs", defaultCurrency: main, conventions: context.conventions)
            chosen = .legal(lawyerId: lawyer, estimatedCosts: estimate, nextStep: try required(nextStep, "--next-step"))
        case "insolvency":
            let amounts = try claimed.isEmpty
                ? Self.defaultClaim(detail, on: context.clock.today)
                : claimed.map { try MoneyArgument.parse($0, field: "--claimed", defaultCurrency: main, conventions: context.conventions) }
            chosen = .insolvency(
                practitioner: try required(practitioner, "--practitioner"), filingDeadline: try day(try required(deadline, "--deadline"), "--deadline"),
                claimed: amounts)
        case "extend": chosen = .extend(until: try day(try required(until, "--until"), "--until"), reason: try required(reason, "--reason"))
        case "writeoff", "write-off": chosen = .writeOff(reason: try required(reason, "--reason"))
        case "return": chosen = .returnToCaseworker(note: try required(reason, "--reason"))
        case "approve-plan": chosen = .approvePlan
        case "decline-plan": chosen = .declinePlan(reason: try required(reason, "--reason"))
        default:
            throw ArgumentParser.ValidationError("--decision: '\(decision)' is not one of legal, insolvency, extend, writeoff, return, approve-plan, decline-plan")
        }
        try desk.decide(reference: reference, chosen)
        print("\(detail.collectionCase.reference): \(chosen.summary).")
    }

    /// The open balance with statutory interest and compensation to `day`, per currency (as the console's insolvency form).
    static func defaultClaim(_ detail: CaseDetail, on day: LocalDate) throws -> [Money] {
        let rates = try RateTableFile.load(userFile: RateTableFile.defaultUserFile(environment: ProcessInfo.processInfo.environment))
        return try BalanceWithInterest.compute(detail, asOf: day, interest: LetterInterest.statutory(rates: rates)).total
    }
}

/// `recourse escalations update --case REF …`: progress on a legal matter or insolvency claim.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Record progress on a legal matter or insolvency claim.")
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("case"), help: "The case reference.") var reference: String
    @Option(name: .customLong("court-reference"), help: "legal: the court's reference.") var courtReference: String?
    @Option(name: .customLong("next-step"), help: "legal: what the lawyer does next.") var nextStep: String?
    @Option(name: .long, help: "legal: costs so far.") var costs: String?
    @Option(name: .long, help: "legal: a hearing date, YYYY-MM-DD.") var hearing: String?
    @Option(name: .long, help: "insolvency: the day the claim was filed.") var filed: String?
    @Option(name: .long, help: "insolvency: the amount admitted.") var admitted: String?
    @Option(name: .long, help: "insolvency: a dividend received.") var dividend: String?

    func run() throws {
        let context = try CommandContext.open(global, command: "escalations update --case \(reference)")
        let detail = try CaseLookup(repository: context.repository, clock: context.clock).detail(reference: reference)
        let main = CallLogger.mainCurrency(of: detail) ?? .eur
        func money(_ text: String?, _ field: String) throws -> Money? {
            try text.map { try MoneyArgument.parse($0, field: field, defaultCurrency: main, conventions: context.conventions) }
        }
        let update: EscalationUpdate
        switch detail.collectionCase.stage {
        case .legal:
            update = .legal(courtReference: courtReference, nextStep: nextStep, costsSoFar: try money(costs, "--costs"),
                            hearing: try hearing.map { try LocalDate.parse($0, field: "--hearing") })
        case .insolvency:
            update = .insolvency(filedOn: try filed.map { try LocalDate.parse($0, field: "--filed") }, admitted: try money(admitted, "--admitted"),
                                 dividend: try money(dividend, "--dividend"))
        default:
            throw RecourseError.conflict("\(detail.collectionCase.reference) is \(detail.collectionCase.stage.rawValue); only legal and insolvency cases have these fields")
        }
        try ReviewDesk(store: context.repository, clock: context.clock, session: context.session).update(reference: reference, update)
        print("Updated \(detail.collectionCase.reference).")
    }
}
