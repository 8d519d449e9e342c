import Foundation
import GRDB
import RecourseCore

/// Reading what the ladder run needs about every case on the ladder, in bulk.
extension SQLiteRepository {
    /// The ladder facts of every open case in stage new or amicable.
    public func ladderFacts(asOf: LocalDate) throws -> [LadderFacts] {
        try read { db in
            var decoder = RowDecoder()
            var balances: [Int64: [Money]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT b.case_id, b.currency, b.outstanding_minor FROM case_balance b JOIN collection_case c ON c.id = b.case_id
                WHERE c.stage IN ('new', 'amicable') AND b.outstanding_minor > 0
                """) {
                balances[row[0], default: []].append(Money(minorUnits: row[2], currency: try decoder.currency(row[1])))
            }
            let promises = try Self.activePromises(db, decoder: &decoder)
            let plans = try Self.activePlans(db, decoder: &decoder)
            var payments: [Int64: [Payment]] = [:]
            let needingPayments = Set(promises.keys).union(plans.keys)
            if !needingPayments.isEmpty {
                for row in try Row.fetchAll(db, sql: """
                    SELECT p.case_id, p.id, p.received_on, p.currency, p.amount_minor, p.reference FROM payment p
                    JOIN collection_case c ON c.id = p.case_id
                    WHERE c.stage IN ('new', 'amicable') AND (EXISTS (SELECT 1 FROM promise r WHERE r.case_id = p.case_id AND r.active = 1)
                      OR EXISTS (SELECT 1 FROM payment_plan l WHERE l.case_id = p.case_id AND l.active = 1))
                    """) {
                    payments[row[0], default: []].append(Payment(
                        id: row[1], receivedOn: try RowDecoder.requiredDate(row[2], column: "received_on"),
                        amount: Money(minorUnits: row[4], currency: try decoder.currency(row[3])), reference: row[5]))
                }
            }
            let cases = try Row.fetchAll(db, sql: """
                SELECT c.id, c.reference, d.country, c.stage, c.placed_on, c.ladder_next, c.ladder_due_on, c.disputed, c.hold_until,
                       c.review_requested
                FROM collection_case c JOIN debtor d ON d.id = c.debtor_id
                WHERE c.stage IN ('new', 'amicable') ORDER BY c.id
                """)
            let uninitialised = cases.contains { ($0[5] as Int64?) == nil }
            let history = uninitialised ? try Self.ladderHistory(db) : LadderHistory()
            var countries: [String: Country] = [:]
            return try cases.map { row in
                let id: Int64 = row[0]
                let code: String = row[2]
                let country = try countries[code] ?? Country(code: code)
                countries[code] = country
                let promise = promises[id]
                let casePayments = payments[id] ?? []
                let next: Int64? = row[5]
                return LadderFacts(
                    caseId: id, reference: row[1], country: country, stage: try Stage.parse(row[3]),
                    placedOn: try RowDecoder.requiredDate(row[4], column: "placed_on"), ladderNext: next.map(Int.init),
                    ladderDueOn: try RowDecoder.date(row[6], column: "ladder_due_on"),
                    outstandingEUR: LadderFacts.euroMinorUnits(of: balances[id] ?? []), disputed: row[7],
                    holdUntil: try RowDecoder.date(row[8], column: "hold_until"), activePromise: promise,
                    promisePaid: promise.map { PromiseLedger.paid(towards: $0, payments: casePayments, asOf: asOf) },
                    activePlan: plans[id], planPayments: casePayments, reviewRequested: row[9],
                    historyLetterLevels: history.letters[id] ?? [], firstCallOn: history.calls[id]?.first, lastCallOn: history.calls[id]?.last)
            }
        }
    }

    /// Ladder letters and calls from the history, for cases whose cursor was never set.
    struct LadderHistory {
        var letters: [Int64: [(level: LetterLevel, on: LocalDate)]] = [:]
        var calls: [Int64: (first: LocalDate, last: LocalDate)] = [:]
    }

    private static func ladderHistory(_ db: Database) throws -> LadderHistory {
        var history = LadderHistory()
        for row in try Row.fetchAll(db, sql: """
            SELECT a.case_id, a.letter_level, max(substr(a.occurred_at, 1, 10)) FROM activity a JOIN collection_case c ON c.id = a.case_id
            WHERE c.ladder_next IS NULL AND c.stage IN ('new', 'amicable') AND a.kind = 'letter'
              AND a.letter_level IN ('reminder', 'firm', 'final', 'before-action')
            GROUP BY a.case_id, a.letter_level
            """) {
            guard let level = LetterLevel(rawValue: row[1]) else { continue }
            history.letters[row[0], default: []].append((level, try RowDecoder.requiredDate(row[2], column: "occurred_at")))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.case_id, min(substr(a.occurred_at, 1, 10)), max(substr(a.occurred_at, 1, 10)) FROM activity a
            JOIN collection_case c ON c.id = a.case_id
            WHERE c.ladder_next IS NULL AND c.stage IN ('new', 'amicable') AND a.kind = 'call'
            GROUP BY a.case_id
            """) {
            history.calls[row[0]] = (try RowDecoder.requiredDate(row[1], column: "occurred_at"), try RowDecoder.requiredDate(row[2], column: "occurred_at"))
        }
        return history
    }

    private static func activePromises(_ db: Database, decoder: inout RowDecoder) throws -> [Int64: Promise] {
        var promises: [Int64: Promise] = [:]
        for record in try PromiseRecord.filter(Column("active") == true).fetchAll(db) {
            promises[record.caseId] = try record.domain(decoder: &decoder)
        }
        return promises
    }

    static func activePlans(_ db: Database, decoder: inout RowDecoder) throws -> [Int64: PaymentPlan] {
        var instalments: [Int64: [PlanDraft.Instalment]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.case_id, p.frequency, p.currency, p.grace_days, p.awaiting_approval, a.occurred_at
            FROM payment_plan p JOIN activity a ON a.id = p.activity_id WHERE p.active = 1
            """)
        guard !rows.isEmpty else { return [:] }
        for row in try Row.fetchAll(db, sql: """
            SELECT i.plan_id, i.due_on, i.amount_minor, p.currency FROM plan_instalment i JOIN payment_plan p ON p.id = i.plan_id
            WHERE p.active = 1 ORDER BY i.plan_id, i.number
            """) {
            instalments[row[0], default: []].append(PlanDraft.Instalment(
                dueOn: try RowDecoder.requiredDate(row[1], column: "due_on"), amount: Money(minorUnits: row[2], currency: try decoder.currency(row[3]))))
        }
        var plans: [Int64: PaymentPlan] = [:]
        for row in rows {
            let id: Int64 = row[0]
            let madeAt = try RowDecoder.instant(row[6], column: "occurred_at") ?? Date(timeIntervalSince1970: 0)
            plans[row[1]] = PaymentPlan(
                id: id, frequency: PlanFrequency(rawValue: row[2]) ?? .monthly,
                madeOn: Timestamp.localDate(of: madeAt, in: TimeZone(identifier: "UTC") ?? .current), instalments: instalments[id] ?? [],
                graceDays: row[4], awaitingApproval: row[5], active: true)
        }
        return plans
    }
}
