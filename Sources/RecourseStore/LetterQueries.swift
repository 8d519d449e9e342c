import Foundation
import GRDB
import RecourseCore

/// Reading letters and the case facts that decide whether they are stale.
extension SQLiteRepository {
    static let letterSelect = """
        SELECT l.id, l.case_id, c.reference, d.name, l.level, l.language, l.state, u.login, l.drafted_at, l.rendered_at,
               l.body, l.merge_data, l.basis, l.total_due, l.submitted_at, v.login, l.decided_at, l.reject_reason,
               l.cancel_reason, l.sent_at, l.outbox_file
        FROM letter l
        JOIN collection_case c ON c.id = l.case_id
        JOIN debtor d ON d.id = c.debtor_id
        JOIN user u ON u.id = l.drafted_by
        LEFT JOIN user v ON v.id = l.decided_by
        """

    /// One letter with its changes since rendering, or nil.
    public func letter(id: Int64) throws -> LetterView? {
        try read { db in try Self.letterView(db, id: id) }
    }

    /// Letters matching a filter, oldest first, each with its changes since rendering.
    public func letters(_ filter: LetterFilter) throws -> [LetterView] {
        try read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if !filter.states.isEmpty {
                clauses.append("l.state IN (\(filter.states.map { _ in "?" }.joined(separator: ", ")))")
                for state in filter.states.sorted(by: { $0.rawValue < $1.rawValue }) { _ = arguments.append(contentsOf: [state.rawValue]) }
            }
            if let login = filter.draftedBy {
                clauses.append("u.login = ?")
                _ = arguments.append(contentsOf: [login])
            }
            if let reference = filter.caseReference {
                clauses.append("c.reference = ?")
                _ = arguments.append(contentsOf: [reference])
            }
            let condition = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: Self.letterSelect + condition + " ORDER BY l.id", arguments: arguments)
            let letters = try rows.map(Self.letter(from:))
            let bases = try Self.currentBases(db, caseIds: Set(letters.filter { $0.state.isPending }.map(\.caseId)))
            return letters.map { letter in
                guard letter.state.isPending, let current = bases[letter.caseId] else { return LetterView(letter: letter, changes: []) }
                return LetterView(letter: letter, changes: letter.basis.changes(to: current))
            }
        }
    }

    static func letterView(_ db: Database, id: Int64) throws -> LetterView? {
        guard let row = try Row.fetchOne(db, sql: letterSelect + " WHERE l.id = ?", arguments: [id]) else { return nil }
        let letter = try letter(from: row)
        guard letter.state.isPending else { return LetterView(letter: letter, changes: []) }
        return LetterView(letter: letter, changes: letter.basis.changes(to: try currentBasis(db, caseId: letter.caseId)))
    }

    static func letter(from row: Row) throws -> Letter {
        let id: Int64 = row[0]
        let levelText: String = row[4]
        let stateText: String = row[6]
        let basisText: String = row[12]
        guard let level = LetterLevel(rawValue: levelText), let state = LetterState(rawValue: stateText) else {
            throw ValidationError(field: "letter \(id)", message: "stored level '\(levelText)' or state '\(stateText)' is unknown")
        }
        let basis: LetterBasis
        do {
            basis = try JSONDecoder().decode(LetterBasis.self, from: Data(basisText.utf8))
        } catch {
            throw ValidationError(field: "letter \(id)", message: "its stored basis is not readable: \(error)")
        }
        func instant(_ index: Int, _ column: String) throws -> Date? { try RowDecoder.instant(row[index], column: column) }
        return Letter(
            id: id, caseId: row[1], caseReference: row[2], debtorName: row[3], level: level, language: row[5], state: state,
            draftedBy: row[7], draftedAt: try instant(8, "drafted_at") ?? Date(timeIntervalSince1970: 0),
            renderedAt: try instant(9, "rendered_at") ?? Date(timeIntervalSince1970: 0), body: row[10], mergeData: row[11],
            basis: basis, totalDue: row[13], submittedAt: try instant(14, "submitted_at"), decidedBy: row[15],
            decidedAt: try instant(16, "decided_at"), rejectReason: row[17], cancelReason: row[18], sentAt: try instant(19, "sent_at"),
            outboxFile: row[20])
    }

    /// The facts of a case as they are now, built exactly as `LetterBasis(detail:)` builds them.
    static func currentBasis(_ db: Database, caseId: Int64) throws -> LetterBasis {
        try currentBases(db, caseIds: [caseId])[caseId]
            ?? LetterBasis(claims: [], stage: "closed", disputed: false, activePromiseId: nil, activePlanId: nil, lastPaymentId: nil)
    }

    /// The facts of many cases at once: five queries whatever their number (a list of letters).
    static func currentBases(_ db: Database, caseIds: Set<Int64>) throws -> [Int64: LetterBasis] {
        guard !caseIds.isEmpty else { return [:] }
        let ids = caseIds.sorted().map(String.init).joined(separator: ",")
        var claims: [Int64: [LetterBasis.ClaimFact]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT case_id, id, invoice_number, currency, outstanding_minor, disputed FROM claim WHERE case_id IN (\(ids))") {
            claims[row[0], default: []].append(
                LetterBasis.ClaimFact(id: row[1], invoice: row[2], currency: row[3], outstandingMinor: row[4], disputed: row[5]))
        }
        func single(_ sql: String) throws -> [Int64: Int64] {
            Dictionary(try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        }
        let promises = try single("SELECT case_id, id FROM promise WHERE active = 1 AND case_id IN (\(ids))")
        let plans = try single("SELECT case_id, id FROM payment_plan WHERE active = 1 AND case_id IN (\(ids))")
        let payments = try single("SELECT case_id, max(id) FROM payment WHERE case_id IN (\(ids)) GROUP BY case_id")
        var bases: [Int64: LetterBasis] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, stage, disputed FROM collection_case WHERE id IN (\(ids))") {
            let id: Int64 = row[0]
            bases[id] = LetterBasis(
                claims: claims[id] ?? [], stage: row[1], disputed: row[2], activePromiseId: promises[id], activePlanId: plans[id],
                lastPaymentId: payments[id])
        }
        return bases
    }
}
