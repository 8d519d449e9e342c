import Foundation
import RecourseCore
import RecourseLetters

/// The ladder run: every case on the ladder evaluated as of a day; due calls become queue actions,
/// due letters are drafted in the debtor's language and submitted for approval, due reviews go to
/// the supervisors' queue. Applied in one transaction; running twice for a day changes nothing the
/// second time, and a day before the latest run is refused.
public struct EscalationRunner {
    /// A case as the dry run sees it: what is due, or why nothing is.
    public struct Entry: Sendable {
        /// The case reference.
        public let reference: String
        /// The decision.
        public let decision: LadderDecision
    }

    /// Makes the letter desk that renders a case's letter in the name of its caseworker.
    public typealias DeskMaker = @Sendable (User) -> LetterDesk

    private let store: any LadderStoring & CaseReading & UserDirectory
    private let policy: LadderPolicy
    private let desk: DeskMaker
    private let clock: any Clock
    private let session: Session

    /// A runner over a repository with a policy; `desk` renders letters for a drafter.
    public init(store: any LadderStoring & CaseReading & UserDirectory, policy: LadderPolicy, desk: @escaping DeskMaker, clock: any Clock, session: Session) {
        self.store = store
        self.policy = policy
        self.desk = desk
        self.clock = clock
        self.session = session
    }

    /// What the ladder says about every case on it as of `day`, changing nothing (the dry run).
    public func plan(asOf day: LocalDate) throws -> [Entry] {
        let evaluator = LadderEvaluator(policy: policy)
        return try store.ladderFacts(asOf: day).map { Entry(reference: $0.reference, decision: evaluator.evaluate($0, asOf: day)) }
    }

    /// Runs the ladder for `day` (supervisors and admins).
    public func run(asOf day: LocalDate) throws -> LadderRunSummary {
        guard session.user.role.canSupervise else {
            throw RecourseError.notPermitted("only a supervisor or admin runs the ladder; you are a \(session.user.role.rawValue)")
        }
        if let last = try store.lastLadderRun(), last > day {
            throw RecourseError.conflict("the ladder already ran for \(last); a run for \(day) would go back in time")
        }
        let evaluator = LadderEvaluator(policy: policy)
        var summary = LadderRunSummary(runOn: day)
        var moves: [LadderMove] = []
        var letterJobs: [LetterJob] = []
        var clockStart = DispatchTime.now()
        func lap(_ phase: String) {
            let now = DispatchTime.now()
            summary.seconds[phase] = (Double(now.uptimeNanoseconds - clockStart.uptimeNanoseconds) / 1e7).rounded() / 100
            clockStart = now
        }
        let allFacts = try store.ladderFacts(asOf: day)
        lap("read")
        for facts in allFacts {
            let ladder = policy.ladder(for: facts.country)
            let cursor = facts.ladderNext.map { ($0, facts.ladderDueOn) } ?? {
                let initial = evaluator.initialCursor(facts, ladder: ladder)
                return (initial.next, Optional(initial.dueOn))
            }()
            let initialised = facts.ladderNext == nil
            func move(_ next: Int, _ due: LocalDate?, _ action: LadderMove.Action) -> LadderMove {
                LadderMove(caseId: facts.caseId, readNext: facts.ladderNext, readDueOn: facts.ladderDueOn, next: next, dueOn: due, action: action)
            }
            switch evaluator.evaluate(facts, asOf: day) {
            case .notOnLadder:
                summary.offLadder += 1
                if initialised { moves.append(move(cursor.0, cursor.1, .none)) }
            case .paused(let pause):
                summary.paused[pause.description.components(separatedBy: " until").first ?? pause.description, default: 0] += 1
                if initialised { moves.append(move(cursor.0, cursor.1, .none)) }
            case .notDue:
                summary.notDue += 1
                if initialised { moves.append(move(cursor.0, cursor.1, .none)) }
            case .exhausted:
                if cursor.0 >= ladder.steps.count, let due = cursor.1, due <= day {
                    summary.reviews += 1
                    moves.append(move(cursor.0, nil, .review(note: "the amicable extension ended on \(due)")))
                } else {
                    summary.offLadder += 1
                    if initialised { moves.append(move(cursor.0, cursor.1, .none)) }
                }
            case .skip(let step, _, let next, let due, let reason):
                summary.skipped["\(step.kind.label): \(reason)", default: 0] += 1
                moves.append(move(next, due, .none))
            case .take(let step, _, let next, let due):
                switch step.kind {
                case .call:
                    summary.calls += 1
                    moves.append(move(next, due, .call(step: step.name)))
                case .review:
                    summary.reviews += 1
                    moves.append(move(next, due, .review(note: "the ladder ran out after \(ladder.steps.count) steps")))
                case .letter(let level):
                    letterJobs.append(LetterJob(
                        facts: facts, level: level, taken: move(next, due, .none),
                        kept: initialised ? move(cursor.0, cursor.1, .none) : nil))
                }
            }
        }
        lap("decide")
        let details = try store.caseDetailsForLetters(caseIds: letterJobs.map(\.facts.caseId), asOf: day)
        lap("letters-read")
        let drafted = try draftLetters(letterJobs, details: details, day: day)
        lap("letters-render")
        moves += drafted.moves
        summary.letters += drafted.count
        summary.problems += drafted.problems
        let changed = try store.applyLadderRun(moves, summary: summary, on: day, actor: session.user, at: clock.now)
        lap("store")
        summary.problems += changed.map { "\($0): changed while the run was deciding; left for the next run" }
        return summary
    }

