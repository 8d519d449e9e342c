/// Which payments count towards a promise: those in its currency received from the day it was
/// made through its last day to keep it — and, when evaluating as of an earlier day, no later than that.
public enum PromiseLedger {
    /// The total counted towards `promise`.
    public static func paid(towards promise: Promise, payments: [Payment], asOf day: LocalDate) -> Money {
        let last = min(day, promise.lastDayToKeep)
        var total: Int64 = 0
        for payment in payments where payment.amount.currency == promise.amount.currency
            && payment.receivedOn >= promise.madeOn && payment.receivedOn <= last {
            total += payment.amount.minorUnits
        }
        return Money(minorUnits: total, currency: promise.amount.currency)
    }
}

/// How a payment is spread over a case's claims: oldest due date first, overpayment kept as credit.
public struct PaymentAllocation: Hashable, Sendable {
    /// Amount applied to each claim, by index into the claims given.
    public let applied: [(claimIndex: Int, amount: Money)]
    /// What was left over after every open claim in the currency was paid.
    public let credit: Money

    /// Allocates `payment` to the open claims of its currency, oldest due first (ties by order given).
    public init(payment: Money, claims: [Claim]) {
        var remaining = payment.minorUnits
        var applied: [(Int, Money)] = []
        let order = claims.indices
            .filter { claims[$0].outstanding.currency == payment.currency && claims[$0].isOpen }
            .sorted { claims[$0].dueOn != claims[$1].dueOn ? claims[$0].dueOn < claims[$1].dueOn : $0 < $1 }
        for index in order where remaining > 0 {
            let take = min(remaining, claims[index].outstanding.minorUnits)
            applied.append((index, Money(minorUnits: take, currency: payment.currency)))
            remaining -= take
        }
        self.applied = applied
        self.credit = Money(minorUnits: remaining, currency: payment.currency)
    }

    /// Equal when the same amounts go to the same claims with the same credit.
    public static func == (lhs: PaymentAllocation, rhs: PaymentAllocation) -> Bool {
        lhs.credit == rhs.credit && lhs.applied.map(\.claimIndex) == rhs.applied.map(\.claimIndex)
            && lhs.applied.map(\.amount) == rhs.applied.map(\.amount)
    }

    /// Hashes the credit and the allocations.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(credit)
        for item in applied {
            hasher.combine(item.claimIndex)
            hasher.combine(item.amount)
        }
    }
}
