import Foundation

/// A dunning letter: the text exactly as rendered, the data it was rendered from, and its workflow state.
public struct Letter: Hashable, Sendable, Identifiable {
    /// Row id; the number people quote (`letter 42`).
    public let id: Int64
    /// The case written about.
    public let caseId: Int64
    /// The case's reference.
    public let caseReference: String
    /// The debtor's name.
    public let debtorName: String
    /// The ladder level or answer kind.
    public let level: LetterLevel
    /// The language code of the template used, e.g. `de`.
    public let language: String
    /// Where it stands.
    public let state: LetterState
    /// Login of the user who drafted it.
    public let draftedBy: String
    /// When it was first drafted.
    public let draftedAt: Date
    /// When the text was last rendered.
    public let renderedAt: Date
    /// The letter text exactly as it will be printed.
    public let body: String
    /// The merge data the text was rendered from, as JSON.
    public let mergeData: String
    /// The case facts the text relies on; compared with the case now to find stale letters.
    public let basis: LetterBasis
    /// The total demanded, for lists, e.g. `EUR 10,566.64`.
    public let totalDue: String
    /// When it was submitted for approval.
    public let submittedAt: Date?
    /// Login of the supervisor who approved or rejected it.
    public let decidedBy: String?
    /// When it was approved or rejected.
    public let decidedAt: Date?
    /// Why it was rejected.
    public let rejectReason: String?
    /// Why it was cancelled.
    public let cancelReason: String?
    /// When it was exported to the outbox.
    public let sentAt: Date?
    /// The outbox file it was exported to.
    public let outboxFile: String?

    /// A letter.
    public init(
        id: Int64, caseId: Int64, caseReference: String, debtorName: String, level: LetterLevel, language: String,
        state: LetterState, draftedBy: String, draftedAt: Date, renderedAt: Date, body: String, mergeData: String,
        basis: LetterBasis, totalDue: String, submittedAt: Date? = nil, decidedBy: String? = nil, decidedAt: Date? = nil,
        rejectReason: String? = nil, cancelReason: String? = nil, sentAt: Date? = nil, outboxFile: String? = nil
    ) {
        self.id = id
        self.caseId = caseId
        self.caseReference = caseReference
        self.debtorName = debtorName
        self.level = level
        self.language = language
        self.state = state
        self.draftedBy = draftedBy
        self.draftedAt = draftedAt
        self.renderedAt = renderedAt
        self.body = body
        self.mergeData = mergeData
        self.basis = basis
        self.totalDue = totalDue
        self.submittedAt = submittedAt
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.rejectReason = rejectReason
        self.cancelReason = cancelReason
        self.sentAt = sentAt
        self.outboxFile = outboxFile
    }
}

/// A letter with what has changed in its case since it was rendered (empty when current).
public struct LetterView: Hashable, Sendable, Identifiable {
    /// The letter.
    public let letter: Letter
    /// Changes since rendering, in words; non-empty means stale.
    public let changes: [String]
    /// The letter's id.
    public var id: Int64 { letter.id }
    /// True when the case changed since the text was rendered.
    public var isStale: Bool { !changes.isEmpty }

    /// A letter as seen now.
    public init(letter: Letter, changes: [String]) {
        self.letter = letter
        self.changes = changes
    }
}

/// A freshly rendered letter, ready to be stored as a draft (or to replace a draft's text).
public struct RenderedLetter: Hashable, Sendable {
    /// The case.
    public let caseId: Int64
    /// The level.
    public let level: LetterLevel
    /// The template language used.
    public let language: String
    /// The text.
    public let body: String
    /// The merge data as JSON.
    public let mergeData: String
    /// The case facts the text relies on.
    public let basis: LetterBasis
    /// The total demanded, for lists.
    public let totalDue: String

    /// A rendered letter.
    public init(caseId: Int64, level: LetterLevel, language: String, body: String, mergeData: String, basis: LetterBasis, totalDue: String) {
        self.caseId = caseId
        self.level = level
        self.language = language
        self.body = body
        self.mergeData = mergeData
        self.basis = basis
        self.totalDue = totalDue
    }
}
