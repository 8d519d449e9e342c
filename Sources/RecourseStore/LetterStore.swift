import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: LetterStoring {
    /// Stores a new draft; refused when the case is closed or changed since the letter was rendered.
    public func insertDraft(_ rendered: RenderedLetter, actor: User, at: Date) throws -> Letter {
        try write { db in
            let reference = try String.fetchOne(db, sql: "SELECT reference FROM collection_case WHERE id = ?", arguments: [rendered.caseId]) ?? "case \(rendered.caseId)"
            _ = try CaseState.requireOpen(db, caseId: rendered.caseId, reference: reference)
            try Self.requireUnchanged(db, rendered: rendered, reference: reference)
            let now = Timestamp.utcString(at)
            try db.execute(sql: """
                INSERT INTO letter (case_id, level, language, state, drafted_by, drafted_at, rendered_at, body, merge_data, basis, total_due)
                VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    rendered.caseId, rendered.level.rawValue, rendered.language, actor.id, now, now, rendered.body, rendered.mergeData,
                    try Self.basisJSON(rendered.basis), rendered.totalDue,
                ])
            let id = db.lastInsertedRowID
            try Self.appendLetterEvent(db, caseId: rendered.caseId, level: rendered.level, event: "drafted (letter \(id), \(rendered.language))", actor: actor, at: at)
            return try Self.requireLetter(db, id: id)
        }
    }

    /// Replaces a letter's text with a fresh rendering; a rejected letter becomes a draft again.
    public func rerender(letterId: Int64, with rendered: RenderedLetter, actor: User, at: Date) throws -> Letter {
        try write { db in
            let letter = try Self.requireLetter(db, id: letterId)
            if let refusal = LetterRules.refusalToRerender(letter, by: actor) { throw RecourseError.notPermitted(refusal) }
            _ = try CaseState.requireOpen(db, caseId: letter.caseId, reference: letter.caseReference)
            try Self.requireUnchanged(db, rendered: rendered, reference: letter.caseReference)
            let state = letter.state == .rejected ? LetterState.draft : letter.state
            try db.execute(sql: """
                UPDATE letter SET body = ?, merge_data = ?, basis = ?, total_due = ?, language = ?, rendered_at = ?, state = ?,
                  decided_by = CASE WHEN ? = 'draft' THEN NULL ELSE decided_by END,
                  decided_at = CASE WHEN ? = 'draft' THEN NULL ELSE decided_at END
                WHERE id = ? AND state = ?
                """, arguments: [
                    rendered.body, rendered.mergeData, try Self.basisJSON(rendered.basis), rendered.totalDue, rendered.language,
                    Timestamp.utcString(at), state.rawValue, state.rawValue, state.rawValue, letterId, letter.state.rawValue,
                ])
            try Self.appendLetterEvent(db, caseId: letter.caseId, level: letter.level, event: "re-rendered (letter \(letterId))", actor: actor, at: at)
            return try Self.requireLetter(db, id: letterId)
        }
    }

    /// Applies a transition after checking `LetterRules` against the case as it is inside the transaction.
    public func transition(letterId: Int64, _ transition: LetterTransition, actor: User, at: Date) throws -> Letter {
        try write { db in
            guard let view = try Self.letterView(db, id: letterId) else {
                throw RecourseError.conflict("no letter \(letterId) (`recourse letters list` shows them)")
            }
            let letter = view.letter
            let now = Timestamp.utcString(at)
            let event: String
            switch transition {
            case .submit:
                if let refusal = LetterRules.refusalToSubmit(letter, by: actor) { throw RecourseError.notPermitted(refusal) }
                try db.execute(sql: """
                    UPDATE letter SET state = 'submitted', submitted_at = ?, decided_by = NULL, decided_at = NULL WHERE id = ?
                    """, arguments: [now, letterId])
                event = "submitted for approval (letter \(letterId))"
            case .approve:
                if let refusal = LetterRules.refusalToDecide(letter, by: actor, approving: true, changes: view.changes) {
                    throw RecourseError.notPermitted(refusal)
                }
                try db.execute(sql: "UPDATE letter SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?", arguments: [actor.id, now, letterId])
                event = "approved (letter \(letterId))"
            case .reject(let text):
                if let refusal = LetterRules.refusalToDecide(letter, by: actor, approving: false, changes: view.changes) {
                    throw RecourseError.notPermitted(refusal)
                }
                let reason = try LetterRules.rejectionReason(text)
                try db.execute(sql: """
                    UPDATE letter SET state = 'rejected', decided_by = ?, decided_at = ?, reject_reason = ? WHERE id = ?
                    """, arguments: [actor.id, now, reason, letterId])
                event = "rejected (letter \(letterId)): \(reason)"
            case .cancel(let text):
                if let refusal = LetterRules.refusalToCancel(letter, by: actor) { throw RecourseError.notPermitted(refusal) }
                let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !reason.isEmpty else { throw RecourseError.invalid(ValidationError(field: "reason", message: "a cancellation needs a reason")) }
                try db.execute(sql: "UPDATE letter SET state = 'cancelled', cancel_reason = ? WHERE id = ?", arguments: [reason, letterId])
                event = "cancelled (letter \(letterId)): \(reason)"
            }
            try Self.appendLetterEvent(db, caseId: letter.caseId, level: letter.level, event: event, actor: actor, at: at)
            return try Self.requireLetter(db, id: letterId)
        }
    }

    /// Hands every approved letter to `write` and marks them sent with the files it returns, all in
    /// one transaction: if writing fails nothing is marked, and a second console exporting at the
    /// same time waits and then finds nothing left to send.
    public func sendApproved(actor: User, at: Date, write files: ([Letter]) throws -> [Int64: String]) throws -> [Letter] {
        guard actor.role.canSupervise else {
            throw RecourseError.notPermitted("only a supervisor can export letters to the outbox; you are a \(actor.role.rawValue)")
        }
        do {
            return try pool.write { db in
                let letters = try Row.fetchAll(db, sql: Self.letterSelect + " WHERE l.state = 'approved' ORDER BY l.id").map(Self.letter(from:))
                guard !letters.isEmpty else { return [] }
                let written = try files(letters)
                var sent: [Letter] = []
                for letter in letters {
                    guard let file = written[letter.id] else { continue }
                    try db.execute(
                        sql: "UPDATE letter SET state = 'sent', sent_at = ?, outbox_file = ? WHERE id = ? AND state = 'approved'",
                        arguments: [Timestamp.utcString(at), file, letter.id])
                    try Self.appendLetterEvent(db, caseId: letter.caseId, level: letter.level, event: "sent (letter \(letter.id)) to the outbox", actor: actor, at: at)
                    sent.append(try Self.requireLetter(db, id: letter.id))
                }
                return sent
            }
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }

    /// Cancels every letter of a case that has not gone out, with the reason in the timeline.
    /// Called inside the transaction that pays, closes or disputes the case.
    static func cancelPendingLetters(_ db: Database, caseId: Int64, reason: String, actorId: Int64, at: Date) throws {
        let pending = try Row.fetchAll(
            db, sql: "SELECT id, level FROM letter WHERE case_id = ? AND state IN ('draft', 'submitted', 'approved', 'rejected') ORDER BY id",
            arguments: [caseId])
        for row in pending {
            let id: Int64 = row[0]
            let levelText: String = row[1]
            try db.execute(sql: "UPDATE letter SET state = 'cancelled', cancel_reason = ? WHERE id = ?", arguments: [reason, id])
            var activity = ActivityRecord(
                caseId: caseId, actorId: actorId, occurredAt: at,
                detail: .letter(level: LetterLevel(rawValue: levelText) ?? .reminder, event: "cancelled (letter \(id)): \(reason)"))
            try activity.append(db)
        }
    }

    private static func appendLetterEvent(_ db: Database, caseId: Int64, level: LetterLevel, event: String, actor: User, at: Date) throws {
        var activity = ActivityRecord(caseId: caseId, actorId: actor.id, occurredAt: at, detail: .letter(level: level, event: event))
        try activity.append(db)
    }

    private static func requireUnchanged(_ db: Database, rendered: RenderedLetter, reference: String) throws {
        let changes = rendered.basis.changes(to: try currentBasis(db, caseId: rendered.caseId))
        guard changes.isEmpty else {
            throw RecourseError.conflict("\(reference) changed while the letter was rendered (\(changes.joined(separator: "; "))); render it again")
        }
    }

    private static func requireLetter(_ db: Database, id: Int64) throws -> Letter {
        guard let row = try Row.fetchOne(db, sql: letterSelect + " WHERE l.id = ?", arguments: [id]) else {
            throw RecourseError.conflict("no letter \(id) (`recourse letters list` shows them)")
        }
        return try letter(from: row)
    }

    static func basisJSON(_ basis: LetterBasis) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(basis), as: UTF8.self)
    }
}
