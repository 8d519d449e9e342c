import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: CaseReading {
    /// The whole case with this reference, or nil.
    public func caseDetail(reference: String, asOf: LocalDate) throws -> CaseDetail? {
        try read { db in
            guard let caseRow = try CaseRecord.filter(CaseRecord.Columns.reference == reference).fetchOne(db) else {
                return nil
            }
            var decoder = RowDecoder()
            let contacts = try ContactRecord
                .filter(ContactRecord.Columns.debtorId == caseRow.debtorId)
                .order(Column("id"))
                .fetchAll(db).map(\.domain)
            guard let debtor = try DebtorRecord.fetchOne(db, key: caseRow.debtorId),
                  let creditor = try CreditorRecord.fetchOne(db, key: caseRow.creditorId) else {
                throw ValidationError(field: "collection_case", message: "case \(reference) has no debtor or creditor")
            }
            let assignee = try caseRow.assigneeId.flatMap { try UserRecord.fetchOne(db, key: $0) }?.domain()
            let claims = try ClaimRecord
                .filter(ClaimRecord.Columns.caseId == caseRow.id)
                .order(ClaimRecord.Columns.dueOn, ClaimRecord.Columns.id)
                .fetchAll(db).map { try $0.domain(decoder: &decoder) }
            let payments = try PaymentRecord
                .filter(PaymentRecord.Columns.caseId == caseRow.id)
                .order(PaymentRecord.Columns.receivedOn.desc, PaymentRecord.Columns.id.desc)
                .fetchAll(db).map { try $0.domain(decoder: &decoder) }
            let promises = try PromiseRecord
                .filter(PromiseRecord.Columns.caseId == caseRow.id)
                .order(PromiseRecord.Columns.id.desc)
                .fetchAll(db).map { try $0.domain(decoder: &decoder) }
                .map { PromiseProgress(promise: $0, paid: PromiseLedger.paid(towards: $0, payments: payments, asOf: asOf)) }
            let activities = try activityHistory(db, caseId: caseRow.id, decoder: &decoder)
            let plans = try paymentPlans(db, caseId: caseRow.id, decoder: &decoder)
            return CaseDetail(
                collectionCase: try caseRow.domain(), creditor: try creditor.domain(),
                debtor: try debtor.domain(contacts: contacts), assignee: assignee, claims: claims,
                promises: promises, plans: plans, payments: payments, activities: activities,
                legal: try Self.legalMatter(db, caseId: caseRow.id, decoder: &decoder),
                insolvency: try Self.insolvencyClaim(db, caseId: caseRow.id, decoder: &decoder))
        }
    }

    private func paymentPlans(_ db: Database, caseId: Int64, decoder: inout RowDecoder) throws -> [PaymentPlan] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.frequency, p.currency, p.grace_days, p.awaiting_approval, p.active, a.occurred_at
            FROM payment_plan p JOIN activity a ON a.id = p.activity_id WHERE p.case_id = ? ORDER BY p.id DESC
            """, arguments: [caseId])
        return try rows.map { row in
            let planId: Int64 = row[0]
            let currency = try decoder.currency(row[2])
            let frequencyText: String = row[1]
            guard let frequency = PlanFrequency(rawValue: frequencyText),
                  let made = try RowDecoder.instant(row[6], column: "activity.occurred_at") else {
                throw ValidationError(field: "payment_plan", message: "plan \(planId) is unreadable")
            }
            let instalments = try Row.fetchAll(
                db, sql: "SELECT due_on, amount_minor FROM plan_instalment WHERE plan_id = ? ORDER BY number", arguments: [planId]
            ).map { PlanDraft.Instalment(dueOn: try RowDecoder.requiredDate($0[0], column: "plan_instalment.due_on"),
                                         amount: Money(minorUnits: $0[1], currency: currency)) }
            return PaymentPlan(
                id: planId, frequency: frequency, madeOn: Timestamp.localDate(of: made, in: TimeZone(secondsFromGMT: 0) ?? .current),
                instalments: instalments, graceDays: row[3], awaitingApproval: row[4], active: row[5])
        }
    }

    private func activityHistory(_ db: Database, caseId: Int64, decoder: inout RowDecoder) throws -> [Activity] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT activity.*, user.login AS actor_login FROM activity
            JOIN user ON user.id = activity.actor_id
            WHERE activity.case_id = ? ORDER BY activity.id DESC
            """, arguments: [caseId])
        return try rows.map { row in
            let record = try ActivityRecord(row: row)
            return try record.domain(actor: row["actor_login"], decoder: &decoder)
        }
    }
}
