import Foundation
import RecourseCore

extension CaseStory {
    /// One rung of the amicable ladder.
    enum Step {
        case call
        case letter(LetterLevel)
        case review

        var nextAction: NextAction {
            switch self {
            case .call: return .call
            case .letter(let level): return .letter(level)
            case .review: return .review
            }
        }
    }

    /// Days after placement, as in domain/collections.md: call, letters weekly with calls between, review.
    static let ladder: [(day: Int, step: Step)] = [
        (1, .call), (7, .letter(.reminder)), (11, .call), (14, .letter(.firm)), (18, .call),
        (21, .letter(.final)), (26, .call), (30, .letter(.beforeAction)), (37, .call), (45, .review),
    ]

    /// How a call left the case.
    enum CallResult {
        /// Carry on with the ladder, shifted by some days.
        case proceed(shift: Int)
        /// The ladder pauses; the next action is set.
        case pause(NextAction, LocalDate)
        /// Everything was paid on this day.
        case paidInFull(LocalDate)
    }

    /// Plays the ladder from placement through `end`. Returns the next action still to do, or
    /// `paidInFull` when a kept promise cleared the balance.
    mutating func playLadder(placedOn: LocalDate, through end: LocalDate, paymentDay: LocalDate?) -> CallResult {
        var shift = 0
        var pendingPayment = paymentDay
        for (offset, step) in Self.ladder {
            var day = placedOn.adding(days: offset + shift)
            while day.isWeekend { day = day.adding(days: 1) }
            if let payday = pendingPayment, payday <= min(day, end) {
                pay(share(random.pick([0.2, 0.25, 0.4, 0.5])), on: payday)
                pendingPayment = nil
            }
            if day > end { return .pause(step.nextAction, day) }
            switch step {
            case .call:
                switch playCall(on: day, end: end) {
                case .proceed(let extra): shift += extra
                case let result: return result
                }
            case .letter(let level):
                add(.letter(level: level, event: "approved and sent"),
                    at: Timestamp.instant(of: day, minuteOfDay: random.int(8 * 60...9 * 60), in: zone), actor: supervisor)
            case .review:
                add(.note("Ladder exhausted without payment; proposed for supervisor review."), at: businessInstant(day))
                guard day.days(until: end) > 7 else {
                    reviewRequested = true
                    return .pause(.review, day)
                }
                return playExtension(from: day.addingBusinessDays(random.int(2...5)), through: end)
            }
        }
        return .pause(.review, end)
    }

    /// After a review that kept the case amicable: a call every two or three weeks until `end`.
    mutating func playExtension(from decisionDay: LocalDate, through end: LocalDate) -> CallResult {
        add(.note("Review: amicable collection extended; debtor engaged, keep calling fortnightly."),
            at: businessInstant(decisionDay), actor: supervisor)
        var day = decisionDay
        while true {
            day = day.addingBusinessDays(random.int(8...15))
            if day > end { return .pause(.call, day) }
            switch playCall(on: day, end: end) {
            case .proceed(let extra): day = day.adding(days: extra)
            case let result: return result
            }
        }
    }

    private static let outcomes: [(CallOutcome, Double)] = [
        (.noAnswer, 22), (.leftMessage, 18), (.promiseToPay, 15), (.callback, 9), (.thirdParty, 8),
        (.invoiceNotReceived, 5), (.dispute, 4), (.refusesToPay, 3), (.alreadyPaid, 4), (.wrongNumber, 3), (.plan, 2),
    ]

