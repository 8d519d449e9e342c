/// A debtor's promise to pay an amount by a date.
public struct Promise: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// The promised amount.
    public let amount: Money
    /// The day the promise was made; payments from this day on count towards it.
    public let madeOn: LocalDate
    /// The promised payment date.
    public let dueOn: LocalDate
    /// Days after `dueOn` within which a payment still keeps the promise.
    public let graceDays: Int
    /// False once a newer promise replaced it (one active promise per case).
    public let active: Bool
    /// The history entry that recorded it (the call, or a promise entry).
    public let activityId: Int64?

    /// A promise.
    public init(id: Int64, amount: Money, madeOn: LocalDate, dueOn: LocalDate, graceDays: Int, active: Bool, activityId: Int64? = nil) {
        self.id = id
        self.activityId = activityId
        self.amount = amount
        self.madeOn = madeOn
        self.dueOn = dueOn
        self.graceDays = graceDays
        self.active = active
    }

    /// The last day a payment keeps the promise: due date plus grace.
    public var lastDayToKeep: LocalDate { dueOn.adding(days: graceDays) }

    /// The first day the promise counts as broken if unpaid.
    public var brokenOn: LocalDate { lastDayToKeep.adding(days: 1) }

    /// Kept, pending or broken as of a day, given what was paid from `madeOn` through the last day to keep it.
    public func status(paidTowards paid: Money, asOf day: LocalDate) -> PromiseStatus {
        if paid.currency == amount.currency && paid.minorUnits >= amount.minorUnits { return .kept }
        if day >= brokenOn { return .broken(since: brokenOn) }
        return .pending
    }
}

/// Where a promise stands.
public enum PromiseStatus: Hashable, Sendable {
    /// Not yet due (or within grace) and not yet fully paid.
    case pending
    /// Payments reached the promised amount in time.
    case kept
    /// The last day to keep it passed without enough paid.
    case broken(since: LocalDate)

    /// `pending`, `kept` or `broken`.
    public var name: String {
        switch self {
        case .pending: return "pending"
        case .kept: return "kept"
        case .broken: return "broken"
        }
    }
}

/// Money received from the debtor on a case.
public struct Payment: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// Value date of the payment.
    public let receivedOn: LocalDate
    /// The amount received.
    public let amount: Money
    /// Bank reference or remittance text.
    public let reference: String?

    /// A payment.
    public init(id: Int64, receivedOn: LocalDate, amount: Money, reference: String?) {
        self.id = id
        self.receivedOn = receivedOn
        self.amount = amount
        self.reference = reference
    }
}
