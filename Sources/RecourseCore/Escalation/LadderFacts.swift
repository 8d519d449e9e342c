/// What the ladder evaluator needs to know about one case; the store builds these in bulk.
public struct LadderFacts: Sendable {
    /// Case row id.
    public let caseId: Int64
    /// Case reference, e.g. `RC-000123`.
    public let reference: String
    /// The debtor's country: picks the ladder.
    public let country: Country
    /// Only `new` and `amicable` cases are on the ladder.
    public let stage: Stage
    /// When the creditor placed the case; steps counted from placement count from here.
    public let placedOn: LocalDate
    /// The stored cursor: index of the next step to take; nil when never initialised.
    public let ladderNext: Int?
    /// The stored cursor: the day that step falls due; nil when never initialised.
    public let ladderDueOn: LocalDate?
    /// The open balance in EUR-equivalent minor units (see `euroMinorUnits(of:rates:)`).
    public let outstandingEUR: Int64
    /// An open dispute pauses the ladder.
    public let disputed: Bool
    /// A supervisor's hold: the ladder pauses while this day is after the evaluation day.
    public let holdUntil: LocalDate?
    /// The case's active promise to pay, if any.
    public let activePromise: Promise?
    /// What has been paid towards it (`PromiseLedger.paid`); nil counts as nothing.
    public let promisePaid: Money?
    /// The case's active payment plan, if any.
    public let activePlan: PaymentPlan?
    /// The payments to evaluate the plan with.
    public let planPayments: [Payment]
    /// Set while the case waits for a supervisor's escalation decision.
    public let reviewRequested: Bool
    /// Ladder letters in the history (drafted, approved, sent: any event), to initialise the cursor.
    public let historyLetterLevels: [(level: LetterLevel, on: LocalDate)]
    /// The day of the first logged call, to initialise the cursor.
    public let firstCallOn: LocalDate?
    /// The day of the last logged call, to initialise the cursor.
    public let lastCallOn: LocalDate?

    /// The facts of one case.
    public init(
        caseId: Int64, reference: String, country: Country, stage: Stage, placedOn: LocalDate,
        ladderNext: Int? = nil, ladderDueOn: LocalDate? = nil, outstandingEUR: Int64, disputed: Bool = false,
        holdUntil: LocalDate? = nil, activePromise: Promise? = nil, promisePaid: Money? = nil,
        activePlan: PaymentPlan? = nil, planPayments: [Payment] = [], reviewRequested: Bool = false,
        historyLetterLevels: [(level: LetterLevel, on: LocalDate)] = [], firstCallOn: LocalDate? = nil, lastCallOn: LocalDate? = nil
    ) {
        self.caseId = caseId
        self.reference = reference
        self.country = country
        self.stage = stage
        self.placedOn = placedOn
        self.ladderNext = ladderNext
        self.ladderDueOn = ladderDueOn
        self.outstandingEUR = outstandingEUR
        self.disputed = disputed
        self.holdUntil = holdUntil
        self.activePromise = activePromise
        self.promisePaid = promisePaid
        self.activePlan = activePlan
        self.planPayments = planPayments
        self.reviewRequested = reviewRequested
        self.historyLetterLevels = historyLetterLevels
        self.firstCallOn = firstCallOn
        self.lastCallOn = lastCallOn
    }

    /// The EUR-equivalent of amounts in euro cents, weighed as the work queue weighs them: each amount
    /// through `rates` (whose base is EUR by default), an amount in a currency the table lacks counted
    /// as if in the base currency. Indicative only: it decides skips, never what a letter demands.
    public static func euroMinorUnits(of amounts: [Money], rates: ExchangeRates = .rankingDefaults) -> Int64 {
        var units = 0.0
        for amount in amounts {
            units += rates.approximateBaseUnits(amount) ?? amount.approximateMajorUnits
        }
        let cents = (units * Double(rates.base.minorUnitsPerMajor)).rounded()
        guard cents.isFinite else { return 0 }
        if cents >= 9.0e18 { return 9_000_000_000_000_000_000 }
        if cents <= -9.0e18 { return -9_000_000_000_000_000_000 }
        return Int64(cents)
    }
}
