import Foundation
import GRDB
import RecourseCore

/// A validated placement file and who places it for which creditor, as of when.
public struct PlacementRequest: Sendable {
    /// The validated rows.
    public let file: PlacementFile
    /// SHA-256 of the file's bytes, hex.
    public let sha256: String
    /// The creditor's name.
    public let creditorName: String
    /// The creditor's country; required when the creditor is new.
    public let creditorCountry: Country?
    /// The importing user's id.
    public let actorId: Int64
    /// Placement day: new cases are placed on it and get a call due on it.
    public let today: LocalDate
    /// The instant recorded on the import and its notes.
    public let at: Date
    /// Work out everything, store nothing.
    public let dryRun: Bool

    /// A request.
    public init(
        file: PlacementFile, sha256: String, creditorName: String, creditorCountry: Country?, actorId: Int64,
        today: LocalDate, at: Date, dryRun: Bool
    ) {
        self.file = file
        self.sha256 = sha256
        self.creditorName = creditorName
        self.creditorCountry = creditorCountry
        self.actorId = actorId
        self.today = today
        self.at = at
        self.dryRun = dryRun
    }
}

extension SQLiteRepository {
    /// Imports a validated placement file in one transaction (rolled back for a dry run), so the
    /// summary of a dry run is exactly what the import would do. `progress` gets rows done and the total.
    public func importPlacements(_ request: PlacementRequest, progress: (Int, Int) -> Void = { _, _ in }) throws -> PlacementSummary {
        do {
            return try pool.writeWithoutTransaction { db in
                var summary: PlacementSummary?
                try db.inTransaction(.immediate) {
                    var importer = PlacementImporter(db: db, request: request)
                    summary = try importer.run(progress: progress)
                    return request.dryRun ? .rollback : .commit
                }
                guard let summary else { throw RepositoryError.sqlite(path: path, detail: "the import produced no summary") }
                return summary
            }
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }
}

/// Matches rows to debtors and cases and writes the new claims, through cached statements.
struct PlacementImporter {
    private let db: Database
    private let request: PlacementRequest
    private var summary: PlacementSummary
    private var creditorId: Int64 = 0
    private var stored: [String: Money] = [:]
    private var inFile: [String: (line: Int, amount: Money)] = [:]
    private var debtors = DebtorMatcher()
    private var caseOfDebtor: [Int64: Int64] = [:]
    private var touched: [Int64: CaseTouch] = [:]
    private var touchOrder: [Int64] = []
    private var matchedDebtors: Set<Int64> = []
    private var nextCaseNumber = 1

    /// What the import adds to one case.
    struct CaseTouch {
        var isNew: Bool
        var claims = 0
        var outstanding: [String: Int64] = [:]
        var oldestDue: LocalDate?
    }

    init(db: Database, request: PlacementRequest) {
        self.db = db
        self.request = request
        self.summary = PlacementSummary(
            file: request.file.name, sha256: request.sha256, rows: request.file.rowCount, creditor: request.creditorName,
            dryRun: request.dryRun)
    }

    mutating func run(progress: (Int, Int) -> Void) throws -> PlacementSummary {
        summary.sameContentImportedAt = try String.fetchOne(
            db, sql: "SELECT imported_at FROM import_batch WHERE sha256 = ? ORDER BY id LIMIT 1", arguments: [request.sha256])
        try resolveCreditor()
        try loadStoredClaims()
        nextCaseNumber = (try Int.fetchOne(db, sql: """
            SELECT max(CAST(substr(reference, 4) AS INTEGER)) FROM collection_case WHERE reference GLOB 'RC-[0-9]*'
            """) ?? 0) + 1
        for (index, row) in request.file.rows.enumerated() {
            try place(row)
            if index % 1000 == 999 { progress(index + 1, request.file.rows.count) }
        }
        try finishCases()
        summary.debtorsNew = debtors.created
        summary.debtorsMatched = matchedDebtors.count
        try recordBatch()
        progress(request.file.rows.count, request.file.rows.count)
        return summary
    }

    private mutating func resolveCreditor() throws {
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, name FROM creditor WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1",
            arguments: [request.creditorName, request.creditorName]) {
            creditorId = row[0]
            summary.creditor = row[1]
            return
        }
        guard let country = request.creditorCountry else {
            throw RecourseError.invalid(ValidationError(
                field: "--creditor-country",
                message: "creditor '\(request.creditorName)' is new; give its country with --creditor-country (e.g. DE)"))
        }
        try db.execute(sql: "INSERT INTO creditor (name, country) VALUES (?, ?)", arguments: [request.creditorName, country.code])
        creditorId = db.lastInsertedRowID
        summary.creditorCreated = true
    }

