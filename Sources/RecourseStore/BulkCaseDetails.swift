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
        var contacts: [Int64: [Contact]] = [:]
        for contact in try ContactRecord.filter(debtorIds.contains(ContactRecord.Columns.debtorId)).order(Column("id")).fetchAll(db) {
            contacts[contact.debtorId, default: []].append(contact.domain)
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
        for record in try ClaimRecord.filter(caseIds.contains(ClaimRecord.Columns.caseId))
            .order(ClaimRecord.Columns.dueOn, ClaimRecord.Columns.id).fetchAll(db) {
            claims[record.caseId, default: []].append(try record.domain(decoder: &decoder))
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
