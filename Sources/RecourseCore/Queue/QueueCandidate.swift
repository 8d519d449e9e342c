import Foundation

/// What the work queue needs to know about one open case: a flat read model, loaded in bulk.
///
/// A class, so that ranking, filtering and sorting 100,000 rows moves references, not twenty fields each.
public final class QueueCandidate: Hashable, Sendable {
    /// Case row id.
    public let caseId: Int64
    /// Case reference, e.g. `RC-000123`.
    public let reference: String
    /// Debtor company name.
    public let debtorName: String
    /// Debtor country.
    public let debtorCountry: String
    /// Debtor time zone identifier.
    public let debtorTimeZone: String
    /// Creditor name.
    public let creditorName: String
    /// Stage.
    public let stage: Stage
    /// Assigned caseworker's login, if any.
    public let assignee: String?
    /// Unpaid amounts per currency.
    public let outstanding: [Money]
    /// Due date of the oldest open claim.
    public let oldestOpenDue: LocalDate?
    /// What should happen next.
    public let nextAction: NextAction?
    /// When it is due.
    public let nextActionOn: LocalDate?
    /// A requested callback.
    public let callbackAt: Date?
    /// A hold: nothing due before this day.
    public let holdUntil: LocalDate?
    /// An open dispute pauses the case.
    public let disputed: Bool
    /// Awaiting a supervisor's decision.
    public let reviewRequested: Bool
    /// The active promise and what has been paid towards it, if any.
    public let promise: PromiseProgress?
    /// The last logged call, to know whether a broken promise has been followed up.
    public let lastCallAt: Date?

    /// A candidate row.
    public init(
        caseId: Int64, reference: String, debtorName: String, debtorCountry: String, debtorTimeZone: String,
        creditorName: String, stage: Stage, assignee: String?, outstanding: [Money], oldestOpenDue: LocalDate?,
        nextAction: NextAction?, nextActionOn: LocalDate?, callbackAt: Date?, holdUntil: LocalDate?,
        disputed: Bool, reviewRequested: Bool, promise: PromiseProgress?, lastCallAt: Date?
    ) {
        self.caseId = caseId
        self.reference = reference
        self.debtorName = debtorName
        self.debtorCountry = debtorCountry
        self.debtorTimeZone = debtorTimeZone
        self.creditorName = creditorName
        self.stage = stage
        self.assignee = assignee
        self.outstanding = outstanding
        self.oldestOpenDue = oldestOpenDue
        self.nextAction = nextAction
        self.nextActionOn = nextActionOn
        self.callbackAt = callbackAt
        self.holdUntil = holdUntil
        self.disputed = disputed
        self.reviewRequested = reviewRequested
        self.promise = promise
        self.lastCallAt = lastCallAt
    }

    /// Equal when every field is equal.
    public static func == (lhs: QueueCandidate, rhs: QueueCandidate) -> Bool {
        lhs === rhs || (lhs.caseId == rhs.caseId && lhs.reference == rhs.reference && lhs.debtorName == rhs.debtorName
            && lhs.debtorCountry == rhs.debtorCountry && lhs.debtorTimeZone == rhs.debtorTimeZone
            && lhs.creditorName == rhs.creditorName && lhs.stage == rhs.stage && lhs.assignee == rhs.assignee
            && lhs.outstanding == rhs.outstanding && lhs.oldestOpenDue == rhs.oldestOpenDue && lhs.nextAction == rhs.nextAction
            && lhs.nextActionOn == rhs.nextActionOn && lhs.callbackAt == rhs.callbackAt && lhs.holdUntil == rhs.holdUntil
            && lhs.disputed == rhs.disputed && lhs.reviewRequested == rhs.reviewRequested && lhs.promise == rhs.promise
            && lhs.lastCallAt == rhs.lastCallAt)
    }

    /// Hashes the case id and reference.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(caseId)
        hasher.combine(reference)
    }
}

/// An active promise with the payments counted towards it so far.
public struct PromiseProgress: Hashable, Sendable {
    /// The promise.
    public let promise: Promise
    /// Paid from the promise day through the last day to keep it (or today, if earlier).
    public let paid: Money

    /// A promise with its payments.
    public init(promise: Promise, paid: Money) {
        self.promise = promise
        self.paid = paid
    }

    /// The promise's status as of a day.
    public func status(asOf day: LocalDate) -> PromiseStatus {
        promise.status(paidTowards: paid, asOf: day)
    }

    /// `kept`, `broken`, `pending`, or `replaced` for a promise a newer one (or a plan) took over
    /// before it fell due.
    public func statusName(asOf day: LocalDate) -> String {
        let status = status(asOf: day)
        return !promise.active && status == .pending ? "replaced" : status.name
    }
}
