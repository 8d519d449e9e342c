import Foundation

/// One entry in a case's append-only history. Nothing is edited; a correction is a new entry.
public struct Activity: Hashable, Sendable, Identifiable {
    /// Row id; later entries have higher ids.
    public let id: Int64
    /// Who did it.
    public let actor: String
    /// When it happened.
    public let occurredAt: Date
    /// What happened.
    public let detail: ActivityDetail

    /// An activity.
    public init(id: Int64, actor: String, occurredAt: Date, detail: ActivityDetail) {
        self.id = id
        self.actor = actor
        self.occurredAt = occurredAt
        self.detail = detail
    }
}

/// The kinds of history entry, each with what it records.
public enum ActivityDetail: Hashable, Sendable {
    /// A phone call and its outcome.
    case call(CallRecord)
    /// A free-text note.
    case note(String)
    /// A promise to pay was recorded.
    case promise(amount: Money, dueOn: LocalDate)
    /// Something happened to a letter (`drafted`, `approved`, `sent`, `rejected`, `cancelled`).
    case letter(level: LetterLevel, event: String)
    /// A payment arrived.
    case payment(amount: Money, receivedOn: LocalDate, reference: String?)
    /// The case moved from one stage to another.
    case stageChange(from: Stage, to: Stage, reason: String?)

    /// The stored kind name.
    public var kind: String {
        switch self {
        case .call: return "call"
        case .note: return "note"
        case .promise: return "promise"
        case .letter: return "letter"
        case .payment: return "payment"
        case .stageChange: return "stage-change"
        }
    }
}

/// What a call log records.
public struct CallRecord: Hashable, Sendable, Codable {
    /// Outbound or inbound.
    public let direction: CallDirection
    /// The person spoken to, by name, if known.
    public let contactName: String?
    /// The result code.
    public let outcome: CallOutcome
    /// Length of the call in minutes, if noted.
    public let durationMinutes: Int?
    /// The caseworker's notes.
    public let note: String?
    /// What the outcome recorded, in words: `promise EUR 1,200.00 by 2026-12-05`, `callback …`.
    public let outcomeDetail: String?

    /// A call record.
    public init(
        direction: CallDirection, contactName: String?, outcome: CallOutcome, durationMinutes: Int?, note: String?,
        outcomeDetail: String? = nil
    ) {
        self.direction = direction
        self.contactName = contactName
        self.outcome = outcome
        self.durationMinutes = durationMinutes
        self.note = note
        self.outcomeDetail = outcomeDetail
    }
}
