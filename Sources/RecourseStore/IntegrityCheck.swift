import GRDB
import RecourseCore

/// What `recourse check` found: each check by name with the problems it saw.
public struct IntegrityReport: Sendable, Codable {
    /// One check and its findings.
    public struct Check: Sendable, Codable {
        /// What was checked.
        public let name: String
        /// Problems found (empty when the check passed); at most 20 are listed.
        public let problems: [String]
        /// True when nothing was found.
        public var passed: Bool { problems.isEmpty }
    }

    /// The checks in the order they ran.
    public let checks: [Check]

    /// True when every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }
}

extension SQLiteRepository {
    /// Checks SQLite's integrity, foreign keys, and that balances, allocations and dates add up.
    public func checkIntegrity() throws -> IntegrityReport {
        try read { db in
            var checks: [IntegrityReport.Check] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            checks.append(.init(name: "SQLite integrity", problems: integrity == ["ok"] ? [] : Array(integrity.prefix(20))))
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(20).map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) points to a missing \(row[2] as String? ?? "?")"
            }
            checks.append(.init(name: "foreign keys", problems: foreignKeys))
            for (name, sql) in Self.balanceChecks {
                let problems = try String.fetchAll(db, sql: sql + " LIMIT 20")
                checks.append(.init(name: name, problems: problems))
            }
            return IntegrityReport(checks: checks)
        }
    }

    /// Each query returns one message per problem.
    private static let balanceChecks: [(String, String)] = [
        ("claims: outstanding = amount - payments allocated", """
            SELECT c.reference || ' invoice ' || cl.invoice_number || ': outstanding ' || cl.outstanding_minor
                   || ' but amount ' || cl.amount_minor || ' less allocations ' || coalesce(a.total, 0)
            FROM claim cl JOIN collection_case c ON c.id = cl.case_id
            LEFT JOIN (SELECT claim_id, sum(amount_minor) AS total FROM payment_allocation GROUP BY claim_id) a
              ON a.claim_id = cl.id
            WHERE cl.outstanding_minor <> cl.amount_minor - coalesce(a.total, 0)
            """),
        ("case balances = sum of claims", """
            SELECT c.reference || ' ' || coalesce(x.currency, b.currency) || ': balance '
                   || coalesce(b.outstanding_minor, 'missing') || ' but claims add up to ' || coalesce(x.total, 0)
            FROM collection_case c
            LEFT JOIN (SELECT case_id, currency, sum(outstanding_minor) AS total FROM claim GROUP BY case_id, currency) x
              ON x.case_id = c.id
            LEFT JOIN case_balance b ON b.case_id = c.id AND b.currency = x.currency
            WHERE x.case_id IS NOT NULL AND (b.outstanding_minor IS NULL OR b.outstanding_minor <> x.total)
            UNION ALL
            SELECT c.reference || ' ' || b.currency || ': balance without claims'
            FROM case_balance b JOIN collection_case c ON c.id = b.case_id
            WHERE NOT EXISTS (SELECT 1 FROM claim WHERE case_id = b.case_id AND currency = b.currency)
            """),
        ("payments = allocations + credit", """
            SELECT c.reference || ' payment ' || p.id || ': ' || p.amount_minor || ' received but '
                   || (coalesce(a.total, 0) + p.credit_minor) || ' allocated or credited'
            FROM payment p JOIN collection_case c ON c.id = p.case_id
            LEFT JOIN (SELECT payment_id, sum(amount_minor) AS total FROM payment_allocation GROUP BY payment_id) a
              ON a.payment_id = p.id
            WHERE p.amount_minor <> coalesce(a.total, 0) + p.credit_minor
            """),
        ("allocations stay within one case and currency", """
            SELECT c.reference || ' payment ' || p.id || ' allocated to invoice ' || cl.invoice_number || ' of another case or currency'
            FROM payment_allocation a JOIN payment p ON p.id = a.payment_id JOIN claim cl ON cl.id = a.claim_id
            JOIN collection_case c ON c.id = p.case_id
            WHERE cl.case_id <> p.case_id OR cl.currency <> p.currency
            """),
        ("oldest open due date is current", """
            SELECT c.reference || ': oldest open due ' || coalesce(c.oldest_open_due, 'none') || ' but claims say '
                   || coalesce(x.oldest, 'none')
            FROM collection_case c
            LEFT JOIN (SELECT case_id, min(due_on) AS oldest FROM claim WHERE outstanding_minor > 0 GROUP BY case_id) x
              ON x.case_id = c.id
            WHERE coalesce(c.oldest_open_due, '') <> coalesce(x.oldest, '')
            """),
        ("cases closed as paid owe nothing", """
            SELECT c.reference || ': closed as paid but ' || b.currency || ' ' || b.outstanding_minor || ' outstanding'
            FROM collection_case c JOIN case_balance b ON b.case_id = c.id
            WHERE c.stage = 'closed' AND c.close_reason = 'paid' AND b.outstanding_minor > 0
            """),
    ]
}
