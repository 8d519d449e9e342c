import Foundation

/// The review use cases: caseworkers propose cases; supervisors decide them, keep the lawyers'
/// directory and follow legal matters and insolvency claims.
public struct ReviewDesk {
    private let store: any ReviewStoring & CaseReading
    private let clock: any Clock
    private let session: Session

    /// A desk over a repository for a session.
    public init(store: any ReviewStoring & CaseReading, clock: any Clock, session: Session) {
        self.store = store
        self.clock = clock
        self.session = session
    }

    /// Cases waiting for a decision.
    public func queue() throws -> [ReviewItem] {
        try store.reviewQueue(asOf: clock.today)
    }

    /// Proposes an open, amicable case for review with a note (any user).
    public func propose(reference: String, note: String) throws {
        let detail = try CaseLookup(repository: store, clock: clock).detail(reference: reference)
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw RecourseError.invalid(ValidationError(field: "note", message: "say why the case needs a decision")) }
        guard detail.collectionCase.stage == .new || detail.collectionCase.stage == .amicable else {
            throw RecourseError.conflict("\(detail.collectionCase.reference) is \(detail.collectionCase.stage.rawValue); only amicable cases go to review")
        }
        guard !detail.collectionCase.reviewRequested else {
            throw RecourseError.conflict("\(detail.collectionCase.reference) is already waiting for review")
        }
        try store.requestReview(caseId: detail.collectionCase.id, reason: .proposed, note: text, actor: session.user, at: clock.now, on: clock.today)
    }

    /// Records a supervisor's decision on a case in the review queue.
    public func decide(reference: String, _ decision: ReviewDecision) throws {
        guard session.user.role.canSupervise else {
            throw RecourseError.notPermitted("only a supervisor can decide reviews; you are a \(session.user.role.rawValue)")
        }
        do {
            try decision.validate(asOf: clock.today)
        } catch {
            throw RecourseError.invalid(error)
        }
        let wanted = reference.uppercased()
        // A case may be listed twice: for a review and for a plan awaiting approval. Plan decisions
        // take the plan's entry, the others the review's when there is one.
        let listed = try queue().filter { $0.reference == wanted }
        let isPlanDecision: Bool
        switch decision {
        case .approvePlan, .declinePlan: isPlanDecision = true
        default: isPlanDecision = false
        }
        guard let item = listed.first(where: { ($0.awaitingPlanId != nil) == isPlanDecision }) ?? listed.first else {
            _ = try CaseLookup(repository: store, clock: clock).detail(reference: reference)
            throw RecourseError.conflict("\(wanted) is not waiting for a decision (`recourse escalations review` lists the cases that are)")
        }
        switch decision {
        case .approvePlan, .declinePlan:
            guard item.awaitingPlanId != nil else { throw RecourseError.conflict("\(wanted) has no payment plan waiting for approval") }
        default:
            guard item.reason != .planApproval || item.awaitingPlanId == nil else {
                throw RecourseError.conflict("\(wanted) waits for a plan decision: approve-plan or decline-plan")
            }
        }
        if case .legal(let lawyerId, _, _) = decision {
            guard let lawyer = try store.lawyers(country: nil).first(where: { $0.id == lawyerId }) else {
                throw RecourseError.invalid(ValidationError(field: "lawyer", message: "no lawyer \(lawyerId) in the directory (`recourse lawyers list`)"))
            }
            guard lawyer.country == item.country else {
                throw RecourseError.invalid(ValidationError(
                    field: "lawyer", message: "\(lawyer.name) acts in \(lawyer.country.code), the debtor is in \(item.country.code)"))
            }
        }
        try store.decide(caseId: item.caseId, decision: decision, actor: session.user, at: clock.now, on: clock.today)
    }

    /// Records progress on a legal matter or insolvency claim (supervisors or the case's caseworker).
    public func update(reference: String, _ update: EscalationUpdate) throws {
        let detail = try CaseLookup(repository: store, clock: clock).detail(reference: reference)
        guard session.user.role.canSupervise || detail.assignee?.login == session.user.login else {
            throw RecourseError.notPermitted("only a supervisor or the case's caseworker can update \(detail.collectionCase.reference)")
        }
        switch update {
        case .legal: guard detail.legal != nil else { throw RecourseError.conflict("\(detail.collectionCase.reference) is not with a lawyer") }
        case .insolvency:
            guard detail.insolvency != nil else { throw RecourseError.conflict("\(detail.collectionCase.reference) has no insolvency claim") }
        }
        try store.update(caseId: detail.collectionCase.id, update, actor: session.user, at: clock.now)
    }

    /// The lawyers' directory.
    public func lawyers(country: Country?) throws -> [Lawyer] {
        try store.lawyers(country: country)
    }

    /// Adds a lawyer or firm (supervisors and admins).
    public func addLawyer(name: String, firm: String, country: Country, email: String?, phone: String?) throws -> Lawyer {
        guard session.user.role.canSupervise else {
            throw RecourseError.notPermitted("only a supervisor or admin can add lawyers; you are a \(session.user.role.rawValue)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RecourseError.invalid(ValidationError(field: "name", message: "the lawyer needs a name"))
        }
        return try store.addLawyer(name: name, firm: firm, country: country, email: email, phone: phone, actor: session.user, at: clock.now)
    }
}
