import ArgumentParser
import Foundation
import RecourseCore
import RecourseLetters

/// `recourse interest`: statutory late-payment interest on one amount, or on a whole case.
struct InterestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interest", abstract: "Compute statutory late-payment interest and fixed compensation.",
        discussion: """
            Either one amount: --jurisdiction CC --principal A --currency C --due D (CC is a country code, or EU); \
            or a whole case: --case REF, under the debtor's law, after the payments recorded on it. Interest runs \
            from the day after the due date through --on (default today) inclusive, actual/365, each rate period \
            rounded to the cent. Rates: the bundled table with $XDG_CONFIG_HOME/recourse/rates.toml laid over it; \
            a period without a known rate is an error (exit 1).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("The debtor's country (DE, GB, FR, NL, IT, other ISO codes) or EU.", valueName: "CC"))
    var jurisdiction: String?
    @Option(name: .long, help: ArgumentHelp("The unpaid amount, in your locale.", valueName: "amount")) var principal: String?
    @Option(name: .long, help: ArgumentHelp("The amount's currency, e.g. EUR.", valueName: "code")) var currency: String?
    @Option(name: .long, help: ArgumentHelp("The due date; interest runs from the day after.", valueName: "YYYY-MM-DD")) var due: String?
    @Option(name: .customLong("case"), help: ArgumentHelp("A case reference: the whole case instead of one amount.", valueName: "REF"))
    var reference: String?
    @Option(name: .long, help: ArgumentHelp("Compute through this day, inclusive (default: today).", valueName: "YYYY-MM-DD"))
    var on: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    /// What was asked, checked.
    enum Request {
        case amount(jurisdiction: InterestJurisdiction, principal: Money, due: LocalDate, on: LocalDate?)
        case wholeCase(reference: String, on: LocalDate?)
    }

    mutating func validate() throws {
        _ = try request()
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let ratesFile = RateTableFile.defaultUserFile(environment: environment)
        let calculator = StatutoryInterest(rates: try RateTableFile.load(userFile: ratesFile))
        do {
            try compute(calculator, environment: environment)
        } catch let error as InterestError {
            guard case .missingRate = error else { throw error }
            throw RecourseError.conflict("\(error.description) (\(ratesFile.path))")
        }
    }

    private func compute(_ calculator: StatutoryInterest, environment: [String: String]) throws {
        let money = MoneyFormatter(conventions: NumberConventions.fromEnvironment(environment))
        switch try request() {
        case .amount(let jurisdiction, let principal, let due, let on):
            let through = on ?? CommandContext.makeClock(global).today
            let result = try calculator.claimInterest(
                label: "amount", principal: principal, dueOn: due, through: through, jurisdiction: jurisdiction)
            let costs = jurisdiction == .netherlands && through > due ? StatutoryInterest.collectionCosts(principal: principal) : nil
            if json {
                try JSONOutput.print(InterestJSON.Single(result, asOf: through, collectionCosts: costs))
            } else {
                InterestReport(money: money).single(result, asOf: through, collectionCosts: costs).forEach { print($0) }
            }
        case .wholeCase(let reference, let on):
            let context = try CommandContext.open(global, command: "interest --case \(reference)")
            let detail = try CaseLookup(repository: context.repository, clock: context.clock).detail(reference: reference)
            let asOf = on ?? context.clock.today
            let jurisdiction = InterestJurisdiction.of(detail.debtor.country)
            let result = try calculator.caseInterest(
                claims: detail.claims, payments: detail.payments, jurisdiction: jurisdiction, asOf: asOf)
            if json {
                try JSONOutput.print(InterestJSON.Case(result, detail: detail))
            } else {
                InterestReport(money: context.money).wholeCase(result, detail: detail).forEach { print($0) }
            }
        }
    }

    /// The arguments checked and read; a bad one is a usage error (exit 2).
    func request() throws -> Request {
        let onDay = try on.map { try Self.day($0, field: "--on") }
        let single: [(String, String?)] = [("--jurisdiction", jurisdiction), ("--principal", principal), ("--currency", currency), ("--due", due)]
        if let reference {
            let given = single.filter { $0.1 != nil }.map(\.0)
            guard given.isEmpty else {
                throw ArgumentParser.ValidationError("--case computes a whole case; leave out \(given.joined(separator: ", "))")
            }
            return .wholeCase(reference: reference, on: onDay)
        }
        let missing = single.filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            if missing.count == single.count {
                throw ArgumentParser.ValidationError("give --case REF, or --jurisdiction, --principal, --currency and --due")
            }
            throw ArgumentParser.ValidationError("missing \(missing.joined(separator: ", "))")
        }
        let law = try Self.jurisdiction(jurisdiction ?? "")
        let code: Currency
        do {
            code = try Currency(code: (currency ?? "").trimmingCharacters(in: .whitespaces))
        } catch {
            throw ArgumentParser.ValidationError("--currency: \(error.description)")
        }
        let parser = AmountParser(conventions: NumberConventions.fromEnvironment(ProcessInfo.processInfo.environment))
        let amount: Money
        do {
            amount = try parser.parse(principal ?? "", currency: code)
        } catch {
            throw ArgumentParser.ValidationError("--principal: \(error.description)")
        }
        guard amount.isPositive else { throw ArgumentParser.ValidationError("--principal: must be more than zero") }
        return .amount(jurisdiction: law, principal: amount, due: try Self.day(due ?? "", field: "--due"), on: onDay)
    }

    /// `EU`, `UK` (for GB), `none`, or an ISO country code mapped to its law.
    static func jurisdiction(_ text: String) throws -> InterestJurisdiction {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        switch code {
        case "EU": return .euDefault
        case "UK": return .unitedKingdom
        case "NONE": return .none
        default:
            do {
                return InterestJurisdiction.of(try Country(code: code))
            } catch {
                throw ArgumentParser.ValidationError("--jurisdiction: '\(text)' is not a country code (e.g. DE, GB, FR, NL, IT) or EU")
            }
        }
    }

    private static func day(_ text: String, field: String) throws -> LocalDate {
        do {
            return try LocalDate.parse(text.trimmingCharacters(in: .whitespaces), field: field)
        } catch {
            throw ArgumentParser.ValidationError(error.description)
        }
    }
}