    /// A due letter step waiting to be drafted: the move if drafted, and the cursor to keep if not.
    private struct LetterJob {
        let facts: LadderFacts
        let level: LetterLevel
        let taken: LadderMove
        let kept: LadderMove?
    }

    /// Renders each due letter from its case (read in bulk) in its caseworker's name; a
    /// letter that cannot be rendered (a missing rate, a case closed meanwhile) is reported and
    /// its step stays due for the next run.
    private func draftLetters(
        _ jobs: [LetterJob], details: [Int64: CaseDetail], day: LocalDate
    ) throws -> (moves: [LadderMove], count: Int, problems: [String]) {
        guard !jobs.isEmpty else { return ([], 0, []) }
        let users = Dictionary(try store.allUsers().map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        // Rendering is the costly part: the jobs are shared out over the processor's cores, each
        // worker with desks (and date formatters) of its own.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count / 50 + 1))
        let session = self.session
        let makeDesk = self.desk
        let results = DraftResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var desks: [String: LetterDesk] = [:]
            for index in stride(from: worker, to: jobs.count, by: workers) {
                let job = jobs[index]
                do {
                    guard let detail = details[job.facts.caseId] else { throw RecourseError.unknownCase(job.facts.reference) }
                    let drafter = detail.assignee.flatMap { users[$0.login] } ?? session.user
                    let letterDesk = desks[drafter.login] ?? makeDesk(drafter)
                    desks[drafter.login] = letterDesk
                    let rendered = try letterDesk.render(detail, level: job.level)
                    let taken = job.taken
                    results.set(index, .success(LadderMove(
                        caseId: taken.caseId, readNext: taken.readNext, readDueOn: taken.readDueOn, next: taken.next, dueOn: taken.dueOn,
                        action: .letter(rendered, drafter: drafter))))
                } catch {
                    results.set(index, .failure(DraftResults.Problem(message: "\(job.facts.reference): \(job.level.rawValue) letter not drafted: \(error)")))
                }
            }
        }
        var moves: [LadderMove] = []
        var problems: [String] = []
        for (index, result) in results.all.enumerated() {
            switch result {
            case .success(let move)?: moves.append(move)
            case .failure(let problem)?:
                problems.append(problem.message)
                if let kept = jobs[index].kept { moves.append(kept) }
            case nil: break
            }
        }
        return (moves, moves.filter { if case .letter = $0.action { return true } else { return false } }.count, problems)
    }
}

/// The letters the run's workers drafted, by job, filled from several threads.
private final class DraftResults: @unchecked Sendable {
    /// Why a job produced no letter.
    struct Problem: Error {
        let message: String
    }

    private let lock = NSLock()
    private var results: [Result<LadderMove, Problem>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<LadderMove, Problem>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [Result<LadderMove, Problem>?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
