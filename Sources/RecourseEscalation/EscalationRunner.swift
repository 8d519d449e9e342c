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
    public typealias DeskMaker = (User) -> LetterDesk

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
        return try store.ladderFacts(asOf: day).map { Entry(reference: $0.reference, decision: decision(evaluator, $0, day)) }
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
        let users = Dictionary(try store.allUsers().map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        var desks: [String: LetterDesk] = [:]
        var summary = LadderRunSummary(runOn: day)
        var moves: [LadderMove] = []
        for facts in try store.ladderFacts(asOf: day) {
            let ladder = policy.ladder(for: facts.country)
            let cursor = facts.ladderNext.map { ($0, facts.ladderDueOn) } ?? {
                let initial = evaluator.initialCursor(facts, ladder: ladder)
                return (initial.next, Optional(initial.dueOn))
            }()
            let initialised = facts.ladderNext == nil
            func move(_ next: Int, _ due: LocalDate?, _ action: LadderMove.Action) -> LadderMove {
                LadderMove(caseId: facts.caseId, readNext: facts.ladderNext, readDueOn: facts.ladderDueOn, next: next, dueOn: due, action: action)
            }
            switch decision(evaluator, facts, day) {
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
                    do {
                        let detail = try store.caseDetail(reference: facts.reference, asOf: day)
                        guard let detail else { continue }
                        let drafter = detail.assignee.flatMap { users[$0.login] } ?? session.user
                        let letterDesk = desks[drafter.login] ?? desk(drafter)
                        desks[drafter.login] = letterDesk
                        moves.append(move(next, due, .letter(try letterDesk.render(detail, level: level), drafter: drafter)))
                        summary.letters += 1
                    } catch {
                        summary.problems.append("\(facts.reference): \(level.rawValue) letter not drafted: \(error)")
                        if initialised { moves.append(move(cursor.0, cursor.1, .none)) }
                    }
                }
            }
        }
        let changed = try store.applyLadderRun(moves, summary: summary, on: day, actor: session.user, at: clock.now)
        summary.problems += changed.map { "\($0): changed while the run was deciding; left for the next run" }
        return summary
    }

    private func decision(_ evaluator: LadderEvaluator, _ facts: LadderFacts, _ day: LocalDate) -> LadderDecision {
        evaluator.evaluate(facts, asOf: day)
    }
}