    private mutating func loadStoredClaims() throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT cl.invoice_number, cl.currency, cl.amount_minor FROM claim cl
            JOIN collection_case c ON c.id = cl.case_id WHERE c.creditor_id = ?
            """, arguments: [creditorId])
        while let row = try rows.next() {
            let currency = try Currency(code: row[1])
            stored[row[0]] = Money(minorUnits: row[2], currency: currency)
        }
    }

    private mutating func place(_ row: PlacementRow) throws {
        let invoice = row.claim.invoiceNumber
        let amount = row.claim.amount
        if let earlier = inFile[invoice] {
            summary.duplicates += 1
            if earlier.amount != amount {
                summary.changedAmounts.append(
                    "invoice \(invoice): amount on line \(row.line) \(Self.show(amount)) differs from line \(earlier.line) "
                        + "\(Self.show(earlier.amount)); the first was kept")
            }
            return
        }
        inFile[invoice] = (row.line, amount)
        if let existing = stored[invoice] {
            summary.duplicates += 1
            if existing != amount {
                summary.changedAmounts.append(
                    "invoice \(invoice): amount in file \(Self.show(amount)) differs from stored \(Self.show(existing)); not changed")
            }
            return
        }
        let debtor = try debtors.match(row, db: db)
        if !debtor.isNew { matchedDebtors.insert(debtor.id) }
        let caseId = try caseFor(debtorId: debtor.id, isNewDebtor: debtor.isNew)
        try db.cachedStatement(sql: """
            INSERT INTO claim (case_id, invoice_number, issued_on, due_on, currency, amount_minor, outstanding_minor, disputed,
              payment_reference) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
            """).execute(arguments: [
                caseId, invoice, row.claim.issuedOn.description, row.claim.dueOn.description, amount.currency.code,
                amount.minorUnits, amount.minorUnits, row.paymentReference?.electronic,
            ])
        summary.claimsNew += 1
        var touch = touched[caseId] ?? CaseTouch(isNew: false)
        touch.claims += 1
        touch.outstanding[amount.currency.code, default: 0] += amount.minorUnits
        if touch.oldestDue.map({ row.claim.dueOn < $0 }) ?? true { touch.oldestDue = row.claim.dueOn }
        touched[caseId] = touch
    }

    private mutating func caseFor(debtorId: Int64, isNewDebtor: Bool) throws -> Int64 {
        if let known = caseOfDebtor[debtorId] { return known }
        if !isNewDebtor, let open = try Int64.fetchOne(
            db.cachedStatement(sql: """
                SELECT id FROM collection_case WHERE creditor_id = ? AND debtor_id = ? AND stage <> 'closed' ORDER BY id LIMIT 1
                """), arguments: [creditorId, debtorId]) {
            caseOfDebtor[debtorId] = open
            touched[open] = CaseTouch(isNew: false)
            touchOrder.append(open)
            summary.casesExtended += 1
            return open
        }
        let reference = CollectionCase.reference(forNumber: nextCaseNumber)
        nextCaseNumber += 1
        let today = request.today.description
        try db.cachedStatement(sql: """
            INSERT INTO collection_case (reference, creditor_id, debtor_id, stage, assignee_id, placed_on, next_action, next_action_on)
            VALUES (?, ?, ?, 'new', NULL, ?, ?, ?)
            """).execute(arguments: [reference, creditorId, debtorId, today, NextAction.call.code, today])
        let id = db.lastInsertedRowID
        caseOfDebtor[debtorId] = id
        touched[id] = CaseTouch(isNew: true)
        touchOrder.append(id)
        summary.casesNew += 1
        summary.newCaseReferences.append(reference)
        return id
    }

    /// Balances, oldest open due date and a history note for every case that got claims.
    private func finishCases() throws {
        let balance = try db.cachedStatement(sql: """
            INSERT INTO case_balance (case_id, currency, outstanding_minor) VALUES (?, ?, ?)
            ON CONFLICT(case_id, currency) DO UPDATE SET outstanding_minor = outstanding_minor + excluded.outstanding_minor
            """)
        let oldest = try db.cachedStatement(sql: """
            UPDATE collection_case SET oldest_open_due = CASE WHEN oldest_open_due IS NULL OR oldest_open_due > ?1 THEN ?1
              ELSE oldest_open_due END WHERE id = ?2
            """)
        let note = try db.cachedStatement(sql: """
            INSERT INTO activity (case_id, kind, actor_id, occurred_at, note) VALUES (?, 'note', ?, ?, ?)
            """)
        let at = Timestamp.utcString(request.at)
        for caseId in touchOrder {
            guard let touch = touched[caseId] else { continue }
            for (currency, minor) in touch.outstanding.sorted(by: { $0.key < $1.key }) {
                try balance.execute(arguments: [caseId, currency, minor])
            }
            if let due = touch.oldestDue { try oldest.execute(arguments: [due.description, caseId]) }
            let invoices = touch.claims == 1 ? "1 invoice" : "\(touch.claims) invoices"
            let verb = touch.isNew ? "Placed" : "Added to the case"
            try note.execute(arguments: [caseId, request.actorId, at, "\(verb): \(invoices) from \(request.file.name)"])
        }
    }

    private func recordBatch() throws {
        try db.execute(sql: """
            INSERT INTO import_batch (kind, file_name, sha256, creditor_id, actor_id, imported_at, rows, debtors_new, cases_new,
              cases_extended, claims_new, duplicates, changed) VALUES ('placements', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                request.file.name, request.sha256, creditorId, request.actorId, Timestamp.utcString(request.at),
                summary.rows, summary.debtorsNew, summary.casesNew, summary.casesExtended, summary.claimsNew,
                summary.duplicates, summary.changedAmounts.count,
            ])
    }

    static func show(_ amount: Money) -> String {
        MoneyFormatter(conventions: .pointDecimal).string(amount)
    }
}
