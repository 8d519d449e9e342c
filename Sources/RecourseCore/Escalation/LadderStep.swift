/// What a ladder step does: phone the debtor, send a ladder letter, or put the case before a supervisor.
public enum LadderStepKind: Hashable, Sendable {
    /// Phone the debtor.
    case call
    /// Send a dunning letter; only the four ladder levels (reminder, firm, final, before-action) pass validation.
    case letter(LetterLevel)
    /// Put the case before a supervisor for an escalation decision; at most one, and only last.
    case review

    /// The case's next action when this step is the one to take.
    public var nextAction: NextAction {
        switch self {
        case .call: return .call
        case .letter(let level): return .letter(level)
        case .review: return .review
        }
    }

    /// Short words for summaries: `call`, `letter reminder`, `review`.
    public var label: String {
        switch self {
        case .call: return "call"
        case .letter(let level): return "letter \(level.rawValue)"
        case .review: return "review"
        }
    }
}

/// What a step's `days` count from.
public enum LadderAnchor: String, Hashable, Sendable, CaseIterable {
    /// Days after the case was placed (day 0 is the placement day).
    case placement
    /// Days after the previous step was taken or skipped (the first step counts from placement).
    case previousStep = "previous"
}

/// One rung of the amicable ladder: what to do and when.
public struct LadderStep: Hashable, Sendable {
    /// A name people recognise, unique within its ladder, e.g. `first call`, `firm reminder`.
    public let name: String
    /// What the step does.
    public let kind: LadderStepKind
    /// Days after the anchor: at least 0 from placement, at least 1 from the previous step.
    public let days: Int
    /// What `days` counts from.
    public let from: LadderAnchor
    /// In EUR: below this EUR-equivalent outstanding balance the step is skipped, not taken.
    public let minimumBalance: Money?

    /// A step; `Ladder` validates it.
    public init(name: String, kind: LadderStepKind, days: Int, from: LadderAnchor, minimumBalance: Money? = nil) {
        self.name = name
        self.kind = kind
        self.days = days
        self.from = from
        self.minimumBalance = minimumBalance
    }
}
