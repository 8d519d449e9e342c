import Foundation

/// One creditor's claims against one debtor, and where their recovery stands.
public struct CollectionCase: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// The reference people quote on the phone and on letters, e.g. `RC-000123`.
    public let reference: String
    /// Stage on the ladder.
    public var stage: Stage
    /// Why it was closed, only when `stage == .closed`.
    public var closeReason: CloseReason?
    /// The caseworker who owns it, if assigned.
    public var assigneeId: Int64?
    /// When the creditor placed it with the agency.
    public var placedOn: LocalDate
    /// What should happen next.
    public var nextAction: NextAction?
    /// When the next action is due.
    public var nextActionOn: LocalDate?
    /// A callback the debtor asked for, as an instant.
    public var callbackAt: Date?
    /// A supervisor's hold: nothing is due before this day.
    public var holdUntil: LocalDate?
    /// Set while a dispute is open; the ladder pauses.
    public var disputed: Bool
    /// Set when the case awaits a supervisor's escalation decision.
    public var reviewRequested: Bool

    /// A case.
    public init(
        id: Int64, reference: String, stage: Stage, closeReason: CloseReason?, assigneeId: Int64?,
        placedOn: LocalDate, nextAction: NextAction?, nextActionOn: LocalDate?, callbackAt: Date?,
        holdUntil: LocalDate?, disputed: Bool, reviewRequested: Bool
    ) {
        self.id = id
        self.reference = reference
        self.stage = stage
        self.closeReason = closeReason
        self.assigneeId = assigneeId
        self.placedOn = placedOn
        self.nextAction = nextAction
        self.nextActionOn = nextActionOn
        self.callbackAt = callbackAt
        self.holdUntil = holdUntil
        self.disputed = disputed
        self.reviewRequested = reviewRequested
    }

    /// Formats a case number as its reference: `RC-000123`.
    public static func reference(forNumber number: Int) -> String {
        let digits = String(number)
        return "RC-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
