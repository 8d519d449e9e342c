import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: PaymentRecording {
    /// Records a payment in one transaction: allocated to the oldest open claims of its currency
    /// (overpayment kept as credit), balances updated, the active promise ended if now kept, and
    /// the case closed as paid when nothing is left outstanding.
    public func recordPayment(_ write: PaymentWrite, graceDays: Int) throws -> PaymentOutcome {
        try self.write { db in try Self.applyPayment(db, write: write).outcome }
    }

    /// Records a payment inside the caller's transaction (the rules of `recordPayment`); returns
    /// what it did and the new payment's id. Imports and assignments share it.
    static func applyPayment(_ db: Database, write: PaymentWrite) throws -> (outcome: PaymentOutcome, paymentId: Int64) {
        do {
            _ = try CaseState.requireOpen(db, caseId: write.caseId, reference: write.reference)
            var decoder = RowDecoder()
            let records = try ClaimRecord.filter(ClaimRecord.Columns.caseId == write.caseId).order(ClaimRecord.Columns.id).fetchAll(db)
            var claims = try records.map { try $0.domain(decoder: &decoder) }
            let allocation = PaymentAllocation(payment: write.amount, claims: claims)

            var activity = ActivityRecord(
                caseId: write.caseId, actorId: write.actor.id, occurredAt: write.at,
                detail: .payment(amount: write.amount, receivedOn: write.receivedOn, reference: write.bankReference))
            try activity.append(db)
            try db.execute(sql: """
                INSERT INTO payment (case_id, activity_id, received_on, currency, amount_minor, credit_minor, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    write.caseId, db.lastInsertedRowID, write.receivedOn.description, write.amount.currency.code,
                    write.amount.minorUnits, allocation.credit.minorUnits, write.bankReference,
                ])
            let paymentId = db.lastInsertedRowID
            for applied in allocation.applied {
                let claim = claims[applied.claimIndex]
                try db.execute(
                    sql: "INSERT INTO payment_allocation (payment_id, claim_id, amount_minor) VALUES (?, ?, ?)",
                    arguments: [paymentId, claim.id, applied.amount.minorUnits])
                claims[applied.claimIndex].outstanding = try claim.outstanding.subtracting(applied.amount)
                try db.execute(
                    sql: "UPDATE claim SET outstanding_minor = ? WHERE id = ?",
                    arguments: [claims[applied.claimIndex].outstanding.minorUnits, claim.id])
            }
            let balance = CaseBalance(claims: claims)
            for amount in balance.outstanding.amounts {
                try db.execute(
                    sql: "UPDATE case_balance SET outstanding_minor = ? WHERE case_id = ? AND currency = ?",
                    arguments: [amount.minorUnits, write.caseId, amount.currency.code])
            }
            try db.execute(
                sql: "UPDATE collection_case SET oldest_open_due = ? WHERE id = ?",
                arguments: [balance.oldestOpenDue?.description, write.caseId])
            let kept = try Self.endPromiseIfKept(db, caseId: write.caseId, asOf: write.receivedOn, decoder: &decoder)
            let paidUp = balance.outstanding.isZero
            if paidUp { try Self.closeAsPaid(db, write: write) }
            let outcome = PaymentOutcome(
                applied: try write.amount.subtracting(allocation.credit), credit: allocation.credit, promiseKept: kept, closedAsPaid: paidUp)
            return (outcome, paymentId)
        }
    }

    /// Ends the active promise when the payments towards it now reach its amount.
    private static func endPromiseIfKept(_ db: Database, caseId: Int64, asOf: LocalDate, decoder: inout RowDecoder) throws -> Bool {
        guard let record = try PromiseRecord.filter(PromiseRecord.Columns.caseId == caseId).filter(Column("active") == true).fetchOne(db) else {
            return false
        }
        let promise = try record.domain(decoder: &decoder)
        let payments = try PaymentRecord.filter(PaymentRecord.Columns.caseId == caseId).fetchAll(db).map { try $0.domain(decoder: &decoder) }
        let paid = PromiseLedger.paid(towards: promise, payments: payments, asOf: asOf)
        guard promise.status(paidTowards: paid, asOf: asOf) == .kept else { return false }
        try db.execute(sql: "UPDATE promise SET active = 0 WHERE id = ?", arguments: [record.id])
        return true
    }

    private static func closeAsPaid(_ db: Database, write: PaymentWrite) throws {
        let stageText = try String.fetchOne(db, sql: "SELECT stage FROM collection_case WHERE id = ?", arguments: [write.caseId]) ?? "amicable"
        let from = Stage(rawValue: stageText) ?? .amicable
        var change = ActivityRecord(
            caseId: write.caseId, actorId: write.actor.id, occurredAt: write.at,
            detail: .stageChange(from: from, to: .closed, reason: "paid in full"))
        try change.append(db)
        try db.execute(sql: """
            UPDATE collection_case SET stage = 'closed', close_reason = 'paid', next_action = NULL, next_action_on = NULL,
              callback_at = NULL, disputed = 0, review_requested = 0
            WHERE id = ?
            """, arguments: [write.caseId])
        try db.execute(sql: "UPDATE promise SET active = 0 WHERE case_id = ? AND active = 1", arguments: [write.caseId])
        try db.execute(sql: "UPDATE payment_plan SET active = 0 WHERE case_id = ? AND active = 1", arguments: [write.caseId])
        try cancelPendingLetters(db, caseId: write.caseId, reason: "case paid in full", actorId: write.actor.id, at: write.at)
    }
}
