/// The rules for what a call may record and what happens next. Data, not code: the defaults
/// below are overridden by the user's policy file.
public struct CallPolicy: Hashable, Sendable {
    /// A promise may be at most this many days ahead without a supervisor.
    public var promiseMaxDaysAhead: Int
    /// Days after the promised date during which a payment still keeps it.
    public var promiseGraceDays: Int
    /// A plan may have at most this many instalments without approval.
    public var planMaxInstalments: Int
    /// A plan's last instalment may be at most this many days after the call without approval.
    public var planMaxDays: Int
    /// What the next action is after each outcome.
    public var nextSteps: [CallOutcome: NextStep]

    /// What follows a call.
    public enum NextStep: Hashable, Sendable {
        /// Call again after this many business days.
        case callAfterBusinessDays(Int)
        /// Call the day after the promise's last day to keep it (or the first instalment's).
        case callAfterPromise
        /// Call at the callback the debtor asked for.
        case callAtCallback
        /// Put the case before a supervisor the next business day.
        case review
        /// Pause: look again after this many days (disputes).
        case pauseDays(Int)
    }

    /// A policy.
    public init(
        promiseMaxDaysAhead: Int, promiseGraceDays: Int, planMaxInstalments: Int, planMaxDays: Int,
        nextSteps: [CallOutcome: NextStep]
    ) {
        self.promiseMaxDaysAhead = promiseMaxDaysAhead
        self.promiseGraceDays = promiseGraceDays
        self.planMaxInstalments = planMaxInstalments
        self.planMaxDays = planMaxDays
        self.nextSteps = nextSteps
    }

    /// Recourse's defaults (domain/collections.md): promises within 30 days, 3 days' grace,
    /// plans of up to 6 instalments within 180 days.
    public static let standard = CallPolicy(
        promiseMaxDaysAhead: 30, promiseGraceDays: 3, planMaxInstalments: 6, planMaxDays: 180,
        nextSteps: [
            .promiseToPay: .callAfterPromise, .plan: .callAfterPromise, .alreadyPaid: .callAfterBusinessDays(3),
            .callback: .callAtCallback, .dispute: .pauseDays(14), .refusesToPay: .review, .insolvency: .review,
            .invoiceNotReceived: .callAfterBusinessDays(5), .leftMessage: .callAfterBusinessDays(1),
            .noAnswer: .callAfterBusinessDays(1), .wrongNumber: .callAfterBusinessDays(1), .thirdParty: .callAfterBusinessDays(1),
        ])

    /// The step after an outcome (a call the next business day when the table has none).
    public func nextStep(after outcome: CallOutcome) -> NextStep {
        nextSteps[outcome] ?? .callAfterBusinessDays(1)
    }
}
