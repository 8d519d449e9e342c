import Foundation

/// The supervisors' review queue, their decisions, and the lawyers' directory.
public protocol ReviewStoring: Sendable {
    /// Cases waiting for a decision (review requested, or a plan awaiting approval), oldest request first.
    func reviewQueue(asOf: LocalDate) throws -> [ReviewItem]
    /// Puts a case in the review queue with a reason and note.
    func requestReview(caseId: Int64, reason: ReviewReason, note: String?, actor: User, at: Date, on day: LocalDate) throws
    /// Records a checked decision and everything it changes, in one transaction.
    func decide(caseId: Int64, decision: ReviewDecision, actor: User, at: Date, on day: LocalDate) throws
    /// Records a change to a legal matter or insolvency claim.
    func update(caseId: Int64, _ update: EscalationUpdate, actor: User, at: Date) throws
    /// The lawyers' directory, optionally for one country.
    func lawyers(country: Country?) throws -> [Lawyer]
    /// Adds a lawyer or firm to the directory.
    func addLawyer(name: String, firm: String, country: Country, email: String?, phone: String?, actor: User, at: Date) throws -> Lawyer
}
