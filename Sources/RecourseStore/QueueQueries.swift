import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: QueueReading {
    /// Every open case as a queue candidate.
    ///
    /// Sequential scans merged by case id — cases with their debtors, balances, active promises
    /// with payments — read through SQLite's C API: this is the query behind every queue refresh,
    /// so it must stay fast at 100,000 cases.
    public func queueCandidates(assignee: String?, asOf: LocalDate) throws -> [QueueCandidate] {
        let path = self.path
        if assignee != nil {
            return try read { db in try Self.scanCandidates(db, assignee: assignee, cases: nil, asOf: asOf, path: path) }
        }
        // The whole book: two halves by case id, read at once on two reader connections.
        let highest = try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM collection_case") } ?? 0
        let middle = highest / 2
        let halves: [ClosedRange<Int64>] = [Int64.min...middle, (middle + 1)...Int64.max]
        let results = ScanResults(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { index in
            results.store(index, Result { try self.read { db in
                try Self.scanCandidates(db, assignee: nil, cases: halves[index], asOf: asOf, path: path)
            } })
        }
        return try results.joined()
    }

    /// One open case as a queue candidate (nil when closed or gone), to re-rank after a change.
    public func queueCandidate(caseId: Int64, asOf: LocalDate) throws -> QueueCandidate? {
        let path = self.path
        return try read { db in try Self.scanCandidates(db, assignee: nil, cases: caseId...caseId, asOf: asOf, path: path).first }
    }

    private static func scanCandidates(
        _ db: Database, assignee: String?, cases: ClosedRange<Int64>?, asOf: LocalDate, path: String
    ) throws -> [QueueCandidate] {
        var names = QueueNameTables()
        try names.load(db, path: path)
        var balances = try BalanceScan(db, cases: cases, path: path)
        var promises = try PromiseScan(db, cases: cases, asOf: asOf, path: path)
        var filter = ""
        var arguments = StatementArguments()
        if let assignee {
            filter = " AND c.assignee_id = (SELECT id FROM user WHERE login = ?)"
            arguments += [assignee]
        }
        if let cases {
            filter += " AND c.id BETWEEN ? AND ?"
            arguments += [cases.lowerBound, cases.upperBound]
        }
        let rows = try RawRows(db, sql: """
            SELECT c.id, c.reference, d.name, d.country, d.time_zone, c.creditor_id, c.stage, c.assignee_id,
                   c.oldest_open_due, c.next_action, c.next_action_on, c.callback_at, c.hold_until,
                   c.disputed, c.review_requested, c.last_call_at
            FROM collection_case c \(assignee == nil ? "NOT INDEXED" : "")
            JOIN debtor d ON d.id = c.debtor_id
            WHERE c.stage <> 'closed'\(filter)
            ORDER BY c.id
            """, arguments: arguments, path: path)
        var candidates: [QueueCandidate] = []
        while try rows.step() {
            let caseId = rows.int64(0)
            candidates.append(QueueCandidate(
                caseId: caseId, reference: rows.text(1), debtorName: rows.text(2),
                debtorCountry: names.intern(rows, 3), debtorTimeZone: names.intern(rows, 4),
                creditorName: names.creditors[rows.int64(5)] ?? "", stage: try names.stage(rows, 6),
                assignee: rows.isNull(7) ? nil : names.logins[rows.int64(7)],
                outstanding: try balances.amounts(for: caseId),
                oldestOpenDue: try rows.date(8, name: "collection_case.oldest_open_due"),
                nextAction: rows.isNull(9) ? nil : names.action(rows, 9),
                nextActionOn: try rows.date(10, name: "collection_case.next_action_on"),
                callbackAt: try rows.instant(11, name: "collection_case.callback_at"),
                holdUntil: try rows.date(12, name: "collection_case.hold_until"),
                disputed: rows.bool(13), reviewRequested: rows.bool(14),
                promise: try promises.progress(for: caseId),
                lastCallAt: try rows.instant(15, name: "collection_case.last_call_at")))
        }
        return candidates
    }
}

/// The small lookup tables of a queue scan, and interned copies of short repeated texts.
private struct QueueNameTables {
    var logins: [Int64: String] = [:]
    var creditors: [Int64: String] = [:]
    private var interned: [UInt64: [(bytes: [UInt8], text: String)]] = [:]
    private var actions: [String: NextAction] = [:]

    mutating func load(_ db: Database, path: String) throws {
        let users = try RawRows(db, sql: "SELECT id, login FROM user", path: path)
        while try users.step() { logins[users.int64(0)] = users.text(1) }
        let names = try RawRows(db, sql: "SELECT id, name FROM creditor", path: path)
        while try names.step() { creditors[names.int64(0)] = names.text(1) }
    }

    /// One shared String per distinct value of a low-cardinality column (countries, time zones,
    /// stages): found by a hash of the bytes, so most rows allocate nothing.
    mutating func intern(_ rows: RawRows, _ column: Int32) -> String {
        rows.withBytes(column) { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            if let bucket = interned[hash], let known = bucket.first(where: { $0.bytes.elementsEqual(bytes) }) {
                return known.text
            }
            let text = String(decoding: bytes, as: UTF8.self)
            interned[hash, default: []].append((Array(bytes), text))
            return text
        }
    }

    mutating func stage(_ rows: RawRows, _ column: Int32) throws -> Stage {
        let text = intern(rows, column)
        guard let stage = Stage(rawValue: text) else {
            throw ValidationError(field: "collection_case.stage", message: "unknown stage '\(text)'")
        }
        return stage
    }

    mutating func action(_ rows: RawRows, _ column: Int32) -> NextAction? {
        let code = intern(rows, column)
        if let known = actions[code] { return known }
        let action = NextAction(code: code)
        actions[code] = action
        return action
    }
}

/// Walks `case_balance` in case order alongside the cases.
private struct BalanceScan {
    private let rows: RawRows
    private var pending: (caseId: Int64, amount: Money)?
    private var currencies = CurrencyCache()

    init(_ db: Database, cases: ClosedRange<Int64>?, path: String) throws {
        rows = try RawRows(db, sql: """
            SELECT case_id, currency, outstanding_minor FROM case_balance
            WHERE outstanding_minor > 0\(cases == nil ? "" : " AND case_id BETWEEN ? AND ?") ORDER BY case_id, currency
            """, arguments: cases.map { [$0.lowerBound, $0.upperBound] } ?? [], path: path)
        pending = try next()
    }

    private mutating func next() throws -> (Int64, Money)? {
        guard try rows.step() else { return nil }
        return (rows.int64(0), Money(minorUnits: rows.int64(2), currency: try currencies.currency(rows, 1)))
    }

    /// The balances of `caseId`; case ids must be asked for in increasing order.
    mutating func amounts(for caseId: Int64) throws -> [Money] {
        var amounts: [Money] = []
        while let current = pending, current.caseId <= caseId {
            if current.caseId == caseId { amounts.append(current.amount) }
            pending = try next()
        }
        return amounts
    }
}

/// Walks the active promises and the payments in case order, counting what was paid towards
/// each promise as of a day — `PromiseLedger`'s rule, applied while merging two sorted scans.
private struct PromiseScan {
    private let promises: RawRows
    private let payments: RawRows
    private let asOf: LocalDate
    private var pendingPromise: (caseId: Int64, promise: Promise)?
    private var pendingPayment: (caseId: Int64, payment: Payment)?
    private var currencies = CurrencyCache()

    init(_ db: Database, cases: ClosedRange<Int64>?, asOf: LocalDate, path: String) throws {
        self.asOf = asOf
        let only = cases == nil ? "" : " AND case_id BETWEEN ? AND ?"
        let arguments: StatementArguments = cases.map { [$0.lowerBound, $0.upperBound] } ?? []
        promises = try RawRows(db, sql: """
            SELECT case_id, id, currency, amount_minor, made_on, due_on, grace_days
            FROM promise INDEXED BY promise_one_active_per_case WHERE active = 1\(only) ORDER BY case_id
            """, arguments: arguments, path: path)
        payments = try RawRows(db, sql: """
            SELECT case_id, id, received_on, currency, amount_minor FROM payment WHERE 1\(only) ORDER BY case_id, received_on
            """, arguments: arguments, path: path)
        pendingPromise = try nextPromise()
        pendingPayment = try nextPayment()
    }

    private mutating func nextPromise() throws -> (Int64, Promise)? {
        guard try promises.step() else { return nil }
        guard let madeOn = try promises.date(4, name: "promise.made_on"), let dueOn = try promises.date(5, name: "promise.due_on") else {
            throw ValidationError(field: "promise", message: "promise \(promises.int64(1)) has no dates")
        }
        return (promises.int64(0), Promise(
            id: promises.int64(1), amount: Money(minorUnits: promises.int64(3), currency: try currencies.currency(promises, 2)),
            madeOn: madeOn, dueOn: dueOn, graceDays: Int(promises.int64(6)), active: true))
    }

    private mutating func nextPayment() throws -> (Int64, Payment)? {
        guard try payments.step() else { return nil }
        guard let receivedOn = try payments.date(2, name: "payment.received_on") else {
            throw ValidationError(field: "payment", message: "payment \(payments.int64(1)) has no date")
        }
        return (payments.int64(0), Payment(
            id: payments.int64(1), receivedOn: receivedOn,
            amount: Money(minorUnits: payments.int64(4), currency: try currencies.currency(payments, 3)), reference: nil))
    }

    /// The active promise of `caseId`, if any; case ids must be asked for in increasing order.
    mutating func progress(for caseId: Int64) throws -> PromiseProgress? {
        var found: Promise?
        while let current = pendingPromise, current.caseId <= caseId {
            if current.caseId == caseId { found = current.promise }
            pendingPromise = try nextPromise()
        }
        var payments: [Payment] = []
        while let current = pendingPayment, current.caseId <= caseId {
            if current.caseId == caseId && found != nil { payments.append(current.payment) }
            pendingPayment = try nextPayment()
        }
        guard let found else { return nil }
        return PromiseProgress(promise: found, paid: PromiseLedger.paid(towards: found, payments: payments, asOf: asOf))
    }
}

/// Currencies by their stored code, looked up once each.
private struct CurrencyCache {
    private var known: [String: Currency] = [:]

    mutating func currency(_ rows: RawRows, _ column: Int32) throws -> Currency {
        let code = rows.text(column)
        if let currency = known[code] { return currency }
        let currency = try Currency(code: code)
        known[code] = currency
        return currency
    }
}

/// Results of parallel scans, collected under a lock and joined in order.
private final class ScanResults: @unchecked Sendable {
    private var results: [Result<[QueueCandidate], any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<[QueueCandidate], any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    /// Every part in order, or the first failure.
    func joined() throws -> [QueueCandidate] {
        lock.lock()
        defer { lock.unlock() }
        var all: [QueueCandidate] = []
        for result in results {
            guard let result else { continue }
            all += try result.get()
        }
        return all
    }
}
