import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: QueueReading {
    /// Every open case as a queue candidate, in one query.
    public func queueCandidates(assignee: String?, asOf: LocalDate) throws -> [QueueCandidate] {
        try read { db in
            var sql = """
                SELECT c.id, c.reference, d.name, d.country, d.time_zone, cr.name, c.stage, u.login,
                       c.oldest_open_due, c.next_action, c.next_action_on, c.callback_at, c.hold_until,
                       c.disputed, c.review_requested, c.last_call_at,
                       (SELECT group_concat(b.currency || ':' || b.outstanding_minor, ';')
                          FROM case_balance b WHERE b.case_id = c.id AND b.outstanding_minor > 0),
                       p.id, p.currency, p.amount_minor, p.made_on, p.due_on, p.grace_days,
                       CASE WHEN p.id IS NULL THEN 0 ELSE
                         (SELECT coalesce(sum(pm.amount_minor), 0) FROM payment pm
                           WHERE pm.case_id = c.id AND pm.currency = p.currency AND pm.received_on >= p.made_on
                             AND pm.received_on <= min(:asOf, date(p.due_on, '+' || p.grace_days || ' days')))
                       END
                FROM collection_case c
                JOIN debtor d ON d.id = c.debtor_id
                JOIN creditor cr ON cr.id = c.creditor_id
                LEFT JOIN user u ON u.id = c.assignee_id
                LEFT JOIN promise p ON p.case_id = c.id AND p.active = 1
                WHERE c.stage <> 'closed'
                """
            var arguments: StatementArguments = ["asOf": asOf.description]
            if let assignee {
                sql += " AND c.assignee_id = (SELECT id FROM user WHERE login = :assignee)"
                arguments += ["assignee": assignee]
            }
            sql += " ORDER BY c.id"
            var decoder = RowDecoder()
            var candidates: [QueueCandidate] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                candidates.append(try decodeCandidate(row, decoder: &decoder))
            }
            return candidates
        }
    }

    private func decodeCandidate(_ row: Row, decoder: inout RowDecoder) throws -> QueueCandidate {
        var promise: PromiseProgress?
        if let promiseId: Int64 = row[17] {
            let currency = try decoder.currency(row[18])
            let terms = Promise(
                id: promiseId, amount: Money(minorUnits: row[19], currency: currency),
                madeOn: try RowDecoder.requiredDate(row[20], column: "promise.made_on"),
                dueOn: try RowDecoder.requiredDate(row[21], column: "promise.due_on"),
                graceDays: row[22], active: true)
            promise = PromiseProgress(promise: terms, paid: Money(minorUnits: row[23], currency: currency))
        }
        let stageText: String = row[6]
        guard let stage = Stage(rawValue: stageText) else {
            throw ValidationError(field: "collection_case.stage", message: "unknown stage '\(stageText)'")
        }
        let actionCode: String? = row[9]
        return QueueCandidate(
            caseId: row[0], reference: row[1], debtorName: row[2], debtorCountry: row[3], debtorTimeZone: row[4],
            creditorName: row[5], stage: stage, assignee: row[7], outstanding: try decoder.balances(row[16]),
            oldestOpenDue: try RowDecoder.date(row[8], column: "oldest_open_due"),
            nextAction: actionCode.flatMap(NextAction.init(code:)),
            nextActionOn: try RowDecoder.date(row[10], column: "next_action_on"),
            callbackAt: try RowDecoder.instant(row[11], column: "callback_at"),
            holdUntil: try RowDecoder.date(row[12], column: "hold_until"),
            disputed: row[13], reviewRequested: row[14], promise: promise,
            lastCallAt: try RowDecoder.instant(row[15], column: "last_call_at"))
    }
}