    /// One call on the ladder and what follows from its outcome.
    mutating func playCall(on day: LocalDate, end: LocalDate) -> CallResult {
        let outcome = Self.outcomes[random.weightedIndex(Self.outcomes.map(\.1))].0
        logCall(outcome, on: day)
        if stage == .new { move(to: .amicable, on: day, reason: "first call") }
        switch outcome {
        case .promiseToPay, .plan:
            return promise(on: day, end: end, fraction: outcome == .plan ? 0.3 : random.pick([1.0, 1.0, 0.5, 0.3]))
        case .callback:
            let callbackDay = day.addingBusinessDays(random.int(1...3))
            if callbackDay > end {
                callbackAt = businessInstant(callbackDay)
                return .pause(.call, callbackDay)
            }
            return .proceed(shift: 0)
        case .dispute:
            return dispute(on: day, end: end)
        case .refusesToPay:
            let reviewDay = day.addingBusinessDays(1)
            guard reviewDay.days(until: end) > 7 else {
                reviewRequested = true
                return .pause(.review, reviewDay)
            }
            return playExtension(from: reviewDay, through: end)
        default:
            return .proceed(shift: 0)
        }
    }

    /// Logs a call with a believable note.
    mutating func logCall(_ outcome: CallOutcome, on day: LocalDate) {
        let contact = contactName()
        let email = debtor.contacts.first?.email
        let note = DemoNotes.call(outcome, contact: contact ?? "the accounts team", invoice: firstInvoice, email: email, random: &random)
        let record = CallRecord(
            direction: random.chance(0.1) ? .inbound : .outbound, contactName: outcome.isContact ? contact : nil,
            outcome: outcome, durationMinutes: outcome.isContact ? random.int(2...18) : nil, note: note)
        add(.call(record), at: businessInstant(day))
    }

    private mutating func promise(on day: LocalDate, end: LocalDate, fraction: Double) -> CallResult {
        let amount = share(fraction)
        guard amount.isPositive else { return .proceed(shift: 0) }
        let due = day.adding(days: random.int(3...21))
        let lastDay = due.adding(days: 3)
        add(.promise(amount: amount, madeOn: day, dueOn: due, graceDays: 3), at: businessInstant(day))
        guard lastDay < end else {
            promise = (due, lastDay, false)
            return .pause(.call, lastDay.adding(days: 1))
        }
        let kept = random.chance(0.55)
        promise = (due, lastDay, kept)
        if kept {
            let payday = max(day, due.adding(days: random.int(-3...2)))
            pay(amount, on: payday)
            if mainOutstanding.isZero && outstanding.values.allSatisfy({ $0 == 0 }) { return .paidInFull(payday) }
            return .proceed(shift: day.days(until: lastDay))
        }
        if random.chance(0.3) {
            pay(share(0.15), on: due)
        }
        // A broken promise is followed up within days, except the most recent ones, which are
        // still waiting for that call and head the queue.
        let brokenOn = lastDay.adding(days: 1)
        if brokenOn.days(until: today) <= 10 && random.chance(0.6) {
            return .pause(.call, brokenOn)
        }
        let followUp = brokenOn.addingBusinessDays(random.int(0...2))
        if followUp > end { return .pause(.call, followUp) }
        switch playCall(on: followUp, end: end) {
        case .proceed(let extra): return .proceed(shift: day.days(until: followUp) + extra)
        case let result: return result
        }
    }

    private mutating func dispute(on day: LocalDate, end: LocalDate) -> CallResult {
        let resolveDay = day.adding(days: random.int(5...25))
        if resolveDay <= end && random.chance(0.35) {
            add(.note("Dispute on \(firstInvoice) resolved: delivery note signed without reservation; debtor accepts the invoice."),
                at: businessInstant(resolveDay))
            return .proceed(shift: day.days(until: resolveDay))
        }
        disputed = true
        let index = random.int(0...(claims.count - 1))
        let disputeAll = random.chance(0.3)
        claims = claims.enumerated().map { position, claim in
            guard disputeAll || position == index else { return claim }
            return NewClaim(invoiceNumber: claim.invoiceNumber, issuedOn: claim.issuedOn, dueOn: claim.dueOn, amount: claim.amount, disputed: true)
        }
        return .pause(.call, day.adding(days: 14))
    }
}
