import Foundation

/// A promise to record with a call.
public struct PromiseDraft: Hashable, Sendable {
    /// The promised amount.
    public let amount: Money
    /// The day it was made (payments from this day count towards it).
    public let madeOn: LocalDate
    /// The promised date.
    public let dueOn: LocalDate
    /// Days of grace after the date.
    public let graceDays: Int
    /// Set when a supervisor recorded a promise outside policy.
    public let outOfPolicy: Bool

    /// A promise draft.
    public init(amount: Money, madeOn: LocalDate, dueOn: LocalDate, graceDays: Int, outOfPolicy: Bool) {
        self.amount = amount
        self.madeOn = madeOn
        self.dueOn = dueOn
        self.graceDays = graceDays
        self.outOfPolicy = outOfPolicy
    }
}

/// A payment plan to record with a call.
public struct PlanDraft: Hashable, Sendable {
    /// How often instalments fall due.
    public let frequency: PlanFrequency
    /// The schedule: date and amount of each instalment.
    public let instalments: [Instalment]
    /// Days of grace after each instalment's date.
    public let graceDays: Int
    /// Beyond policy: waits for a supervisor's approval.
    public let awaitingApproval: Bool

    /// One instalment.
    public struct Instalment: Hashable, Sendable {
        /// When it is due.
        public let dueOn: LocalDate
        /// How much.
        public let amount: Money

        /// An instalment.
        public init(dueOn: LocalDate, amount: Money) {
            self.dueOn = dueOn
            self.amount = amount
        }
    }

    /// A plan draft.
    public init(frequency: PlanFrequency, instalments: [Instalment], graceDays: Int, awaitingApproval: Bool) {
        self.frequency = frequency
        self.instalments = instalments
        self.graceDays = graceDays
        self.awaitingApproval = awaitingApproval
    }

    /// Splits `total` into `count` instalments from `first`: equal parts, the last one takes the rest.
    public static func schedule(total: Money, count: Int, first: LocalDate, frequency: PlanFrequency) -> [Instalment] {
        guard count > 0 else { return [] }
        let part = total.minorUnits / Int64(count)
        return (0..<count).map { index in
            let amount = index == count - 1 ? total.minorUnits - part * Int64(count - 1) : part
            return Instalment(dueOn: frequency.date(of: index, from: first), amount: Money(minorUnits: amount, currency: total.currency))
        }
    }
}

/// A checked call, ready to be written in one transaction with everything it changes.
public struct CallWrite: Hashable, Sendable {
    /// The case.
    public let caseId: Int64
    /// Its reference, for messages.
    public let reference: String
    /// Who logged it.
    public let actor: User
    /// When.
    public let at: Date
    /// The call itself.
    public let record: CallRecord
    /// A new contact to add to the debtor first (its id is ignored).
    public let newContact: Contact?
    /// A contact whose number turned out wrong.
    public let invalidPhoneContactId: Int64?
    /// A promise, replacing the active one.
    public let promise: PromiseDraft?
    /// A payment plan, replacing the active one.
    public let plan: PlanDraft?
    /// Claims the debtor disputes (empty when no dispute).
    public let disputedClaimIds: [Int64]
    /// The callback asked for; nil clears any callback (it has been worked).
    public let callbackAt: Date?
    /// What happens next.
    public let nextAction: NextAction
    /// When.
    public let nextActionOn: LocalDate
    /// Put the case before a supervisor.
    public let requestsReview: Bool
    /// The insolvency practitioner reported.
    public let practitioner: String?
    /// The first call on a new case moves it to amicable.
    public let startsAmicable: Bool

    /// A call write.
    public init(
        caseId: Int64, reference: String, actor: User, at: Date, record: CallRecord, newContact: Contact?,
        invalidPhoneContactId: Int64?, promise: PromiseDraft?, plan: PlanDraft?, disputedClaimIds: [Int64],
        callbackAt: Date?, nextAction: NextAction, nextActionOn: LocalDate, requestsReview: Bool, practitioner: String?,
        startsAmicable: Bool
    ) {
        self.caseId = caseId
        self.reference = reference
        self.actor = actor
        self.at = at
        self.record = record
        self.newContact = newContact
        self.invalidPhoneContactId = invalidPhoneContactId
        self.promise = promise
        self.plan = plan
        self.disputedClaimIds = disputedClaimIds
        self.callbackAt = callbackAt
        self.nextAction = nextAction
        self.nextActionOn = nextActionOn
        self.requestsReview = requestsReview
        self.practitioner = practitioner
        self.startsAmicable = startsAmicable
    }
}

/// Writes a checked call and everything it changes, in one transaction.
public protocol CallRecording: Sendable {
    /// Records the call; refuses (and writes nothing) if the case was closed meanwhile.
    func recordCall(_ write: CallWrite) throws
}

/// A payment to record on a case.
public struct PaymentWrite: Hashable, Sendable {
    /// The case.
    public let caseId: Int64
    /// Its reference, for messages.
    public let reference: String
    /// Who recorded it.
    public let actor: User
    /// When it was recorded.
    public let at: Date
    /// Value date.
    public let receivedOn: LocalDate
    /// Amount received.
    public let amount: Money
    /// Bank reference.
    public let bankReference: String?

    /// A payment write.
    public init(caseId: Int64, reference: String, actor: User, at: Date, receivedOn: LocalDate, amount: Money, bankReference: String?) {
        self.caseId = caseId
        self.reference = reference
        self.actor = actor
        self.at = at
        self.receivedOn = receivedOn
        self.amount = amount
        self.bankReference = bankReference
    }
}

/// What recording a payment did.
public struct PaymentOutcome: Hashable, Sendable {
    /// Amount applied to claims.
    public let applied: Money
    /// Overpayment kept as credit.
    public let credit: Money
    /// True when the active promise is now kept.
    public let promiseKept: Bool
    /// True when the case is now paid in full and closed.
    public let closedAsPaid: Bool

    /// An outcome.
    public init(applied: Money, credit: Money, promiseKept: Bool, closedAsPaid: Bool) {
        self.applied = applied
        self.credit = credit
        self.promiseKept = promiseKept
        self.closedAsPaid = closedAsPaid
    }
}

/// Records payments: allocation to the oldest claims, promises kept, fully paid cases closed.
public protocol PaymentRecording: Sendable {
    /// Records the payment in one transaction, using the core's allocation and promise rules.
    func recordPayment(_ write: PaymentWrite, graceDays: Int) throws -> PaymentOutcome
}
