import Foundation

/// The urgency groups of the work queue, most urgent first.
public enum QueueGroup: Int, Hashable, Sendable, Comparable, CaseIterable, Codable {
    /// A callback the debtor asked for is due now.
    case callbackDue = 1
    /// A promise was broken and nobody has called since.
    case brokenPromise = 2
    /// The next action's date has come.
    case actionDue = 3
    /// Everything else that is open.
    case other = 4

    /// Short name for tables and JSON.
    public var name: String {
        switch self {
        case .callbackDue: return "callback"
        case .brokenPromise: return "broken-promise"
        case .actionDue: return "due"
        case .other: return "other"
        }
    }

    /// Orders by urgency.
    public static func < (lhs: QueueGroup, rhs: QueueGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The points that order cases within a group, kept apart so the ranking can be explained.
public struct PriorityScore: Hashable, Sendable, Codable {
    /// 0–50: the outstanding amount on a log scale (EUR 1,000 → 30, EUR 100,000 → 50).
    public let amountPoints: Int
    /// 0–30: days past due of the oldest open claim, one point per six days.
    public let overduePoints: Int
    /// 0–10: new cases need first contact soonest; legal and insolvency cases are in other hands.
    public let stagePoints: Int

    /// The sum that orders the group.
    public var total: Int { amountPoints + overduePoints + stagePoints }

    /// A score from its parts.
    public init(amountPoints: Int, overduePoints: Int, stagePoints: Int) {
        self.amountPoints = amountPoints
        self.overduePoints = overduePoints
        self.stagePoints = stagePoints
    }
}

/// One ranked row of the work queue.
public struct QueueEntry: Hashable, Sendable {
    /// Position in the queue, 1-based.
    public let rank: Int
    /// The urgency group.
    public let group: QueueGroup
    /// Points within the group.
    public let score: PriorityScore
    /// Why the case is where it is.
    public let reasonCode: QueueReason
    /// Days past due of the oldest open claim.
    public let daysOverdue: Int
    /// The case data.
    public let candidate: QueueCandidate
    /// The day the queue was ranked for.
    public let today: LocalDate

    /// A ranked row.
    public init(
        rank: Int, group: QueueGroup, score: PriorityScore, reasonCode: QueueReason, daysOverdue: Int,
        candidate: QueueCandidate, today: LocalDate
    ) {
        self.rank = rank
        self.group = group
        self.score = score
        self.reasonCode = reasonCode
        self.daysOverdue = daysOverdue
        self.candidate = candidate
        self.today = today
    }

    /// Why the case is where it is, in a few words (`callback due 10:30`, `promise broken 3 d ago`),
    /// with times in the user's time zone.
    public func reason(in timeZone: TimeZone) -> String { reasonCode.text(today: today, timeZone: timeZone) }
}
