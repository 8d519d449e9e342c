import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: ReviewStoring {
    /// Puts a case in the review queue; the request is in the timeline.
    public func requestReview(caseId: Int64, reason: ReviewReason, note: String?, actor: User, at: Date, on day: LocalDate) throws {
        try write { db in
            let reference = try Self.reference(db, caseId: caseId)
            _ = try CaseState.requireOpen(db, caseId: caseId, reference: reference)
            try db.execute(sql: """
                UPDATE collection_case SET review_requested = 1, review_reason = ?, review_note = ?, review_requested_by = ?,
                  review_requested_on = ?, next_action = 'review', next_action_on = ?
                WHERE id = ?
                """, arguments: [reason.rawValue, note, actor.id, day.description, day.description, caseId])
            var activity = ActivityRecord(
                caseId: caseId, actorId: actor.id, occurredAt: at,
                detail: .note("Review requested (\(reason.label))" + (note.map { ": \($0)" } ?? "")))
            try activity.append(db)
        }
    }

    /// Records a decision and everything it changes, in one transaction.
    public func decide(caseId: Int64, decision: ReviewDecision, actor: User, at: Date, on day: LocalDate) throws {
        try write { db in
            let reference = try Self.reference(db, caseId: caseId)
            _ = try CaseState.requireOpen(db, caseId: caseId, reference: reference)
            let stageText = try String.fetchOne(db, sql: "SELECT stage FROM collection_case WHERE id = ?", arguments: [caseId]) ?? "amicable"
            let from = Stage(rawValue: stageText) ?? .amicable
            try db.execute(
                sql: "INSERT INTO review_decision (case_id, decision, reason, actor_id, decided_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [caseId, decision.name, decision.summary, actor.id, Timestamp.utcString(at)])
            let clearReview = """
                UPDATE collection_case SET review_requested = 0, review_reason = NULL, review_note = NULL, review_requested_by = NULL,
                  review_requested_on = NULL WHERE id = ?
                """
            switch decision {
            case .legal(let lawyerId, let costs, let nextStep):
                try db.execute(sql: """
                    INSERT INTO legal_matter (case_id, lawyer_id, instructed_on, currency, estimate_minor, next_step) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [caseId, lawyerId, day.description, costs.currency.code, costs.minorUnits, nextStep])
                try Self.moveStage(db, caseId: caseId, from: from, to: .legal, decision: decision, actor: actor, at: at,
                                   next: .lawyerFollowUp, on: day.addingBusinessDays(10))
            case .insolvency(let practitioner, let deadline, let claimed):
                try db.execute(
                    sql: "INSERT INTO insolvency_claim (case_id, practitioner, filing_deadline) VALUES (?, ?, ?)",
                    arguments: [caseId, practitioner, deadline.description])
                for amount in claimed where amount.isPositive {
                    try db.execute(
                        sql: "INSERT INTO insolvency_amount (case_id, currency, claimed_minor) VALUES (?, ?, ?)",
                        arguments: [caseId, amount.currency.code, amount.minorUnits])
                }
                try db.execute(sql: "UPDATE collection_case SET insolvency_practitioner = ? WHERE id = ?", arguments: [practitioner, caseId])
                let followUp = max(day.adding(days: 1), deadline.adding(days: -7))
                try Self.moveStage(db, caseId: caseId, from: from, to: .insolvency, decision: decision, actor: actor, at: at,
                                   next: .claimFollowUp, on: followUp)
            case .writeOff:
                try Self.moveStage(db, caseId: caseId, from: from, to: .closed, decision: decision, actor: actor, at: at, next: nil, on: nil)
                try db.execute(sql: "UPDATE promise SET active = 0 WHERE case_id = ? AND active = 1", arguments: [caseId])
                try db.execute(sql: "UPDATE payment_plan SET active = 0 WHERE case_id = ? AND active = 1", arguments: [caseId])
            case .extend(let until, _):
                // The ladder's review falls due again when the extension ends.
                try db.execute(sql: """
                    UPDATE collection_case SET ladder_due_on = ?, next_action = 'call', next_action_on = ? WHERE id = ?
                    """, arguments: [until.description, day.addingBusinessDays(1).description, caseId])
                try Self.note(db, caseId: caseId, decision: decision, actor: actor, at: at)
            case .returnToCaseworker:
                try db.execute(sql: "UPDATE collection_case SET next_action = 'call', next_action_on = ? WHERE id = ?",
                               arguments: [day.addingBusinessDays(1).description, caseId])
                try Self.note(db, caseId: caseId, decision: decision, actor: actor, at: at)
            case .approvePlan:
                try db.execute(sql: "UPDATE payment_plan SET awaiting_approval = 0 WHERE case_id = ? AND active = 1", arguments: [caseId])
                try Self.note(db, caseId: caseId, decision: decision, actor: actor, at: at)
                return
            case .declinePlan:
                try db.execute(sql: "UPDATE payment_plan SET active = 0 WHERE case_id = ? AND active = 1", arguments: [caseId])
                try db.execute(sql: "UPDATE collection_case SET next_action = 'call', next_action_on = ? WHERE id = ?",
                               arguments: [day.addingBusinessDays(1).description, caseId])
                try Self.note(db, caseId: caseId, decision: decision, actor: actor, at: at)
                return
            }
            try db.execute(sql: clearReview, arguments: [caseId])
        }
    }

    /// Records progress on a legal matter or insolvency claim, with a note in the timeline.
    public func update(caseId: Int64, _ update: EscalationUpdate, actor: User, at: Date) throws {
        try write { db in
            var words: [String] = []
            let formatter = MoneyFormatter(conventions: .pointDecimal)
            switch update {
            case .legal(let court, let nextStep, let costs, let hearing):
                if let court { words.append("court reference \(court)") }
                if let nextStep { words.append("next: \(nextStep)") }
                if let costs { words.append("costs so far \(formatter.string(costs))") }
                if let hearing { words.append("hearing on \(hearing)") }
                try db.execute(sql: """
                    UPDATE legal_matter SET court_reference = coalesce(?, court_reference), next_step = coalesce(?, next_step),
                      costs_minor = coalesce(?, costs_minor) WHERE case_id = ?
                    """, arguments: [court, nextStep, costs?.minorUnits, caseId])
                if let hearing {
                    try db.execute(sql: "INSERT OR IGNORE INTO legal_hearing (case_id, on_date) VALUES (?, ?)", arguments: [caseId, hearing.description])
                }
            case .insolvency(let filedOn, let admitted, let dividend):
                if let filedOn {
                    words.append("claim filed on \(filedOn)")
                    try db.execute(sql: "UPDATE insolvency_claim SET filed_on = ? WHERE case_id = ?", arguments: [filedOn.description, caseId])
                }
                for (amount, column, label) in [(admitted, "admitted_minor", "admitted"), (dividend, "dividend_minor", "dividend received")] {
                    guard let amount else { continue }
                    words.append("\(label) \(formatter.string(amount))")
                    try db.execute(sql: """
                        INSERT INTO insolvency_amount (case_id, currency, claimed_minor, \(column)) VALUES (?, ?, 0, ?)
                        ON CONFLICT(case_id, currency) DO UPDATE SET \(column) = \(column == "dividend_minor" ? "dividend_minor + " : "")excluded.\(column)
                        """, arguments: [caseId, amount.currency.code, amount.minorUnits])
                }
            }
            guard !words.isEmpty else { throw RecourseError.invalid(ValidationError(field: "update", message: "nothing to update")) }
            var activity = ActivityRecord(caseId: caseId, actorId: actor.id, occurredAt: at, detail: .note(words.joined(separator: "; ")))
            try activity.append(db)
        }
    }

    /// Adds a lawyer or firm to the directory.
    public func addLawyer(name: String, firm: String, country: Country, email: String?, phone: String?, actor: User, at: Date) throws -> Lawyer {
        try write { db in
            try db.execute(
                sql: "INSERT INTO lawyer (name, firm, country, email, phone) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, firm, country.code, email, phone])
            let id = db.lastInsertedRowID
            try Self.audit(db, osLogin: actor.login, actingAs: actor.login, action: "lawyers add \(name) (\(firm), \(country.code))", at: at)
            return Lawyer(id: id, name: name, firm: firm, country: country, email: email, phone: phone)
        }
    }

    private static func reference(_ db: Database, caseId: Int64) throws -> String {
        guard let reference = try String.fetchOne(db, sql: "SELECT reference FROM collection_case WHERE id = ?", arguments: [caseId]) else {
            throw RecourseError.conflict("no case \(caseId)")
        }
        return reference
    }

    private static func moveStage(
        _ db: Database, caseId: Int64, from: Stage, to: Stage, decision: ReviewDecision, actor: User, at: Date, next: NextAction?, on: LocalDate?
    ) throws {
        var change = ActivityRecord(
            caseId: caseId, actorId: actor.id, occurredAt: at, detail: .stageChange(from: from, to: to, reason: "review: \(decision.summary)"))
        try change.append(db)
        try db.execute(sql: """
            UPDATE collection_case SET stage = ?, close_reason = ?, next_action = ?, next_action_on = ?, hold_until = NULL,
              callback_at = CASE WHEN ? THEN NULL ELSE callback_at END
            WHERE id = ?
            """, arguments: [to.rawValue, to == .closed ? CloseReason.writtenOff.rawValue : nil, next?.code, on?.description, to == .closed, caseId])
        let reason = to == .closed ? "case written off" : "case went to \(to == .legal ? "legal collection" : "an insolvency claim")"
        try cancelPendingLetters(db, caseId: caseId, reason: reason, actorId: actor.id, at: at)
    }

    private static func note(_ db: Database, caseId: Int64, decision: ReviewDecision, actor: User, at: Date) throws {
        var activity = ActivityRecord(caseId: caseId, actorId: actor.id, occurredAt: at, detail: .note("Review: \(decision.summary)"))
        try activity.append(db)
    }
}
