import Foundation

/// One case's move on the ladder, as the run decided it: the cursor it read, the cursor after, and
/// what to do. The store applies it only if the cursor is still the one read.
public struct LadderMove: Sendable {
    /// What the step does in the repository.
    public enum Action: Sendable {
        /// Only store the cursor (first derived from history, or a skipped step).
        case none
        /// Make a call the case's next action, due on the run day.
        case call(step: String)
        /// Store a drafted letter, submitted for approval, drafted in the name of `drafter`.
        case letter(RenderedLetter, drafter: User)
        /// Put the case in the review queue.
        case review(note: String)
    }

    /// The case.
    public let caseId: Int64
    /// The cursor the run read (nil: never set).
    public let readNext: Int?
    /// The due day the run read.
    public let readDueOn: LocalDate?
    /// The cursor after the move.
    public let next: Int
    /// When the step at `next` falls due (nil: the ladder is done).
    public let dueOn: LocalDate?
    /// What to do.
    public let action: Action

    /// A move.
    public init(caseId: Int64, readNext: Int?, readDueOn: LocalDate?, next: Int, dueOn: LocalDate?, action: Action) {
        self.caseId = caseId
        self.readNext = readNext
        self.readDueOn = readDueOn
        self.next = next
        self.dueOn = dueOn
        self.action = action
    }
}

/// What a ladder run did, for the screen, the command line and the run's record.
public struct LadderRunSummary: Hashable, Sendable, Codable {
    /// The day the run was for.
    public var runOn: String
    /// Calls made due.
    public var calls = 0
    /// Letters drafted and submitted for approval.
    public var letters = 0
    /// Cases put in the review queue.
    public var reviews = 0
    /// Steps skipped, by reason (balance below the minimum).
    public var skipped: [String: Int] = [:]
    /// Cases paused, by reason.
    public var paused: [String: Int] = [:]
    /// Cases with nothing due today.
    public var notDue = 0
    /// Cases off the ladder (waiting for review, exhausted).
    public var offLadder = 0
    /// Cases whose step could not be taken, with why (a letter that cannot be rendered, a case changed meanwhile).
    public var problems: [String] = []
    /// Seconds spent per phase: `read`, `decide`, `letters-read`, `letters-render`, `store`.
    public var seconds: [String: Double] = [:]

    /// An empty summary for a day.
    public init(runOn: LocalDate) {
        self.runOn = runOn.description
    }

    /// One line: `3 calls, 12 letters, 2 reviews; 5 skipped, 40 paused, 300 not due`.
    public var line: String {
        "\(calls) call\(calls == 1 ? "" : "s"), \(letters) letter\(letters == 1 ? "" : "s"), \(reviews) review\(reviews == 1 ? "" : "s"); "
            + "\(skipped.values.reduce(0, +)) skipped, \(paused.values.reduce(0, +)) paused, \(notDue) not due, \(offLadder) off the ladder"
            + (problems.isEmpty ? "" : "; \(problems.count) not taken")
    }
}

/// The ladder's store: the facts in bulk, and a run applied in one transaction.
public protocol LadderStoring: Sendable {
    /// The ladder facts of every open case in stage new or amicable.
    func ladderFacts(asOf: LocalDate) throws -> [LadderFacts]
    /// Cases read whole without their history, by id, for the letters a run drafts.
    func caseDetailsForLetters(caseIds: [Int64], asOf: LocalDate) throws -> [Int64: CaseDetail]
    /// The day of the latest run, if any.
    func lastLadderRun() throws -> LocalDate?
    /// Applies the moves and records the run, all or nothing; refuses a day before the latest run.
    /// Returns the references of moves not applied because the case changed meanwhile.
    func applyLadderRun(_ moves: [LadderMove], summary: LadderRunSummary, on day: LocalDate, actor: User, at: Date) throws -> [String]
}
