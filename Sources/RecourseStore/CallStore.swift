import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: CallRecording {
    /// Records a checked call and everything it changes in one transaction. If the case was
    /// closed by someone else meanwhile, nothing is written and the refusal says so.
    public func recordCall(_ write: CallWrite) throws {
        try self.write { db in
            let debtorId = try CaseState.requireOpen(db, caseId: write.caseId, reference: write.reference)
            if let contact = write.newContact {
                try db.execute(
                    sql: "INSERT INTO contact (debtor_id, name, role, phone, email, phone_invalid) VALUES (?, ?, ?, ?, ?, 0)",
                    arguments: [debtorId, contact.name, contact.role, contact.phone, contact.email])
            }
            if let contactId = write.invalidPhoneContactId {
                try db.execute(sql: "UPDATE contact SET phone_invalid = 1 WHERE id = ? AND debtor_id = ?", arguments: [contactId, debtorId])
            }
            var call = ActivityRecord(caseId: write.caseId, actorId: write.actor.id, occurredAt: write.at, detail: .call(write.record))
            try call.append(db)
            let callId = db.lastInsertedRowID
            if write.startsAmicable {
                var change = ActivityRecord(
                    caseId: write.caseId, actorId: write.actor.id, occurredAt: write.at,
                    detail: .stageChange(from: .new, to: .amicable, reason: "first call"))
                try change.append(db)
            }
            try Self.replacePromiseAndPlan(db, write: write, activityId: callId)
            if !write.disputedClaimIds.isEmpty {
                for claimId in write.disputedClaimIds {
                    try db.execute(sql: "UPDATE claim SET disputed = 1 WHERE id = ? AND case_id = ?", arguments: [claimId, write.caseId])
                }
                try Self.cancelPendingLetters(db, caseId: write.caseId, reason: "case disputed", actorId: write.actor.id, at: write.at)
            }
            try db.execute(sql: """
                UPDATE collection_case SET
                  stage = CASE WHEN stage = 'new' THEN 'amicable' ELSE stage END,
                  callback_at = ?, next_action = ?, next_action_on = ?, last_call_at = ?,
                  disputed = CASE WHEN ? THEN 1 ELSE disputed END,
                  review_requested = CASE WHEN ? THEN 1 ELSE review_requested END,
                  review_reason = CASE WHEN ? AND review_requested = 0 THEN ? ELSE review_reason END,
                  review_note = CASE WHEN ? AND review_requested = 0 THEN ? ELSE review_note END,
                  review_requested_by = CASE WHEN ? AND review_requested = 0 THEN ? ELSE review_requested_by END,
                  review_requested_on = CASE WHEN ? AND review_requested = 0 THEN ? ELSE review_requested_on END,
                  insolvency_practitioner = coalesce(?, insolvency_practitioner)
                WHERE id = ?
                """, arguments: [
                    write.callbackAt.map(Timestamp.utcString), write.nextAction.code, write.nextActionOn.description,
                    Timestamp.utcString(write.at), !write.disputedClaimIds.isEmpty, write.requestsReview,
                    write.requestsReview, Self.reviewReason(for: write.record.outcome).rawValue,
                    write.requestsReview, write.record.outcomeDetail ?? write.record.note,
                    write.requestsReview, write.actor.id, write.requestsReview, String(Timestamp.utcString(write.at).prefix(10)), write.practitioner,
                    write.caseId,
                ])
        }
    }

    /// Why a call sends its case to review.
    static func reviewReason(for outcome: CallOutcome) -> ReviewReason {
        outcome == .insolvency ? .reportedInsolvency : .refusedToPay
    }

    private static func replacePromiseAndPlan(_ db: Database, write: CallWrite, activityId: Int64) throws {
        if let promise = write.promise {
            try db.execute(sql: "UPDATE promise SET active = 0 WHERE case_id = ? AND active = 1", arguments: [write.caseId])
            try db.execute(sql: """
                INSERT INTO promise (case_id, activity_id, currency, amount_minor, made_on, due_on, grace_days, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                """, arguments: [
                    write.caseId, activityId, promise.amount.currency.code, promise.amount.minorUnits,
                    promise.madeOn.description,
                    promise.dueOn.description, promise.graceDays,
                ])
        }
        if let plan = write.plan, let first = plan.instalments.first {
            try db.execute(sql: "UPDATE promise SET active = 0 WHERE case_id = ? AND active = 1", arguments: [write.caseId])
            try db.execute(sql: "UPDATE payment_plan SET active = 0 WHERE case_id = ? AND active = 1", arguments: [write.caseId])
            try db.execute(sql: """
                INSERT INTO payment_plan (case_id, activity_id, frequency, currency, grace_days, awaiting_approval, active)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                """, arguments: [
                    write.caseId, activityId, plan.frequency.rawValue, first.amount.currency.code, plan.graceDays, plan.awaitingApproval,
                ])
            let planId = db.lastInsertedRowID
            for (index, instalment) in plan.instalments.enumerated() {
                try db.execute(
                    sql: "INSERT INTO plan_instalment (plan_id, number, due_on, amount_minor) VALUES (?, ?, ?, ?)",
                    arguments: [planId, index + 1, instalment.dueOn.description, instalment.amount.minorUnits])
            }
        }
    }
}

/// Reads of a case's state inside a write transaction.
enum CaseState {
    /// The case's debtor id; throws when the case is gone or closed (someone else closed it).
    static func requireOpen(_ db: Database, caseId: Int64, reference: String) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT stage, close_reason, debtor_id FROM collection_case WHERE id = ?", arguments: [caseId]) else {
            throw RecourseError.unknownCase(reference)
        }
        let stage: String = row[0]
        if stage == Stage.closed.rawValue {
            let reason: String? = row[1]
            throw RecourseError.conflict("\(reference) was closed meanwhile (\(reason ?? "closed")); nothing was saved")
        }
        return row[2]
    }
}
