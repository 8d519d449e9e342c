/// Whose cases the queue shows.
public enum QueueScope: Hashable, Sendable {
    /// The session user's own cases.
    case mine
    /// Every open case.
    case all
    /// One caseworker's cases.
    case assignee(String)

    /// The login whose cases the scope shows, nil for everyone's.
    public func assignee(for session: Session) -> String? {
        switch self {
        case .mine: return session.user.login
        case .all: return nil
        case .assignee(let login): return login
        }
    }

    /// Caseworkers start on their own cases, supervisors and admins on everyone's.
    public static func defaultScope(for role: Role) -> QueueScope {
        role == .caseworker ? .mine : .all
    }
}

/// The ranked work queue, as the console and `recourse queue` show it.
public struct WorkQueue: Sendable {
    private let repository: any QueueReading
    private let clock: any Clock
    private let ranking: QueueRanking

    /// A work queue over a repository, ranked as of the clock's now.
    public init(repository: any QueueReading, clock: any Clock, rates: ExchangeRates = .rankingDefaults) {
        self.repository = repository
        self.clock = clock
        self.ranking = QueueRanking(rates: rates, timeZone: clock.timeZone)
    }

    /// The ranked entries for a scope.
    public func entries(scope: QueueScope, session: Session) throws -> [QueueEntry] {
        let now = clock.now
        let candidates = try repository.queueCandidates(assignee: scope.assignee(for: session), asOf: Timestamp.localDate(of: now, in: clock.timeZone))
        return ranking.rank(candidates, now: now)
    }
}

extension WorkQueue {
    /// The queue after one case changed: that case is read again (or dropped when it closed or
    /// left the scope) and put in its place — no full reload, no full re-rank.
    public func refreshed(_ entries: [QueueEntry], caseId: Int64, scope: QueueScope, session: Session) throws -> [QueueEntry] {
        let now = clock.now
        var inserted = try repository.queueCandidate(caseId: caseId, asOf: Timestamp.localDate(of: now, in: clock.timeZone))
        if let wanted = scope.assignee(for: session), inserted?.assignee != wanted { inserted = nil }
        return ranking.reranked(entries, removing: caseId, inserting: inserted, now: now)
    }
}

/// Loads one case for the case screen and `recourse case`.
public struct CaseLookup: Sendable {
    private let repository: any CaseReading
    private let clock: any Clock

    /// A lookup over a repository, evaluating promises as of the clock's today.
    public init(repository: any CaseReading, clock: any Clock) {
        self.repository = repository
        self.clock = clock
    }

    /// The case with this reference (case-insensitive); throws `unknownCase` when there is none.
    public func detail(reference: String) throws -> CaseDetail {
        let normalised = reference.trimmingWhitespace().uppercased()
        guard let detail = try repository.caseDetail(reference: normalised, asOf: clock.today) else {
            throw RecourseError.unknownCase(reference)
        }
        return detail
    }
}
