import Foundation

/// Why a case waits for a supervisor's decision.
public enum ReviewReason: String, Codable, Sendable, CaseIterable {
    /// The amicable ladder ran out without payment.
    case ladderExhausted = "ladder-exhausted"
    /// The debtor refuses to pay (call outcome `RTP`).
    case refusedToPay = "refused-to-pay"
    /// Promises to pay were broken more than once.
    case brokenPromises = "broken-promises"
    /// The debtor reported insolvency or administration (call outcome `INSOLV`).
    case reportedInsolvency = "reported-insolvency"
    /// A caseworker proposed the case for review.
    case proposed
    /// A payment plan outside policy waits for approval.
    case planApproval = "plan-approval"

    /// Words for lists: `ladder exhausted`, `refused to pay`.
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// A case in the supervisors' review queue, with what is needed to decide it.
public struct ReviewItem: Hashable, Sendable, Identifiable {
    /// Case row id.
    public let caseId: Int64
    /// Case reference.
    public let reference: String
    /// Debtor name.
    public let debtorName: String
    /// Debtor country.
    public let country: Country
    /// Stage.
    public let stage: Stage
    /// Why it is here.
    public let reason: ReviewReason
    /// The proposer's note, or what the run or call recorded.
    public let note: String?
    /// Login of whoever asked for the review (a caseworker, the ladder run), if known.
    public let requestedBy: String?
    /// When review was requested, if known.
    public let requestedOn: LocalDate?
    /// The caseworker on the case.
    public let assignee: String?
    /// Unpaid principal per currency.
    public let outstanding: [Money]
    /// Days past due of the oldest open claim.
    public let daysOverdue: Int
    /// The plan waiting for approval, for `planApproval`.
    public let awaitingPlanId: Int64?

    /// The case's id.
    public var id: Int64 { caseId }

    /// A review item.
    public init(
        caseId: Int64, reference: String, debtorName: String, country: Country, stage: Stage, reason: ReviewReason, note: String?,
        requestedBy: String?, requestedOn: LocalDate?, assignee: String?, outstanding: [Money], daysOverdue: Int, awaitingPlanId: Int64?
    ) {
        self.caseId = caseId
        self.reference = reference
        self.debtorName = debtorName
        self.country = country
        self.stage = stage
        self.reason = reason
        self.note = note
        self.requestedBy = requestedBy
        self.requestedOn = requestedOn
        self.assignee = assignee
        self.outstanding = outstanding
        self.daysOverdue = daysOverdue
        self.awaitingPlanId = awaitingPlanId
    }
}
