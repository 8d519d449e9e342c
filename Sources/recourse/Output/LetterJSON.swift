import Foundation
import RecourseCore

/// A letter for `--json`: its workflow facts, the text, and what changed in the case since rendering.
struct LetterJSON: Encodable {
    let id: Int64
    let caseReference: String
    let debtor: String
    let level: String
    let language: String
    let state: String
    let draftedBy: String
    let draftedAt: String
    let renderedAt: String
    let totalDue: String
    let submittedAt: String?
    let decidedBy: String?
    let decidedAt: String?
    let rejectReason: String?
    let cancelReason: String?
    let sentAt: String?
    let outboxFile: String?
    let stale: Bool
    let changes: [String]
    let body: String?

    enum CodingKeys: String, CodingKey {
        case id, debtor, level, language, state, stale, changes, body
        case caseReference = "case"
        case draftedBy = "drafted_by"
        case draftedAt = "drafted_at"
        case renderedAt = "rendered_at"
        case totalDue = "total_due"
        case submittedAt = "submitted_at"
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
        case rejectReason = "reject_reason"
        case cancelReason = "cancel_reason"
        case sentAt = "sent_at"
        case outboxFile = "outbox_file"
    }

    init(_ view: LetterView, includeBody: Bool) {
        let letter = view.letter
        id = letter.id
        caseReference = letter.caseReference
        debtor = letter.debtorName
        level = letter.level.rawValue
        language = letter.language
        state = letter.state.rawValue
        draftedBy = letter.draftedBy
        draftedAt = Timestamp.utcString(letter.draftedAt)
        renderedAt = Timestamp.utcString(letter.renderedAt)
        totalDue = letter.totalDue
        submittedAt = letter.submittedAt.map(Timestamp.utcString)
        decidedBy = letter.decidedBy
        decidedAt = letter.decidedAt.map(Timestamp.utcString)
        rejectReason = letter.rejectReason
        cancelReason = letter.cancelReason
        sentAt = letter.sentAt.map(Timestamp.utcString)
        outboxFile = letter.outboxFile
        stale = view.isStale
        changes = view.changes
        body = includeBody ? letter.body : nil
    }
}
