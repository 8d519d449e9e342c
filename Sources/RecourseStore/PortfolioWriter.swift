import Foundation
import GRDB
import RecourseCore

/// Writes a batch of new cases — with debtors, claims and replayed history — in one transaction.
///
/// Payments in the history are allocated by the core's `PaymentAllocation`, so balances are
/// consistent by construction; a later promise replaces the active one, as the rules require.
struct PortfolioWriter {
    private let db: Database
    private var userIds: [String: Int64] = [:]
    private var creditorIds: [String: Int64] = [:]
    private var debtorIds: [String: Int64] = [:]

    init(db: Database) {
        self.db = db
    }

    mutating func writeUsers(_ users: [NewUser], at: Date) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO user (login, display_name, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(login) DO NOTHING
            """)
        for user in users {
            try insert.execute(arguments: [user.login, user.displayName, user.role.rawValue, Timestamp.utcString(at)])
        }
        for row in try Row.fetchAll(db, sql: "SELECT login, id FROM user") {
            userIds[row[0]] = row[1]
        }
    }

    mutating func writeCreditors(_ creditors: [(name: String, country: Country)]) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO creditor (name, country) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")
        for creditor in creditors {
            try insert.execute(arguments: [creditor.name, creditor.country.code])
        }
        for row in try Row.fetchAll(db, sql: "SELECT name, id FROM creditor") {
            creditorIds[row[0]] = row[1]
        }
    }

    mutating func write(_ newCase: NewCase) throws {
        guard let creditorId = creditorIds[newCase.creditorName] else {
            throw ValidationError(field: "creditor", message: "\(newCase.reference): unknown creditor '\(newCase.creditorName)'")
        }
        let debtorId = try debtorId(for: newCase.debtor)
        let assigneeId = try newCase.assignee.map { try userId($0, reference: newCase.reference) }
        let replay = try HistoryReplay(newCase)

        try db.cachedStatement(sql: """
            INSERT INTO collection_case (reference, creditor_id, debtor_id, stage, close_reason, assignee_id, placed_on,
              next_action, next_action_on, callback_at, hold_until, disputed, review_requested, oldest_open_due, last_call_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                newCase.reference, creditorId, debtorId, newCase.stage.rawValue, newCase.closeReason?.rawValue, assigneeId,
                newCase.placedOn.description, newCase.nextAction?.action.code, newCase.nextAction?.on.description,
                newCase.callbackAt.map(Timestamp.utcString), newCase.holdUntil?.description, newCase.disputed,
                newCase.reviewRequested, replay.balance.oldestOpenDue?.description, replay.lastCallAt.map(Timestamp.utcString),
            ])
        let caseId = db.lastInsertedRowID

        var claimIds: [Int64] = []
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claim (case_id, invoice_number, issued_on, due_on, currency, amount_minor, outstanding_minor, disputed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for claim in replay.claims {
            try insertClaim.execute(arguments: [
                caseId, claim.invoiceNumber, claim.issuedOn.description, claim.dueOn.description, claim.amount.currency.code,
                claim.amount.minorUnits, claim.outstanding.minorUnits, claim.disputed,
            ])
            claimIds.append(db.lastInsertedRowID)
        }
        let insertBalance = try db.cachedStatement(sql: "INSERT INTO case_balance (case_id, currency, outstanding_minor) VALUES (?, ?, ?)")
        for amount in replay.balance.outstanding.amounts {
            try insertBalance.execute(arguments: [caseId, amount.currency.code, amount.minorUnits])
        }
        try writeHistory(newCase, replay: replay, caseId: caseId, claimIds: claimIds)
    }

