import Foundation
import RecourseCore
import RecourseLetters

/// What the console needs from the rest of Recourse: the session, the clock, and the use cases.
/// Screens never touch the repository; they ask these.
public protocol ConsoleServices {
    /// Who is working.
    var session: Session { get }
    /// What "now" is (`--today` pins the day).
    var clock: any Clock { get }
    /// The repository's file name, for the header.
    var repositoryName: String { get }
    /// The ranked queue for a scope.
    func queue(scope: QueueScope) throws -> [QueueEntry]
    /// One case whole.
    func caseDetail(reference: String) throws -> CaseDetail
    /// Counts of the repository's content.
    func summary() throws -> PortfolioSummary
    /// The call policy in force.
    var policy: CallPolicy { get }
    /// How amounts are typed and shown.
    var conventions: NumberConventions { get }
    /// Checks a call against its case.
    func prepareCall(_ entry: CallEntry, detail: CaseDetail) -> Result<CallWrite, CallProblems>
    /// Writes a checked call in one transaction.
    func saveCall(_ write: CallWrite) throws
    /// The queue after one case changed, ranked again without a full reload.
    func refreshedQueue(_ entries: [QueueEntry], caseId: Int64, scope: QueueScope) throws -> [QueueEntry]
    /// The letter desk, or why letters cannot be drafted or approved now (e.g. a broken rates.toml).
    var letters: Result<LetterDesk, LettersUnavailable> { get }
    /// Where `x` on the letters screen exports approved letters to.
    var outbox: URL { get }
    /// The review queue, decisions and the lawyers' directory.
    var review: ReviewDesk { get }
    /// The ladder policy in force, for its OECD country-risk table on the review screen; nil when
    /// `ladder.toml` is broken (the console says so at start).
    var ladder: LadderPolicy? { get }
    /// Runs the escalation ladder for today (supervisors); throws why it cannot run.
    func runLadder() throws -> LadderRunSummary
    /// The payments desk: unmatched payments, assigning them, setting them aside.
    var payments: PaymentDesk { get }
}

/// Why the letters screen cannot work: shown instead of the list, naming the file to fix.
public struct LettersUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let reason: String
    /// A reason.
    public init(reason: String) { self.reason = reason }
    /// The reason.
    public var description: String { reason }
}

/// The console's services over a repository, through the core's use cases.
public struct RepositoryConsoleServices: ConsoleServices {
    /// Who is working.
    public let session: Session
    /// What "now" is.
    public let clock: any Clock
    /// The repository's file name.
    public let repositoryName: String
    /// The call policy in force.
    public let policy: CallPolicy
    /// How amounts are typed and shown.
    public let conventions: NumberConventions
    /// The letter desk, or why letters are unavailable.
    public let letters: Result<LetterDesk, LettersUnavailable>
    /// Where approved letters are exported to.
    public let outbox: URL
    /// The ladder policy in force, if it could be read.
    public let ladder: LadderPolicy?
    private let ladderRun: (() throws -> LadderRunSummary)?

    /// Runs the escalation ladder for today; refused when the policy file is broken or no run was wired.
    public func runLadder() throws -> LadderRunSummary {
        guard let ladderRun, ladder != nil else {
            throw RecourseError.conflict("the ladder cannot run: its policy file has problems (see the notice at start, or `recourse escalations list`)")
        }
        return try ladderRun()
    }
    private let repository: any Repository

    /// Services over `repository` for `session`.
    public init(
        repository: any Repository, session: Session, clock: any Clock, repositoryName: String,
        policy: CallPolicy = .standard, conventions: NumberConventions = .pointDecimal,
        letters: Result<LetterDesk, LettersUnavailable>, outbox: URL, ladder: LadderPolicy? = nil,
        ladderRun: (() throws -> LadderRunSummary)? = nil
    ) {
        self.letters = letters
        self.ladder = ladder
        self.ladderRun = ladderRun
        self.outbox = outbox
        self.repository = repository
        self.session = session
        self.clock = clock
        self.repositoryName = repositoryName
        self.policy = policy
        self.conventions = conventions
    }

    private var logger: CallLogger {
        CallLogger(recorder: repository, cases: repository, clock: clock, policy: policy, conventions: conventions)
    }

    /// Checks a call against its case.
    public func prepareCall(_ entry: CallEntry, detail: CaseDetail) -> Result<CallWrite, CallProblems> {
        logger.prepare(entry, detail: detail, session: session)
    }

    /// Writes a checked call in one transaction.
    public func saveCall(_ write: CallWrite) throws {
        try repository.recordCall(write)
    }

    /// The queue after one case changed.
    public func refreshedQueue(_ entries: [QueueEntry], caseId: Int64, scope: QueueScope) throws -> [QueueEntry] {
        try WorkQueue(repository: repository, clock: clock).refreshed(entries, caseId: caseId, scope: scope, session: session)
    }

    /// The review queue, decisions and the lawyers' directory.
    public var review: ReviewDesk { ReviewDesk(store: repository, clock: clock, session: session) }

    /// The payments desk over the repository.
    public var payments: PaymentDesk { PaymentDesk(store: repository, clock: clock, session: session, policy: policy) }

    /// The ranked queue for a scope.
    public func queue(scope: QueueScope) throws -> [QueueEntry] {
        try WorkQueue(repository: repository, clock: clock).entries(scope: scope, session: session)
    }

    /// One case whole.
    public func caseDetail(reference: String) throws -> CaseDetail {
        try CaseLookup(repository: repository, clock: clock).detail(reference: reference)
    }

    /// Counts of the repository's content.
    public func summary() throws -> PortfolioSummary {
        try repository.portfolioSummary()
    }
}
