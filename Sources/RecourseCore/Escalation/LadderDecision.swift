/// What the ladder says about one case on one day.
public enum LadderDecision: Hashable, Sendable, CustomStringConvertible {
    /// The case is not on the ladder (stage, or a review waiting for a decision).
    case notOnLadder(LadderExclusion)
    /// The ladder is paused.
    case paused(LadderPause)
    /// The next step falls due later.
    case notDue(step: LadderStep, index: Int, dueOn: LocalDate)
    /// Take this step today; then the cursor moves to `nextIndex`, due `nextDueOn` (nil: ladder done).
    case take(step: LadderStep, index: Int, nextIndex: Int, nextDueOn: LocalDate?)
    /// Skip this step without acting (balance too small); the cursor moves on as after `take`.
    case skip(step: LadderStep, index: Int, nextIndex: Int, nextDueOn: LocalDate?, reason: LadderSkipReason)
    /// Every step has been taken or skipped.
    case exhausted

    /// One line in English for summaries.
    public var description: String {
        switch self {
        case .notOnLadder(let exclusion): return "not on the ladder: \(exclusion)"
        case .paused(let pause): return "paused: \(pause)"
        case .notDue(let step, _, let dueOn): return "next: \(step.name) (\(step.kind.label)) due \(dueOn)"
        case .take(let step, _, _, _): return "due: \(step.name) (\(step.kind.label))"
        case .skip(let step, _, _, _, let reason): return "skip: \(step.name) (\(step.kind.label)), \(reason)"
        case .exhausted: return "ladder exhausted"
        }
    }
}

/// Why a case is not on the ladder at all.
public enum LadderExclusion: Hashable, Sendable, CustomStringConvertible {
    /// Only `new` and `amicable` cases are on the ladder.
    case stage(Stage)
    /// A review was requested; the case waits for a supervisor's decision.
    case awaitingReview

    /// In English.
    public var description: String {
        switch self {
        case .stage(let stage): return "the case is \(stage.rawValue)"
        case .awaitingReview: return "waiting for a supervisor's review decision"
        }
    }
}

/// Why the ladder waits. A broken promise or a missed instalment is no pause: the ladder resumes.
public enum LadderPause: Hashable, Sendable, CustomStringConvertible {
    /// A promise to pay is pending through its last day to keep it (due date plus grace).
    case promisePending(until: LocalDate)
    /// A payment plan runs with no instalment missed.
    case planInGoodStanding
    /// A dispute is open.
    case disputed
    /// A supervisor put the case on hold until (not including) a day.
    case onHold(until: LocalDate)

    /// In English.
    public var description: String {
        switch self {
        case .promisePending(let until): return "promise to pay pending until \(until)"
        case .planInGoodStanding: return "payment plan in good standing"
        case .disputed: return "dispute open"
        case .onHold(let until): return "on hold until \(until)"
        }
    }
}

/// Why a step is skipped rather than taken.
public enum LadderSkipReason: Hashable, Sendable, CustomStringConvertible {
    /// A letter step, and the balance is below the policy's letter minimum.
    case belowLetterMinimum(Money)
    /// The balance is below the step's own minimum.
    case belowStepMinimum(Money)

    /// In English.
    public var description: String {
        switch self {
        case .belowLetterMinimum(let minimum): return "balance below the letter minimum of EUR \(minimum.decimalString)"
        case .belowStepMinimum(let minimum): return "balance below the step's minimum of EUR \(minimum.decimalString)"
        }
    }
}