    /// Replays the history. A promise stays active until it is replaced, kept in full, or the case
    /// closes — so the queue only ever weighs the promise still in force.
    private mutating func writeHistory(_ newCase: NewCase, replay: HistoryReplay, caseId: Int64, claimIds: [Int64]) throws {
        var activePromise: (id: Int64, terms: Promise, payments: [Payment])?
        var paymentIndex = 0
        let deactivate = try db.cachedStatement(sql: "UPDATE promise SET active = 0 WHERE id = ?")
        for event in newCase.history {
            let actorId = try userId(event.actor, reference: newCase.reference)
            let activityId = try insertActivity(caseId: caseId, actorId: actorId, event: event)
            switch event.kind {
            case .promise(let amount, let madeOn, let dueOn, let graceDays):
                if let previous = activePromise { try deactivate.execute(arguments: [previous.id]) }
                try db.cachedStatement(sql: """
                    INSERT INTO promise (case_id, activity_id, currency, amount_minor, made_on, due_on, grace_days, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                    """).execute(arguments: [
                        caseId, activityId, amount.currency.code, amount.minorUnits, madeOn.description, dueOn.description, graceDays,
                    ])
                activePromise = (
                    db.lastInsertedRowID,
                    Promise(id: db.lastInsertedRowID, amount: amount, madeOn: madeOn, dueOn: dueOn, graceDays: graceDays, active: true),
                    [])
            case .stageChange(_, .closed, _):
                if let previous = activePromise { try deactivate.execute(arguments: [previous.id]) }
                activePromise = nil
            case .payment(let amount, let receivedOn, let reference):
                if var promise = activePromise {
                    promise.payments.append(Payment(id: 0, receivedOn: receivedOn, amount: amount, reference: nil))
                    let paid = PromiseLedger.paid(towards: promise.terms, payments: promise.payments, asOf: receivedOn)
                    if promise.terms.status(paidTowards: paid, asOf: receivedOn) == .kept {
                        try deactivate.execute(arguments: [promise.id])
                        activePromise = nil
                    } else {
                        activePromise = promise
                    }
                }
                let allocation = replay.allocations[paymentIndex]
                paymentIndex += 1
                try db.cachedStatement(sql: """
                    INSERT INTO payment (case_id, activity_id, received_on, currency, amount_minor, credit_minor, reference)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        caseId, activityId, receivedOn.description, amount.currency.code, amount.minorUnits,
                        allocation.credit.minorUnits, reference,
                    ])
                let paymentId = db.lastInsertedRowID
                let insertAllocation = try db.cachedStatement(sql: """
                    INSERT INTO payment_allocation (payment_id, claim_id, amount_minor) VALUES (?, ?, ?)
                    """)
                for applied in allocation.applied {
                    try insertAllocation.execute(arguments: [paymentId, claimIds[applied.claimIndex], applied.amount.minorUnits])
                }
            default:
                break
            }
        }
    }

    private func insertActivity(caseId: Int64, actorId: Int64, event: HistoryEvent) throws -> Int64 {
        let detail: ActivityDetail
        switch event.kind {
        case .call(let call): detail = .call(call)
        case .note(let text): detail = .note(text)
        case .promise(let amount, _, let dueOn, _): detail = .promise(amount: amount, dueOn: dueOn)
        case .payment(let amount, let receivedOn, let reference):
            detail = .payment(amount: amount, receivedOn: receivedOn, reference: reference)
        case .stageChange(let from, let to, let reason): detail = .stageChange(from: from, to: to, reason: reason)
        case .letter(let level, let event): detail = .letter(level: level, event: event)
        }
        var record = ActivityRecord(caseId: caseId, actorId: actorId, occurredAt: event.at, detail: detail)
        try record.append(db)
        return db.lastInsertedRowID
    }

    private mutating func debtorId(for newDebtor: NewDebtor) throws -> Int64 {
        if let id = debtorIds[newDebtor.key] { return id }
        let debtor = newDebtor.debtor
        let keys = DebtorKeys(name: debtor.name, registrationId: debtor.registrationId, vatId: debtor.vatId)
        try db.cachedStatement(sql: """
            INSERT INTO debtor (name, country, language, time_zone, registration_id, vat_id, address_line1, address_line2,
              postal_code, city, name_key, registration_key, vat_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                debtor.name, debtor.country.code, debtor.language.identifier, debtor.timeZone, debtor.registrationId,
                debtor.vatId, debtor.address.lines.first ?? "", debtor.address.lines.dropFirst().first,
                debtor.address.postalCode, debtor.address.city, keys.name, keys.registration, keys.vat,
            ])
        let id = db.lastInsertedRowID
        let insertContact = try db.cachedStatement(sql: """
            INSERT INTO contact (debtor_id, name, role, phone, email, phone_invalid) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for contact in debtor.contacts {
            try insertContact.execute(arguments: [id, contact.name, contact.role, contact.phone, contact.email, contact.phoneInvalid])
        }
        debtorIds[newDebtor.key] = id
        return id
    }

    private func userId(_ login: String, reference: String) throws -> Int64 {
        guard let id = userIds[login] else {
            throw ValidationError(field: "user", message: "\(reference): unknown user '\(login)'")
        }
        return id
    }
}

/// A case's history replayed in memory: final outstanding per claim, each payment's allocation, last call.
struct HistoryReplay {
    private(set) var claims: [Claim]
    private(set) var allocations: [PaymentAllocation] = []
    private(set) var lastCallAt: Date?

    init(_ newCase: NewCase) throws {
        claims = newCase.claims.enumerated().map { index, claim in
            Claim(
                id: Int64(index), invoiceNumber: claim.invoiceNumber, issuedOn: claim.issuedOn, dueOn: claim.dueOn,
                amount: claim.amount, outstanding: claim.amount, disputed: claim.disputed)
        }
        for event in newCase.history {
            switch event.kind {
            case .call:
                lastCallAt = event.at
            case .payment(let amount, _, _):
                let allocation = PaymentAllocation(payment: amount, claims: claims)
                for applied in allocation.applied {
                    let claim = claims[applied.claimIndex]
                    claims[applied.claimIndex].outstanding = try claim.outstanding.subtracting(applied.amount)
                }
                allocations.append(allocation)
            default:
                break
            }
        }
    }

    var balance: CaseBalance { CaseBalance(claims: claims) }
}

extension PortfolioWriter {
    /// Writes users, creditors and every case of a batch, then marks the repository's kind.
    /// Cases are made a chunk ahead on another thread while the previous chunk is written, so
    /// making and writing overlap on a two-core machine.
    static func writeAll(
        _ batch: some PortfolioBatch & Sendable, into db: Database, kind: String, info: [String: String], at: Date,
        progress: (Int) -> Void
    ) throws {
        var writer = PortfolioWriter(db: db)
        try writer.writeUsers(batch.users, at: at)
        try writer.writeCreditors(batch.creditors)
        let chunk = 1000
        let chunks = stride(from: 0, to: batch.caseCount, by: chunk).map { $0..<min($0 + chunk, batch.caseCount) }
        var ready = chunks.first.map { range in range.map { batch.makeCase(index: $0) } } ?? []
        for (number, range) in chunks.enumerated() {
            let ahead = ChunkAhead()
            let group = DispatchGroup()
            if number + 1 < chunks.count {
                let nextRange = chunks[number + 1]
                DispatchQueue.global().async(group: group) { ahead.store(nextRange.map { batch.makeCase(index: $0) }) }
            }
            for newCase in ready { try writer.write(newCase) }
            progress(range.upperBound)
            group.wait()
            ready = ahead.take()
        }
        progress(batch.caseCount)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO repository_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """)
        try upsert.execute(arguments: ["kind", kind])
        try EscalationSchema.backfillReviewReasons(db)
        for lawyer in batch.lawyers {
            try db.execute(
                sql: "INSERT OR IGNORE INTO lawyer (name, firm, country, email, phone) VALUES (?, ?, ?, ?, ?)",
                arguments: [lawyer.name, lawyer.firm, lawyer.country, lawyer.email, lawyer.phone])
        }
        if let agency = batch.agency {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try upsert.execute(arguments: ["agency", String(decoding: try encoder.encode(agency), as: UTF8.self)])
        }
        for (key, value) in info.sorted(by: { $0.key < $1.key }) {
            try upsert.execute(arguments: [key, value])
        }
    }
}

extension SQLiteRepository {
    /// Writes a whole batch into this repository in one transaction (all or nothing).
    /// `progress` is called with the number of cases written so far.
    public func writePortfolio(
        _ batch: some PortfolioBatch & Sendable, kind: String, info: [String: String], at: Date,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws {
        try write { db in
            try PortfolioWriter.writeAll(batch, into: db, kind: kind, info: info, at: at, progress: progress)
        }
    }
}

/// The next chunk of cases, made on another thread.
private final class ChunkAhead: @unchecked Sendable {
    private var cases: [NewCase] = []
    private let lock = NSLock()

    func store(_ made: [NewCase]) {
        lock.lock()
        cases = made
        lock.unlock()
    }

    func take() -> [NewCase] {
        lock.lock()
        defer { lock.unlock() }
        return cases
    }
}
