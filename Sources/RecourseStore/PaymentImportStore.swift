import Foundation
import Crypto
import GRDB
import RecourseCore

extension SQLiteRepository: PaymentImportStoring {
    /// Matches and records the batch's new entries in one transaction; a dry run rolls it back.
    public func importPayments(_ batch: PaymentImportBatch, dryRun: Bool) throws -> [ImportedEntry] {
        do {
            return try pool.writeWithoutTransaction { db in
                var report: [ImportedEntry] = []
                try db.inTransaction {
                    report = try Self.importEntries(db, batch: batch)
                    guard dryRun else { return .commit }
                    // Numbers of unmatched payments rolled back mean nothing.
                    report = report.map { line in
                        guard case .unmatched(_, let why) = line.outcome else { return line }
                        return ImportedEntry(entry: line.entry, outcome: .unmatched(id: nil, why: why))
                    }
                    return .rollback
                }
                return report
            }
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }

    private static func importEntries(_ db: Database, batch: PaymentImportBatch) throws -> [ImportedEntry] {
        let lookup = DatabaseMatchLookup(db: db)
        let matcher = PaymentMatcher(lookup: lookup)
        let at = Timestamp.utcString(batch.at)
        var report: [ImportedEntry] = []
        for entry in batch.entries {
            let seen = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM imported_entry WHERE file_sha256 = ? AND entry_id = ?",
                arguments: [batch.fileDigest, entry.entryId]) ?? false
            if seen {
                report.append(ImportedEntry(entry: entry, outcome: .alreadyImported))
                continue
            }
            switch try matcher.match(entry) {
            case .matched(let candidate, let method):
                let write = PaymentWrite(
                    caseId: candidate.caseId, reference: candidate.reference, actor: batch.actor, at: batch.at,
                    receivedOn: entry.bookedOn, amount: entry.amount, bankReference: entry.reference ?? entry.remittance.map { String($0.prefix(140)) })
                let (outcome, paymentId) = try applyPayment(db, write: write)
                try db.execute(sql: "UPDATE payment SET match_method = ? WHERE id = ?", arguments: [method.rawValue, paymentId])
                try db.execute(
                    sql: "INSERT INTO imported_entry (file_sha256, entry_id, imported_at, payment_id) VALUES (?, ?, ?, ?)",
                    arguments: [batch.fileDigest, entry.entryId, at, paymentId])
                report.append(ImportedEntry(entry: entry, outcome: .recorded(reference: candidate.reference, method: method, outcome: outcome)))
            case .unmatched(let why):
                try db.execute(sql: """
                    INSERT INTO unmatched_payment (received_on, currency, amount_minor, payer, reference, remittance, why, imported_by, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        entry.bookedOn.description, entry.amount.currency.code, entry.amount.minorUnits, entry.payer, entry.reference,
                        entry.remittance, why, batch.actor.id, at,
                    ])
                let id = db.lastInsertedRowID
                try db.execute(
                    sql: "INSERT INTO imported_entry (file_sha256, entry_id, imported_at, unmatched_id) VALUES (?, ?, ?, ?)",
                    arguments: [batch.fileDigest, entry.entryId, at, id])
                report.append(ImportedEntry(entry: entry, outcome: .unmatched(id: id, why: why)))
            }
        }
        return report
    }

    /// Unmatched payments, oldest first: the open ones, or all.
    public func unmatchedPayments(includeDecided: Bool) throws -> [UnmatchedPayment] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT u.id, u.received_on, u.currency, u.amount_minor, u.payer, u.reference, u.remittance, u.why, u.status,
                       d.login AS decider, coalesce(c.reference, u.reason) AS decision
                FROM unmatched_payment u
                LEFT JOIN user d ON d.id = u.decided_by
                LEFT JOIN collection_case c ON c.id = u.case_id
                WHERE ? OR u.status = 'open'
                ORDER BY u.received_on, u.id
                """, arguments: [includeDecided])
            return try rows.map(Self.unmatched)
        }
    }

    private static func unmatched(_ row: Row) throws -> UnmatchedPayment {
        let dayText: String = row["received_on"]
        let statusText: String = row["status"]
        let currency = try Currency(code: row["currency"])
        return UnmatchedPayment(
            id: row["id"], receivedOn: try LocalDate.parse(dayText),
            amount: Money(minorUnits: row["amount_minor"], currency: currency),
            payer: row["payer"], reference: row["reference"], remittance: row["remittance"], why: row["why"],
            status: UnmatchedStatus(rawValue: statusText) ?? .open, decidedBy: row["decider"], decision: row["decision"])
    }

    /// Records an open unmatched payment on an open case (method `manual`) and marks it assigned.
    public func assignUnmatched(id: Int64, caseReference: String, actor: User, at: Date, graceDays: Int) throws -> PaymentOutcome {
        try write { db in
            let payment = try Self.openUnmatched(db, id: id)
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, reference, stage FROM collection_case WHERE reference = ?", arguments: [caseReference]) else {
                throw RecourseError.unknownCase(caseReference)
            }
            let caseId: Int64 = row["id"]
            let stage: String = row["stage"]
            guard stage != Stage.closed.rawValue else {
                throw RecourseError.conflict("\(caseReference) is closed and takes no payments")
            }
            let owes = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM claim WHERE case_id = ? AND currency = ?",
                arguments: [caseId, payment.amount.currency.code]) ?? false
            guard owes else { throw RecourseError.conflict("\(caseReference) has no claims in \(payment.amount.currency.code)") }
            let write = PaymentWrite(
                caseId: caseId, reference: caseReference, actor: actor, at: at, receivedOn: payment.receivedOn,
                amount: payment.amount, bankReference: payment.reference ?? payment.remittance.map { String($0.prefix(140)) })
            let (outcome, paymentId) = try Self.applyPayment(db, write: write)
            try db.execute(sql: "UPDATE payment SET match_method = 'manual' WHERE id = ?", arguments: [paymentId])
            try db.execute(sql: """
                UPDATE unmatched_payment SET status = 'assigned', decided_by = ?, decided_at = ?, case_id = ?, payment_id = ? WHERE id = ?
                """, arguments: [actor.id, Timestamp.utcString(at), caseId, paymentId, id])
            return outcome
        }
    }

    /// Marks an open unmatched payment as not ours.
    public func markNotOurs(id: Int64, reason: String, actor: User, at: Date) throws {
        try write { db in
            _ = try Self.openUnmatched(db, id: id)
            try db.execute(
                sql: "UPDATE unmatched_payment SET status = 'not-ours', decided_by = ?, decided_at = ?, reason = ? WHERE id = ?",
                arguments: [actor.id, Timestamp.utcString(at), reason, id])
        }
    }

    private static func openUnmatched(_ db: Database, id: Int64) throws -> UnmatchedPayment {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT u.*, NULL AS decider, NULL AS decision FROM unmatched_payment u WHERE u.id = ?
            """, arguments: [id]) else {
            throw RecourseError.conflict("there is no unmatched payment \(id) (`recourse payments unmatched` lists them)")
        }
        let payment = try unmatched(row)
        guard payment.status == .open else {
            throw RecourseError.conflict("unmatched payment \(id) is already \(payment.status.rawValue)")
        }
        return payment
    }

    /// Open cases whose reference or debtor name contains `text`, references first.
    public func searchOpenCases(_ text: String, limit: Int) throws -> [CaseSearchHit] {
        try read { db in
            let pattern = "%" + text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
            let ids = try Int64.fetchAll(db, sql: """
                SELECT c.id FROM collection_case c JOIN debtor d ON d.id = c.debtor_id
                WHERE c.stage <> 'closed' AND (c.reference LIKE ? OR d.name LIKE ?)
                ORDER BY c.reference LIKE ? DESC, d.name, c.reference LIMIT ?
                """, arguments: [pattern, pattern, pattern, limit])
            let lookup = DatabaseMatchLookup(db: db)
            return try ids.compactMap { try lookup.candidate(id: $0) }.map {
                CaseSearchHit(reference: $0.reference, debtorName: $0.debtorName, outstanding: $0.outstanding)
            }
        }
    }
}

/// The matcher's lookups, answered inside a transaction so each payment sees the ones before it.
struct DatabaseMatchLookup: MatchLookup {
    let db: Database

    func candidate(reference: String) throws -> MatchCandidate? {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM collection_case WHERE reference = ?", arguments: [reference]) else {
            return nil
        }
        return try candidate(id: id)
    }

    func candidates(invoice: String) throws -> [MatchCandidate] {
        let ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT case_id FROM claim WHERE upper(invoice_number) = ? LIMIT 20", arguments: [invoice])
        return try ids.compactMap { try candidate(id: $0) }
    }

    func candidates(owing amount: Money) throws -> [MatchCandidate] {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT b.case_id FROM case_balance b JOIN collection_case c ON c.id = b.case_id
            WHERE b.currency = ? AND b.outstanding_minor = ? AND c.stage <> 'closed' LIMIT 50
            """, arguments: [amount.currency.code, amount.minorUnits])
        return try ids.compactMap { try candidate(id: $0) }
    }

    func candidate(id: Int64) throws -> MatchCandidate? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.reference, c.stage, d.name FROM collection_case c JOIN debtor d ON d.id = c.debtor_id WHERE c.id = ?
            """, arguments: [id]) else { return nil }
        let balances = try Row.fetchAll(db, sql: "SELECT currency, outstanding_minor FROM case_balance WHERE case_id = ? ORDER BY currency", arguments: [id])
        let outstanding = try balances.map { balance in
            Money(minorUnits: balance["outstanding_minor"], currency: try Currency(code: balance["currency"]))
        }
        let stage: String = row["stage"]
        return MatchCandidate(caseId: id, reference: row["reference"], debtorName: row["name"], isOpen: stage != Stage.closed.rawValue, outstanding: outstanding)
    }
}

extension SQLiteRepository {
    /// The fingerprint an imported file is remembered by: its SHA-256 (swift-crypto), as hex.
    public func fingerprint(of data: [UInt8]) -> String {
        SHA256.hash(data: data).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
