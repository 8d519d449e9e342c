import Foundation
import GRDB
import RecourseCore

/// Many cases read whole at once, for the ladder run's letters: a handful of queries however
/// many cases, instead of a dozen per case. The history, legal matter and insolvency claim are
/// left out (letters do not print them).
extension SQLiteRepository {
    /// The cases with these ids, without their history, by id.
    public func caseDetailsForLetters(caseIds: [Int64], asOf: LocalDate) throws -> [Int64: CaseDetail] {
        guard !caseIds.isEmpty else { return [:] }
        return try read { db in
            var details: [Int64: CaseDetail] = [:]
            for start in stride(from: 0, to: caseIds.count, by: 2_000) {
                let chunk = Array(caseIds[start..<min(start + 2_000, caseIds.count)])
                details.merge(try Self.details(db, caseIds: chunk, asOf: asOf), uniquingKeysWith: { first, _ in first })
            }
            return details
        }
    }

    private static func details(_ db: Database, caseIds: [Int64], asOf: LocalDate) throws -> [Int64: CaseDetail] {
        var decoder = RowDecoder()
        let cases = try CaseRecord.filter(caseIds.contains(Column("id"))).fetchAll(db)
        let debtorIds = Set(cases.map(\.debtorId))
        // Contacts and claims are the most numerous rows: read by column index, not through Codable.
        let debtorList = debtorIds.sorted().map(String.init).joined(separator: ",")
        let caseList = caseIds.map(String.init).joined(separator: ",")
        var contacts: [Int64: [Contact]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT debtor_id, id, name, role, phone, email, phone_invalid FROM contact WHERE debtor_id IN (\(debtorList)) ORDER BY id
            """) {
            contacts[row[0], default: []].append(Contact(id: row[1], name: row[2], role: row[3], phone: row[4], email: row[5], phoneInvalid: row[6]))
        }
        var debtors: [Int64: Debtor] = [:]
        for record in try DebtorRecord.filter(debtorIds.contains(Column("id"))).fetchAll(db) {
            debtors[record.id] = try record.domain(contacts: contacts[record.id] ?? [])
        }
        var creditors: [Int64: Creditor] = [:]
        for record in try CreditorRecord.fetchAll(db) { creditors[record.id] = try record.domain() }
        var users: [Int64: User] = [:]
        for record in try UserRecord.fetchAll(db) {
            if let id = record.id { users[id] = try record.domain() }
        }
        var claims: [Int64: [Claim]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT case_id, id, invoice_number, issued_on, due_on, currency, amount_minor, outstanding_minor, disputed
            FROM claim WHERE case_id IN (\(caseList)) ORDER BY due_on, id
            """) {
            let currency = try decoder.currency(row[5])
            claims[row[0], default: []].append(Claim(
                id: row[1], invoiceNumber: row[2], issuedOn: try RowDecoder.requiredDate(row[3], column: "claim.issued_on"),
                dueOn: try RowDecoder.requiredDate(row[4], column: "claim.due_on"), amount: Money(minorUnits: row[6], currency: currency),
                outstanding: Money(minorUnits: row[7], currency: currency), disputed: row[8]))
        }
        var payments: [Int64: [Payment]] = [:]
        for record in try PaymentRecord.filter(caseIds.contains(PaymentRecord.Columns.caseId))
            .order(PaymentRecord.Columns.receivedOn.desc, PaymentRecord.Columns.id.desc).fetchAll(db) {
            payments[record.caseId, default: []].append(try record.domain(decoder: &decoder))
        }
        var promises: [Int64: [PromiseProgress]] = [:]
        for record in try PromiseRecord.filter(caseIds.contains(PromiseRecord.Columns.caseId)).order(PromiseRecord.Columns.id.desc).fetchAll(db) {
            let promise = try record.domain(decoder: &decoder)
            promises[record.caseId, default: []].append(
                PromiseProgress(promise: promise, paid: PromiseLedger.paid(towards: promise, payments: payments[record.caseId] ?? [], asOf: asOf)))
        }
        let plansByCase = try activePlans(db, decoder: &decoder)
        var details: [Int64: CaseDetail] = [:]
        for record in cases {
            guard let debtor = debtors[record.debtorId], let creditor = creditors[record.creditorId] else { continue }
            details[record.id] = CaseDetail(
                collectionCase: try record.domain(), creditor: creditor, debtor: debtor, assignee: record.assigneeId.flatMap { users[$0] },
                claims: claims[record.id] ?? [], promises: promises[record.id] ?? [], plans: plansByCase[record.id].map { [$0] } ?? [],
                payments: payments[record.id] ?? [], activities: [])
        }
        return details
    }
}
