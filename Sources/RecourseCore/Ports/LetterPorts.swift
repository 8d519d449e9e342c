import Foundation

/// Which letters a list shows.
public struct LetterFilter: Hashable, Sendable {
    /// Only these states (all when empty).
    public var states: Set<LetterState>
    /// Only letters drafted by this login.
    public var draftedBy: String?
    /// Only letters of this case.
    public var caseReference: String?

    /// A filter.
    public init(states: Set<LetterState> = [], draftedBy: String? = nil, caseReference: String? = nil) {
        self.states = states
        self.draftedBy = draftedBy
        self.caseReference = caseReference
    }

    /// Letters that may still go out.
    public static let pending = LetterFilter(states: [.draft, .submitted, .approved, .rejected])
}

/// A change of a letter's state, checked and applied in one transaction by the store.
public enum LetterTransition: Hashable, Sendable {
    /// Put forward for approval.
    case submit
    /// Approved by a supervisor who did not draft it (refused when stale).
    case approve
    /// Rejected with a reason.
    case reject(reason: String)
    /// Withdrawn by hand, with a reason.
    case cancel(reason: String)
}

/// Stores letters and moves them through their workflow. Every method is one transaction; rules
/// (four eyes, staleness) are checked inside it against the case as it is at that moment.
public protocol LetterStoring: Sendable {
    /// Stores a new draft; refused when the case changed since `rendered.basis` was read.
    func insertDraft(_ rendered: RenderedLetter, actor: User, at: Date) throws -> Letter
    /// Replaces a letter's text with a fresh rendering (a rejected letter becomes a draft again).
    func rerender(letterId: Int64, with rendered: RenderedLetter, actor: User, at: Date) throws -> Letter
    /// Applies a transition, checking the rules of `LetterRules`.
    func transition(letterId: Int64, _ transition: LetterTransition, actor: User, at: Date) throws -> Letter
    /// One letter with its changes since rendering, or nil.
    func letter(id: Int64) throws -> LetterView?
    /// Letters matching a filter, oldest first, each with its changes since rendering.
    func letters(_ filter: LetterFilter) throws -> [LetterView]
    /// Takes every approved letter, lets `write` put them in the outbox (returning each letter's
    /// file), and marks them sent — all or nothing. Returns the letters sent.
    func sendApproved(actor: User, at: Date, write: ([Letter]) throws -> [Int64: String]) throws -> [Letter]
}

/// The agency's own details, shared by every console on the repository.
public protocol AgencyProfileStoring: Sendable {
    /// The profile, or nil when not yet set.
    func agencyProfile() throws -> AgencyProfile?
    /// Sets the profile; admins only (checked by the caller), recorded in the audit log.
    func setAgencyProfile(_ profile: AgencyProfile, actor: User, at: Date) throws
}
