import Testing
@testable import RecourseCore

@Suite("Ladder: pauses and resumption")
struct LadderPauseTests {
    typealias F = LadderFixtures

    /// The firm reminder, due on day 14.
    func firm(_ facts: LadderFacts, asOf offset: Int) throws -> LadderDecision {
        try F.evaluator().evaluate(facts, asOf: F.day(offset))
    }

    var firmTaken: LadderDecision { .take(step: F.defaultSteps[3], index: 3, nextIndex: 4, nextDueOn: F.day(18)) }

    @Test("a pending promise pauses the ladder through its last day to keep it; broken, it resumes at once")
    func promise() throws {
        let pending = try firm(try F.facts(next: 3, dueOn: F.day(12), promise: F.promise(), promisePaid: F.eur(20_000)), asOf: 13)
        #expect(pending == .paused(.promisePending(until: F.day(13))))
        #expect(pending.description == "paused: promise to pay pending until 2026-03-15")
        let broken = try firm(try F.facts(next: 3, dueOn: F.day(12), promise: F.promise(), promisePaid: F.eur(20_000)), asOf: 14)
        #expect(broken == firmTaken)
        let unpaid = try firm(try F.facts(next: 3, dueOn: F.day(12), promise: F.promise()), asOf: 14)
        #expect(unpaid == firmTaken)
    }

    @Test("a kept promise, or one no longer active, does not pause")
    func keptPromise() throws {
        let kept = try firm(try F.facts(next: 3, dueOn: F.day(14), promise: F.promise(), promisePaid: F.eur(50_000)), asOf: 14)
        #expect(kept == firmTaken)
        let replaced = try firm(try F.facts(next: 3, dueOn: F.day(14), promise: F.promise(active: false)), asOf: 14)
        #expect(replaced == firmTaken)
    }

    @Test("a plan in good standing pauses; a missed instalment resumes at once; a finished plan does not pause")
    func plan() throws {
        let paidFirst = [F.payment(10_000, on: 9)]
        let good = try firm(try F.facts(next: 3, dueOn: F.day(14), plan: F.plan(), planPayments: paidFirst), asOf: 14)
        #expect(good == .paused(.planInGoodStanding))
        // The second instalment (day 20, three days' grace) is missed from day 24.
        let withinGrace = try firm(try F.facts(next: 3, dueOn: F.day(14), plan: F.plan(), planPayments: paidFirst), asOf: 23)
        #expect(withinGrace == .paused(.planInGoodStanding))
        let missed = try firm(try F.facts(next: 3, dueOn: F.day(14), plan: F.plan(), planPayments: paidFirst), asOf: 24)
        #expect(missed == .take(step: F.defaultSteps[3], index: 3, nextIndex: 4, nextDueOn: F.day(28)))
        let allPaid = [F.payment(30_000, on: 9)]
        let finished = try firm(try F.facts(next: 3, dueOn: F.day(14), plan: F.plan(), planPayments: allPaid), asOf: 14)
        #expect(finished == firmTaken)
    }

    @Test("an open dispute pauses the ladder, even before the step is due")
    func dispute() throws {
        #expect(try firm(try F.facts(next: 3, dueOn: F.day(14), disputed: true), asOf: 14) == .paused(.disputed))
        #expect(try firm(try F.facts(next: 3, dueOn: F.day(20), disputed: true), asOf: 14) == .paused(.disputed))
        #expect(LadderPause.disputed.description == "dispute open")
    }

    @Test("a hold pauses while its day is after today; on that day the ladder runs again")
    func hold() throws {
        let held = try firm(try F.facts(next: 3, dueOn: F.day(14), holdUntil: F.day(20)), asOf: 19)
        #expect(held == .paused(.onHold(until: F.day(20))))
        #expect(held.description == "paused: on hold until 2026-03-22")
        let released = try firm(try F.facts(next: 3, dueOn: F.day(14), holdUntil: F.day(20)), asOf: 20)
        #expect(released == .take(step: F.defaultSteps[3], index: 3, nextIndex: 4, nextDueOn: F.day(24)))
    }
}
