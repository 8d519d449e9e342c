/// Decides, for one case and one day, what the amicable ladder asks for.
///
/// Order: stage and pending review (`notOnLadder`), then pauses (dispute, hold, pending promise,
/// plan in good standing), then the cursor — the stored one, or one derived from history — then
/// due-ness, then the step's balance conditions (`skip`) or `take`.
public struct LadderEvaluator: Sendable {
    /// The policy the ladders and the letter minimum come from.
    public let policy: LadderPolicy

    /// An evaluator over a policy.
    public init(policy: LadderPolicy) {
        self.policy = policy
    }

    /// The decision for a case as of a day.
    public func evaluate(_ facts: LadderFacts, asOf day: LocalDate) -> LadderDecision {
        guard facts.stage == .new || facts.stage == .amicable else { return .notOnLadder(.stage(facts.stage)) }
        if facts.reviewRequested { return .notOnLadder(.awaitingReview) }
        if let pause = pause(facts, asOf: day) { return .paused(pause) }
        let ladder = policy.ladder(for: facts.country)
        let cursor: (next: Int, dueOn: LocalDate)
        if let next = facts.ladderNext, let dueOn = facts.ladderDueOn {
            cursor = (max(0, next), dueOn)
        } else {
            cursor = initialCursor(facts, ladder: ladder)
        }
        guard ladder.steps.indices.contains(cursor.next) else { return .exhausted }
        let step = ladder.steps[cursor.next]
        guard day >= cursor.dueOn else { return .notDue(step: step, index: cursor.next, dueOn: cursor.dueOn) }
        let nextIndex = cursor.next + 1
        let nextDueOn = ladder.dueDate(ofStep: nextIndex, previousOn: day, placedOn: facts.placedOn)
        if let reason = skipReason(step, facts) {
            return .skip(step: step, index: cursor.next, nextIndex: nextIndex, nextDueOn: nextDueOn, reason: reason)
        }
        return .take(step: step, index: cursor.next, nextIndex: nextIndex, nextDueOn: nextDueOn)
    }

    /// What pauses the ladder on `day`, if anything: an open dispute, a hold until a later day, a
    /// pending promise, a plan with instalments still to come and none missed. A kept or broken
    /// promise, a missed instalment or a finished plan pauses nothing.
    public func pause(_ facts: LadderFacts, asOf day: LocalDate) -> LadderPause? {
        if facts.disputed { return .disputed }
        if let hold = facts.holdUntil, hold > day { return .onHold(until: hold) }
        if let promise = facts.activePromise, promise.active {
            let paid = facts.promisePaid ?? .zero(promise.amount.currency)
            if promise.status(paidTowards: paid, asOf: day) == .pending { return .promisePending(until: promise.lastDayToKeep) }
        }
        if let plan = facts.activePlan, plan.active {
            let statuses = plan.statuses(payments: facts.planPayments, asOf: day)
            let missed = statuses.contains { status in
                if case .broken = status { return true }
                return false
            }
            if !missed && statuses.contains(.pending) { return .planInGoodStanding }
        }
        return nil
    }

    /// Why `step` is skipped for this case, nil when it is taken: a letter below the policy's letter
    /// minimum, or any step below its own minimum (EUR-equivalent outstanding balance, strictly below).
    private func skipReason(_ step: LadderStep, _ facts: LadderFacts) -> LadderSkipReason? {
        if case .letter = step.kind, facts.outstandingEUR < policy.letterMinimumBalance.minorUnits {
            return .belowLetterMinimum(policy.letterMinimumBalance)
        }
        if let minimum = step.minimumBalance, facts.outstandingEUR < minimum.minorUnits {
            return .belowStepMinimum(minimum)
        }
        return nil
    }
}
