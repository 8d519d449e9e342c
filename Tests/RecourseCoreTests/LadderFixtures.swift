@testable import RecourseCore

/// Ladders and cases for the ladder tests: the default ladder of domain/collections.md, a short
/// Dutch one and a long Chinese one, built in code (the TOML lives in RecourseEscalation).
enum LadderFixtures {
    static let placed = LocalDate(year: 2026, month: 3, day: 2)

    static func day(_ offset: Int) -> LocalDate { placed.adding(days: offset) }

    static func eur(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .eur) }

    /// Days 1, 7, 11, 14, 18, 21, 26, 30, 45 when each step is taken on time.
    static let defaultSteps: [LadderStep] = [
        LadderStep(name: "first call", kind: .call, days: 1, from: .placement),
        LadderStep(name: "friendly reminder", kind: .letter(.reminder), days: 7, from: .placement),
        LadderStep(name: "second call", kind: .call, days: 4, from: .previousStep),
        LadderStep(name: "firm reminder", kind: .letter(.firm), days: 3, from: .previousStep),
        LadderStep(name: "third call", kind: .call, days: 4, from: .previousStep),
        LadderStep(name: "final demand", kind: .letter(.final), days: 3, from: .previousStep),
        LadderStep(name: "fourth call", kind: .call, days: 5, from: .previousStep),
        LadderStep(name: "letter before action", kind: .letter(.beforeAction), days: 4, from: .previousStep),
        LadderStep(name: "supervisor review", kind: .review, days: 15, from: .previousStep),
    ]

    static let dutchSteps: [LadderStep] = [
        LadderStep(name: "first call", kind: .call, days: 1, from: .placement),
        LadderStep(name: "friendly reminder", kind: .letter(.reminder), days: 7, from: .placement),
        LadderStep(name: "ingebrekestelling", kind: .letter(.final), days: 7, from: .previousStep),
        LadderStep(name: "letter before action", kind: .letter(.beforeAction), days: 7, from: .previousStep),
        LadderStep(name: "supervisor review", kind: .review, days: 14, from: .previousStep),
    ]

    static let chineseSteps: [LadderStep] = [
        LadderStep(name: "first call", kind: .call, days: 2, from: .placement),
        LadderStep(name: "friendly reminder", kind: .letter(.reminder), days: 10, from: .placement),
        LadderStep(name: "second call", kind: .call, days: 6, from: .previousStep),
    ]

    static func policy(letterMinimum: Int64 = 5_000) throws -> LadderPolicy {
        try LadderPolicy(
            defaultLadder: Ladder(steps: defaultSteps),
            countryLadders: ["NL": Ladder(steps: dutchSteps), "CN": Ladder(steps: chineseSteps)],
            letterMinimumBalance: eur(letterMinimum),
            countryRisk: ["DE": CountryRisk(category: 0), "CN": CountryRisk(category: 2)])
    }

    static func evaluator() throws -> LadderEvaluator { LadderEvaluator(policy: try policy()) }

    /// A German amicable case of EUR 1,000.00 at a stored cursor.
    static func facts(
        country: String = "DE", stage: Stage = .amicable, next: Int? = 0, dueOn: LocalDate? = day(1),
        outstandingEUR: Int64 = 100_000, disputed: Bool = false, holdUntil: LocalDate? = nil,
        promise: Promise? = nil, promisePaid: Money? = nil, plan: PaymentPlan? = nil, planPayments: [Payment] = [],
        reviewRequested: Bool = false, letters: [(level: LetterLevel, on: LocalDate)] = [],
        firstCallOn: LocalDate? = nil, lastCallOn: LocalDate? = nil
    ) throws -> LadderFacts {
        LadderFacts(
            caseId: 7, reference: "RC-000007", country: try Country(code: country), stage: stage, placedOn: placed,
            ladderNext: next, ladderDueOn: dueOn, outstandingEUR: outstandingEUR, disputed: disputed, holdUntil: holdUntil,
            activePromise: promise, promisePaid: promisePaid, activePlan: plan, planPayments: planPayments,
            reviewRequested: reviewRequested, historyLetterLevels: letters, firstCallOn: firstCallOn, lastCallOn: lastCallOn)
    }

    /// EUR 500.00 promised on day 3 for day 10, three days' grace: pending through day 13.
    static func promise(active: Bool = true) -> Promise {
        Promise(id: 1, amount: eur(50_000), madeOn: day(3), dueOn: day(10), graceDays: 3, active: active)
    }

    /// Three instalments of EUR 100.00 on days 10, 20 and 30, three days' grace.
    static func plan() -> PaymentPlan {
        PaymentPlan(
            id: 1, frequency: .weekly, madeOn: day(3),
            instalments: [10, 20, 30].map { PlanDraft.Instalment(dueOn: day($0), amount: eur(10_000)) },
            graceDays: 3, awaitingApproval: false, active: true)
    }

    static func payment(_ cents: Int64, on offset: Int) -> Payment {
        Payment(id: Int64(offset), receivedOn: day(offset), amount: eur(cents), reference: nil)
    }
}
