/// A staged repayment agreed on a call: instalments by date.
public struct PaymentPlan: Hashable, Sendable, Identifiable {
    /// Row id.
    public let id: Int64
    /// How often instalments fall due.
    public let frequency: PlanFrequency
    /// The day the plan was agreed.
    public let madeOn: LocalDate
    /// The schedule.
    public let instalments: [PlanDraft.Instalment]
    /// Days of grace after each instalment.
    public let graceDays: Int
    /// Beyond policy, waiting for a supervisor.
    public let awaitingApproval: Bool
    /// False once replaced or finished.
    public let active: Bool

    /// A plan.
    public init(id: Int64, frequency: PlanFrequency, madeOn: LocalDate, instalments: [PlanDraft.Instalment], graceDays: Int,
                awaitingApproval: Bool, active: Bool) {
        self.id = id
        self.frequency = frequency
        self.madeOn = madeOn
        self.instalments = instalments
        self.graceDays = graceDays
        self.awaitingApproval = awaitingApproval
        self.active = active
    }

    /// Where each instalment stands as of a day: paid (the payments since the plan cover it and
    /// every earlier one), missed (its last day to pay passed uncovered), or pending.
    public func statuses(payments: [Payment], asOf day: LocalDate) -> [PromiseStatus] {
        guard let currency = instalments.first?.amount.currency else { return [] }
        var paid: Int64 = 0
        for payment in payments where payment.amount.currency == currency && payment.receivedOn >= madeOn && payment.receivedOn <= day {
            paid += payment.amount.minorUnits
        }
        var due: Int64 = 0
        return instalments.map { instalment in
            due += instalment.amount.minorUnits
            if paid >= due { return .kept }
            let brokenOn = instalment.dueOn.adding(days: graceDays + 1)
            return day >= brokenOn ? .broken(since: brokenOn) : .pending
        }
    }
}
