import Foundation
import GRDB
import RecourseCore

/// Reading the review queue, the lawyers' directory and a case's legal matter or insolvency claim.
extension SQLiteRepository {
    /// Cases waiting for a decision (review requested, or a plan awaiting approval), oldest request first.
    public func reviewQueue(asOf: LocalDate) throws -> [ReviewItem] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id, c.reference, d.name, d.country, c.stage, c.review_reason, c.review_note, r.login, c.review_requested_on,
                       a.login, c.oldest_open_due, NULL
                FROM collection_case c JOIN debtor d ON d.id = c.debtor_id
                LEFT JOIN user r ON r.id = c.review_requested_by LEFT JOIN user a ON a.id = c.assignee_id
                WHERE c.review_requested = 1 AND c.stage <> 'closed'
                UNION ALL
                SELECT c.id, c.reference, d.name, d.country, c.stage, 'plan-approval', NULL, u.login, substr(act.occurred_at, 1, 10),
                       a.login, c.oldest_open_due, p.id
                FROM payment_plan p JOIN collection_case c ON c.id = p.case_id JOIN debtor d ON d.id = c.debtor_id
                JOIN activity act ON act.id = p.activity_id JOIN user u ON u.id = act.actor_id LEFT JOIN user a ON a.id = c.assignee_id
                WHERE p.awaiting_approval = 1 AND p.active = 1 AND c.stage <> 'closed'
                """)
            let ids = Set(rows.map { $0[0] as Int64 })
            var balances: [Int64: [Money]] = [:]
            var decoder = RowDecoder()
            if !ids.isEmpty {
                let list = ids.sorted().map(String.init).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT case_id, currency, outstanding_minor FROM case_balance WHERE case_id IN (\(list)) AND outstanding_minor > 0
                    ORDER BY case_id, currency
                    """) {
                    balances[row[0], default: []].append(Money(minorUnits: row[2], currency: try decoder.currency(row[1])))
                }
            }
            let items = try rows.map { row -> ReviewItem in
                let id: Int64 = row[0]
                let reasonText: String? = row[5]
                let oldest = try RowDecoder.date(row[10], column: "oldest_open_due")
                return ReviewItem(
                    caseId: id, reference: row[1], debtorName: row[2], country: try Country(code: row[3]),
                    stage: try Stage.parse(row[4]), reason: reasonText.flatMap(ReviewReason.init(rawValue:)) ?? .ladderExhausted,
                    note: row[6], requestedBy: row[7], requestedOn: try RowDecoder.date(row[8], column: "review_requested_on"),
                    assignee: row[9], outstanding: balances[id] ?? [], daysOverdue: oldest.map { max(0, $0.days(until: asOf)) } ?? 0,
                    awaitingPlanId: row[11])
            }
            return items.sorted {
                ($0.requestedOn ?? .init(daysSinceEpoch: 0), $0.reference) < ($1.requestedOn ?? .init(daysSinceEpoch: 0), $1.reference)
            }
        }
    }

    /// The lawyers' directory, optionally for one country, by country and name.
    public func lawyers(country: Country?) throws -> [Lawyer] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, name, firm, country, email, phone FROM lawyer \(country == nil ? "" : "WHERE country = ?") ORDER BY country, name",
                arguments: StatementArguments(country.map { [$0.code] } ?? []))
            return try rows.map(Self.lawyer(from:))
        }
    }

    static func lawyer(from row: Row) throws -> Lawyer {
        Lawyer(id: row[0], name: row[1], firm: row[2], country: try Country(code: row[3]), email: row[4], phone: row[5])
    }

    /// The lawyer's matter of a case, or nil.
    static func legalMatter(_ db: Database, caseId: Int64, decoder: inout RowDecoder) throws -> LegalMatter? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT m.instructed_on, m.currency, m.estimate_minor, m.next_step, m.court_reference, m.costs_minor,
                   l.id, l.name, l.firm, l.country, l.email, l.phone
            FROM legal_matter m LEFT JOIN lawyer l ON l.id = m.lawyer_id WHERE m.case_id = ?
            """, arguments: [caseId]) else { return nil }
        let currency = try decoder.currency(row[1])
        let hearings = try String.fetchAll(db, sql: "SELECT on_date FROM legal_hearing WHERE case_id = ? ORDER BY on_date", arguments: [caseId])
            .map { try RowDecoder.requiredDate($0, column: "legal_hearing.on_date") }
        let lawyerId: Int64? = row[6]
        let lawyer = try lawyerId.map { id in
            Lawyer(id: id, name: row[7], firm: row[8], country: try Country(code: row[9]), email: row[10], phone: row[11])
        }
        return LegalMatter(
            lawyer: lawyer, instructedOn: try RowDecoder.requiredDate(row[0], column: "instructed_on"),
            estimatedCosts: Money(minorUnits: row[2], currency: currency), nextStep: row[3], courtReference: row[4],
            costsSoFar: (row[5] as Int64?).map { Money(minorUnits: $0, currency: currency) }, hearings: hearings)
    }

    /// The insolvency claim of a case, or nil.
    static func insolvencyClaim(_ db: Database, caseId: Int64, decoder: inout RowDecoder) throws -> InsolvencyClaim? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT practitioner, filing_deadline, filed_on FROM insolvency_claim WHERE case_id = ?", arguments: [caseId]) else { return nil }
        var claimed: [Money] = [], admitted: [Money] = [], dividend: [Money] = []
        for amount in try Row.fetchAll(db, sql: """
            SELECT currency, claimed_minor, admitted_minor, dividend_minor FROM insolvency_amount WHERE case_id = ? ORDER BY currency
            """, arguments: [caseId]) {
            let currency = try decoder.currency(amount[0])
            claimed.append(Money(minorUnits: amount[1], currency: currency))
            if (amount[2] as Int64) > 0 { admitted.append(Money(minorUnits: amount[2], currency: currency)) }
            if (amount[3] as Int64) > 0 { dividend.append(Money(minorUnits: amount[3], currency: currency)) }
        }
        return InsolvencyClaim(
            practitioner: row[0], filingDeadline: try RowDecoder.requiredDate(row[1], column: "filing_deadline"), claimed: claimed,
            filedOn: try RowDecoder.date(row[2], column: "filed_on"), admitted: admitted, dividend: dividend)
    }
}
