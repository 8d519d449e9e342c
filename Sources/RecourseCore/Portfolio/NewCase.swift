import Foundation

/// A user to create with a portfolio.
public struct NewUser: Hashable, Sendable {
    /// Login name.
    public let login: String
    /// Name shown on screens and letters.
    public let displayName: String
    /// Role.
    public let role: Role

    /// A new user.
    public init(login: String, displayName: String, role: Role) {
        self.login = login
        self.displayName = displayName
        self.role = role
    }
}

/// A debtor to create, or to reuse when a case with the same `key` created it already.
public struct NewDebtor: Hashable, Sendable {
    /// Identifies the debtor within one batch, so one company with several creditors is one debtor.
    public let key: String
    /// The debtor's details; `id` fields are ignored.
    public let debtor: Debtor

    /// A new debtor.
    public init(key: String, debtor: Debtor) {
        self.key = key
        self.debtor = debtor
    }
}

/// An invoice to place on a new case.
public struct NewClaim: Hashable, Sendable {
    /// Invoice number.
    public let invoiceNumber: String
    /// Invoice date.
    public let issuedOn: LocalDate
    /// Due date.
    public let dueOn: LocalDate
    /// Invoiced amount; the claim starts fully outstanding.
    public let amount: Money
    /// Disputed by the debtor.
    public let disputed: Bool

    /// A new claim.
    public init(invoiceNumber: String, issuedOn: LocalDate, dueOn: LocalDate, amount: Money, disputed: Bool) {
        self.invoiceNumber = invoiceNumber
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.amount = amount
        self.disputed = disputed
    }
}

/// Something that happened on a case before it reached the repository, replayed in order.
public struct HistoryEvent: Hashable, Sendable {
    /// What happened.
    public enum Kind: Hashable, Sendable {
        /// A logged call.
        case call(CallRecord)
        /// A note.
        case note(String)
        /// A promise to pay; replaces the active one.
        case promise(amount: Money, madeOn: LocalDate, dueOn: LocalDate, graceDays: Int)
        /// A payment, allocated to the oldest open claims.
        case payment(amount: Money, receivedOn: LocalDate, reference: String?)
        /// A stage change.
        case stageChange(from: Stage, to: Stage, reason: String?)
        /// A letter event.
        case letter(level: LetterLevel, event: String)
    }

    /// When it happened.
    public let at: Date
    /// Login of who did it.
    public let actor: String
    /// What happened.
    public let kind: Kind

    /// An event.
    public init(at: Date, actor: String, kind: Kind) {
        self.at = at
        self.actor = actor
        self.kind = kind
    }
}

/// A case to create with its claims and history.
public struct NewCase: Hashable, Sendable {
    /// Reference, e.g. `RC-000123`.
    public let reference: String
    /// Name of an existing or batch creditor.
    public let creditorName: String
    /// The debtor.
    public let debtor: NewDebtor
    /// Login of the assigned caseworker.
    public let assignee: String?
    /// Placement date.
    public let placedOn: LocalDate
    /// Current stage.
    public let stage: Stage
    /// Why closed, for closed cases.
    public let closeReason: CloseReason?
    /// Next action and its date.
    public let nextAction: (action: NextAction, on: LocalDate)?
    /// A requested callback.
    public let callbackAt: Date?
    /// A hold.
    public let holdUntil: LocalDate?
    /// Open dispute.
    public let disputed: Bool
    /// Awaiting escalation review.
    public let reviewRequested: Bool
    /// The invoices.
    public let claims: [NewClaim]
    /// The history, oldest first.
    public let history: [HistoryEvent]

    /// A new case.
    public init(
        reference: String, creditorName: String, debtor: NewDebtor, assignee: String?, placedOn: LocalDate,
        stage: Stage, closeReason: CloseReason?, nextAction: (action: NextAction, on: LocalDate)?, callbackAt: Date?,
        holdUntil: LocalDate?, disputed: Bool, reviewRequested: Bool, claims: [NewClaim], history: [HistoryEvent]
    ) {
        self.reference = reference
        self.creditorName = creditorName
        self.debtor = debtor
        self.assignee = assignee
        self.placedOn = placedOn
        self.stage = stage
        self.closeReason = closeReason
        self.nextAction = nextAction
        self.callbackAt = callbackAt
        self.holdUntil = holdUntil
        self.disputed = disputed
        self.reviewRequested = reviewRequested
        self.claims = claims
        self.history = history
    }

    /// Equal when every field is equal.
    public static func == (lhs: NewCase, rhs: NewCase) -> Bool {
        lhs.reference == rhs.reference && lhs.creditorName == rhs.creditorName && lhs.debtor == rhs.debtor
            && lhs.assignee == rhs.assignee && lhs.placedOn == rhs.placedOn && lhs.stage == rhs.stage
            && lhs.closeReason == rhs.closeReason && lhs.nextAction?.action == rhs.nextAction?.action
            && lhs.nextAction?.on == rhs.nextAction?.on && lhs.callbackAt == rhs.callbackAt
            && lhs.holdUntil == rhs.holdUntil && lhs.disputed == rhs.disputed
            && lhs.reviewRequested == rhs.reviewRequested && lhs.claims == rhs.claims && lhs.history == rhs.history
    }

    /// Hashes the identifying fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(reference)
        hasher.combine(claims)
        hasher.combine(history)
    }
}

/// Creditors and users a batch needs, plus its cases as a stream (so 100,000 cases never sit in memory).
public protocol PortfolioBatch {
    /// Users to create (existing logins are kept as they are).
    var users: [NewUser] { get }
    /// Creditors to create (existing names are reused).
    var creditors: [(name: String, country: Country)] { get }
    /// Number of cases.
    var caseCount: Int { get }
    /// The case with a 0-based index.
    func makeCase(index: Int) -> NewCase
    /// The agency's letterhead and client account, when the batch brings one.
    var agency: AgencyProfile? { get }
    /// Lawyers for the directory, when the batch brings some.
    var lawyers: [NewLawyer] { get }
}

extension PortfolioBatch {
    /// No agency details by default; they are set with `recourse agency set`.
    public var agency: AgencyProfile? { nil }
    /// No lawyers by default; they are added with `recourse lawyers add`.
    public var lawyers: [NewLawyer] { [] }
}

/// A lawyer or firm to add to the directory with a batch.
public struct NewLawyer: Hashable, Sendable {
    /// The lawyer's name.
    public let name: String
    /// The firm.
    public let firm: String
    /// Where they act (ISO alpha-2).
    public let country: String
    /// E-mail.
    public let email: String?
    /// Phone.
    public let phone: String?

    /// A lawyer.
    public init(name: String, firm: String, country: String, email: String?, phone: String?) {
        self.name = name
        self.firm = firm
        self.country = country
        self.email = email
        self.phone = phone
    }
}
