import Foundation
import RecourseCore

extension CaseStory {
    /// Where a demo case is heading, decided up front.
    enum Fate {
        case fresh
        case amicable
        case legal(on: LocalDate)
        case insolvency(on: LocalDate)
        case closed(CloseReason, on: LocalDate)
    }

    /// Plays the case's life up to today and returns its next action (nil for closed cases).
    mutating func live(placedOn: LocalDate, fate: Fate) -> (action: NextAction, on: LocalDate)? {
        switch fate {
        case .fresh:
            return (.call, placedOn)
        case .amicable:
            return liveAmicable(placedOn: placedOn)
        case .legal(let day):
            if case .paidInFull(let payday) = playLadder(placedOn: placedOn, through: day.adding(days: -1), paymentDay: nil) {
                return close(.paid, on: payday)
            }
            reviewRequested = false
            disputed = false
            callbackAt = nil
            move(to: .legal, on: day, reason: random.pick(DemoNotes.legalInstruction), actor: supervisor)
            if random.chance(0.6) && day.adding(days: 10) < today {
                add(.note(random.pick(DemoNotes.lawyerUpdates)), at: businessInstant(day.adding(days: random.int(10...max(10, day.days(until: today))))))
            }
            return (.lawyerFollowUp, today.adding(days: random.int(-5...30)))
        case .insolvency(let day):
            if case .paidInFull(let payday) = playLadder(placedOn: placedOn, through: day.adding(days: -1), paymentDay: nil) {
                return close(.paid, on: payday)
            }
            reviewRequested = false
            disputed = false
            callbackAt = nil
            logCall(.insolvency, on: day)
            move(to: .insolvency, on: day.addingBusinessDays(1), reason: random.pick(DemoNotes.insolvencyNotes), actor: supervisor)
            return (.claimFollowUp, today.adding(days: random.int(-3...60)))
        case .closed(let reason, let day):
            if case .paidInFull(let payday) = playLadder(placedOn: placedOn, through: day.adding(days: -1), paymentDay: nil) {
                return close(.paid, on: payday)
            }
            return close(reason, on: day)
        }
    }

    private mutating func liveAmicable(placedOn: LocalDate) -> (action: NextAction, on: LocalDate)? {
        // Some cases are behind: the last few days' steps are still to do, so they show as due.
        let lag = random.chance(0.45) ? random.int(1...4) : 0
        let end = max(placedOn, today.adding(days: -lag))
        let age = placedOn.days(until: today)
        let paymentDay = random.chance(0.12) && age > 5 ? placedOn.adding(days: random.int(3...age)) : nil
        switch playLadder(placedOn: placedOn, through: end, paymentDay: paymentDay) {
        case .paidInFull(let payday):
            return close(.paid, on: payday)
        case .pause(let action, let day):
            if stage == .new { move(to: .amicable, on: min(end, today), reason: "worked by the ladder") }
            if !disputed && !reviewRequested && promise.map({ $0.lastDay < today }) ?? true && random.chance(0.07) {
                return requestCallbackNow()
            }
            if !disputed && random.chance(0.03) {
                holdUntil = today.adding(days: random.int(3...30))
                add(.note(random.pick(DemoNotes.holdNotes)), at: businessInstant(max(end, today.adding(days: -1))), actor: supervisor)
            }
            return (action, day)
        case .proceed:
            return (.call, end)
        }
    }

    /// A call today or yesterday in which the debtor asked to be called back: overdue since
    /// yesterday afternoon, or due at some hour today.
    private mutating func requestCallbackNow() -> (action: NextAction, on: LocalDate) {
        let lastDay = events.last.map { Timestamp.localDate(of: $0.at, in: zone) } ?? today
        let callDay = max(lastDay, random.chance(0.5) ? today.adding(days: -1) : today)
        guard callDay <= today else { return (.call, today) }
        add(.call(CallRecord(
            direction: .outbound, contactName: contactName(), outcome: .callback, durationMinutes: random.int(1...4),
            note: "Asked us to call back; the AP manager will have the payment run details.")),
            at: Timestamp.instant(of: callDay, minuteOfDay: 8 * 60 + random.int(0...50), in: zone))
        let window = callDay < today ? 14 * 60...17 * 60 : 9 * 60...17 * 60
        callbackAt = Timestamp.instant(of: callDay, minuteOfDay: random.int(window), in: zone)
        return (.call, callDay)
    }

    private mutating func close(_ reason: CloseReason, on day: LocalDate) -> (action: NextAction, on: LocalDate)? {
        let day = min(day, today)
        switch reason {
        case .paid:
            payInFull(on: day)
            move(to: .closed, on: day, reason: "paid in full")
        case .settled:
            pay(share(0.8), on: day)
            move(to: .closed, on: day, reason: "settled: creditor accepted 80% in full and final settlement", actor: supervisor)
        case .withdrawn:
            move(to: .closed, on: day, reason: "withdrawn by the creditor", actor: supervisor)
        case .writtenOff:
            move(to: .closed, on: day, reason: "written off after review: debtor dissolved, no assets", actor: supervisor)
        case .uncollectable:
            move(to: .closed, on: day, reason: "uncollectable: debtor untraceable at every known address", actor: supervisor)
        }
        closeReason = reason
        claims = claims.map {
            NewClaim(invoiceNumber: $0.invoiceNumber, issuedOn: $0.issuedOn, dueOn: $0.dueOn, amount: $0.amount, disputed: false)
        }
        disputed = false
        reviewRequested = false
        callbackAt = nil
        holdUntil = nil
        return nil
    }
}
