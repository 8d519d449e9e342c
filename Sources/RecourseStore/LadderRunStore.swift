import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: LadderStoring {
    /// The day of the latest run, if any.
    public func lastLadderRun() throws -> LocalDate? {
        try read { db in try RowDecoder.date(try String.fetchOne(db, sql: "SELECT max(run_on) FROM escalation_run"), column: "run_on") }
    }

    /// Applies a run in one transaction. A move whose case changed since it was read (cursor moved,
    /// case closed, facts behind a letter changed) is left out and reported; a run for a day before
    /// the latest one is refused whole.
    public func applyLadderRun(_ moves: [LadderMove], summary: LadderRunSummary, on day: LocalDate, actor: User, at: Date) throws -> [String] {
        try write { db in
            if let last = try String.fetchOne(db, sql: "SELECT max(run_on) FROM escalation_run"), last > day.description {
                throw RecourseError.conflict("the ladder already ran for \(last); a run for \(day) would go back in time")
            }
            var changed: [String] = []
            let stamp = Timestamp.utcString(at)
            let letterCases = Set(moves.compactMap { move -> Int64? in
                if case .letter = move.action { return move.caseId }
                return nil
            })
            let bases = try Self.currentBases(db, caseIds: letterCases)
            for move in moves {
                var cursorOnly = false
                if case .none = move.action { cursorOnly = true }
                if case .letter(let rendered, _) = move.action, let now = bases[move.caseId], !rendered.basis.changes(to: now).isEmpty {
                    changed.append(try String.fetchOne(db, sql: "SELECT reference FROM collection_case WHERE id = ?", arguments: [move.caseId]) ?? "?")
                    continue
                }
                try db.cachedStatement(sql: """
                    UPDATE collection_case SET ladder_next = ?, ladder_due_on = ?
                    WHERE id = ? AND ladder_next IS ? AND ladder_due_on IS ? AND stage IN ('new', 'amicable') AND (? OR review_requested = 0)
                    """).execute(arguments: [move.next, move.dueOn?.description, move.caseId, move.readNext, move.readDueOn?.description, cursorOnly])
                guard db.changesCount == 1 else {
                    changed.append(try String.fetchOne(db, sql: "SELECT reference FROM collection_case WHERE id = ?", arguments: [move.caseId]) ?? "?")
                    continue
                }
                switch move.action {
                case .none: break
                case .call(let step):
                    try db.cachedStatement(sql: """
                        UPDATE collection_case SET next_action = 'call',
                          next_action_on = CASE WHEN next_action = 'call' AND next_action_on <= ? THEN next_action_on ELSE ? END
                        WHERE id = ?
                        """).execute(arguments: [day.description, day.description, move.caseId])
                    var note = ActivityRecord(caseId: move.caseId, actorId: actor.id, occurredAt: at, detail: .note("Ladder: \(step) due"))
                    try note.append(db)
                case .letter(let rendered, let drafter):
                    try db.cachedStatement(sql: """
                        INSERT INTO letter (case_id, level, language, state, drafted_by, drafted_at, rendered_at, body, merge_data, basis, total_due,
                          submitted_at)
                        VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [
                            move.caseId, rendered.level.rawValue, rendered.language, drafter.id, stamp, stamp, rendered.body, rendered.mergeData,
                            try Self.basisJSON(rendered.basis), rendered.totalDue, stamp,
                        ])
                    let letterId = db.lastInsertedRowID
                    var event = ActivityRecord(
                        caseId: move.caseId, actorId: actor.id, occurredAt: at,
                        detail: .letter(level: rendered.level, event: "drafted by the ladder run and submitted for approval (letter \(letterId), \(rendered.language))"))
                    try event.append(db)
                    try db.cachedStatement(sql: "UPDATE collection_case SET next_action = ?, next_action_on = ? WHERE id = ?")
                        .execute(arguments: [NextAction.letter(rendered.level).code, day.description, move.caseId])
                case .review(let note):
                    try db.cachedStatement(sql: """
                        UPDATE collection_case SET review_requested = 1, review_reason = 'ladder-exhausted', review_note = ?,
                          review_requested_by = ?, review_requested_on = ?, next_action = 'review', next_action_on = ?
                        WHERE id = ?
                        """).execute(arguments: [note, actor.id, day.description, day.description, move.caseId])
                    var activity = ActivityRecord(caseId: move.caseId, actorId: actor.id, occurredAt: at, detail: .note("Review requested by the ladder: \(note)"))
                    try activity.append(db)
                }
            }
            var recorded = summary
            recorded.problems += changed.map { "\($0): changed while the run was deciding; left for the next run" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try db.execute(
                sql: "INSERT INTO escalation_run (run_on, actor_id, started_at, summary) VALUES (?, ?, ?, ?)",
                arguments: [day.description, actor.id, stamp, String(decoding: try encoder.encode(recorded), as: UTF8.self)])
            return changed
        }
    }
}
