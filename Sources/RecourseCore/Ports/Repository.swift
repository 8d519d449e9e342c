import Foundation

/// Reads the work queue's raw material in bulk.
public protocol QueueReading: Sendable {
    /// Every open case as a queue candidate, optionally only one assignee's; promise payments counted as of `asOf`.
    func queueCandidates(assignee: String?, asOf: LocalDate) throws -> [QueueCandidate]
    /// One open case as a candidate (nil when closed or gone), to re-rank after a change.
    func queueCandidate(caseId: Int64, asOf: LocalDate) throws -> QueueCandidate?
}

/// Reads one case whole.
public protocol CaseReading: Sendable {
    /// The case with this reference, or nil; promise payments counted as of `asOf`.
    func caseDetail(reference: String, asOf: LocalDate) throws -> CaseDetail?
}

/// The people who use the repository.
public protocol UserDirectory: Sendable {
    /// Every user, by login.
    func allUsers() throws -> [User]
    /// The user with this login, or nil.
    func user(login: String) throws -> User?
    /// Adds a user; the actor is recorded.
    func insertUser(login: String, displayName: String, role: Role, actor: User, at: Date) throws -> User
    /// Changes a user's role; the actor is recorded.
    func updateRole(login: String, role: Role, actor: User, at: Date) throws
}

/// The accountability trail of who did what as whom.
public protocol AuditLog: Sendable {
    /// Records that `osLogin` ran `command` acting as `actingAs`.
    func recordAudit(osLogin: String, actingAs: String, command: String, at: Date) throws
}

/// Counts for headers and summaries.
public protocol PortfolioSummaryReading: Sendable {
    /// Cases per stage, users and the repository's kind.
    func portfolioSummary() throws -> PortfolioSummary
}

/// Everything the console and the command line need from a repository.
public typealias Repository = PaymentImportStoring & QueueReading & CaseReading & UserDirectory & AuditLog & PortfolioSummaryReading
    & CallRecording & PaymentRecording & LetterStoring & AgencyProfileStoring & ReviewStoring & LadderStoring

/// Counts of a repository's content.
public struct PortfolioSummary: Hashable, Sendable, Codable {
    /// Open and closed cases by stage name.
    public let casesByStage: [String: Int]
    /// Number of users.
    public let users: Int
    /// Number of debtors.
    public let debtors: Int
    /// Number of creditors.
    public let creditors: Int
    /// True for a demo repository.
    public let isDemo: Bool

    /// A summary.
    public init(casesByStage: [String: Int], users: Int, debtors: Int, creditors: Int, isDemo: Bool) {
        self.casesByStage = casesByStage
        self.users = users
        self.debtors = debtors
        self.creditors = creditors
        self.isDemo = isDemo
    }

    /// All cases.
    public var totalCases: Int { casesByStage.values.reduce(0, +) }
    /// Cases not closed.
    public var openCases: Int { totalCases - (casesByStage[Stage.closed.rawValue] ?? 0) }
}
