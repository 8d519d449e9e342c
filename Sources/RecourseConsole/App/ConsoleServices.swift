import Foundation
import RecourseCore

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
}

/// The console's services over a repository, through the core's use cases.
public struct RepositoryConsoleServices: ConsoleServices {
    /// Who is working.
    public let session: Session
    /// What "now" is.
    public let clock: any Clock
    /// The repository's file name.
    public let repositoryName: String
    private let repository: any Repository

    /// Services over `repository` for `session`.
    public init(repository: any Repository, session: Session, clock: any Clock, repositoryName: String) {
        self.repository = repository
        self.session = session
        self.clock = clock
        self.repositoryName = repositoryName
    }

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
