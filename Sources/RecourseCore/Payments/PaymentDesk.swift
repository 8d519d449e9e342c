import Foundation

/// What happened to one entry of an import.
public enum ImportedEntryOutcome: Hashable, Sendable {
    /// Recorded on a case.
    case recorded(reference: String, method: MatchMethod, outcome: PaymentOutcome)
    /// Kept in the unmatched payments (number, why).
    case unmatched(id: Int64?, why: String)
    /// Already imported from this file before; nothing changed.
    case alreadyImported
}

/// One line of an import report.
public struct ImportedEntry: Hashable, Sendable {
    /// The entry as read.
    public let entry: BankEntry
    /// What became of it.
    public let outcome: ImportedEntryOutcome

    /// A report line.
    public init(entry: BankEntry, outcome: ImportedEntryOutcome) {
        self.entry = entry
        self.outcome = outcome
    }
}

/// The payments of one file to import, with who imports them.
public struct PaymentImportBatch: Sendable {
    /// SHA-256 of the file's bytes: with the entry ids, what makes a second import change nothing.
    public let fileDigest: String
    /// The credit entries.
    public let entries: [BankEntry]
    /// Who imports.
    public let actor: User
    /// When.
    public let at: Date
    /// Promise grace period (days).
    public let graceDays: Int

    /// A batch.
    public init(fileDigest: String, entries: [BankEntry], actor: User, at: Date, graceDays: Int) {
        self.fileDigest = fileDigest
        self.entries = entries
        self.actor = actor
        self.at = at
        self.graceDays = graceDays
    }
}

/// An open case found by a reference or debtor name, for assigning a payment by hand.
public struct CaseSearchHit: Hashable, Sendable {
    /// Case reference.
    public let reference: String
    /// Debtor name.
    public let debtorName: String
    /// Outstanding, per currency.
    public let outstanding: [Money]

    /// A hit.
    public init(reference: String, debtorName: String, outstanding: [Money]) {
        self.reference = reference
        self.debtorName = debtorName
        self.outstanding = outstanding
    }
}

/// The repository side of payment imports and the unmatched payments list.
public protocol PaymentImportStoring: Sendable {
    /// The fingerprint an imported file is remembered by (SHA-256, 64 hex digits).
    func fingerprint(of data: [UInt8]) -> String
    /// Matches and records every entry not imported before, in one transaction (rolled back when `dryRun`).
    func importPayments(_ batch: PaymentImportBatch, dryRun: Bool) throws -> [ImportedEntry]
    /// Unmatched payments: the open ones, or all.
    func unmatchedPayments(includeDecided: Bool) throws -> [UnmatchedPayment]
    /// Records an open unmatched payment on an open case and marks it assigned.
    func assignUnmatched(id: Int64, caseReference: String, actor: User, at: Date, graceDays: Int) throws -> PaymentOutcome
    /// Marks an open unmatched payment as not ours, with the reason.
    func markNotOurs(id: Int64, reason: String, actor: User, at: Date) throws
    /// Open cases whose reference or debtor name contains `text`, at most `limit`.
    func searchOpenCases(_ text: String, limit: Int) throws -> [CaseSearchHit]
}

/// The payments use cases: importing a CSV or camt.053 file, and deciding unmatched payments (supervisors).
public struct PaymentDesk: Sendable {
    private let store: any PaymentImportStoring
    private let clock: any Clock
    private let session: Session
    private let policy: CallPolicy

    /// A desk over a repository for a session.
    public init(store: any PaymentImportStoring, clock: any Clock, session: Session, policy: CallPolicy) {
        self.store = store
        self.clock = clock
        self.session = session
        self.policy = policy
    }

    /// Reads and imports a payments file (supervisors and admins). With `dryRun` nothing is kept.
    public func importFile(
        _ data: [UInt8], format: PaymentFileFormat? = nil, conventions: NumberConventions, dryRun: Bool
    ) throws -> [ImportedEntry] {
        try requireSupervisor("import payments")
        let entries: [BankEntry]
        do {
            switch format ?? PaymentFileFormat.sniff(data) {
            case .csv: entries = try PaymentCSVReader(conventions: conventions).read(data)
            case .camt053: entries = try Camt053Reader().read(data)
            }
        } catch {
            throw RecourseError.invalid(ValidationError(field: "file", message: error.description))
        }
        let batch = PaymentImportBatch(
            fileDigest: store.fingerprint(of: data), entries: entries, actor: session.user, at: clock.now, graceDays: policy.promiseGraceDays)
        return try store.importPayments(batch, dryRun: dryRun)
    }

    /// Open unmatched payments (or all with `includeDecided`).
    public func unmatched(includeDecided: Bool = false) throws -> [UnmatchedPayment] {
        try store.unmatchedPayments(includeDecided: includeDecided)
    }

    /// Assigns an unmatched payment to a case: recorded there with the usual rules (supervisors).
    public func assign(id: Int64, caseReference: String) throws -> PaymentOutcome {
        try requireSupervisor("assign payments")
        let reference = caseReference.trimmingWhitespace().uppercased()
        guard !reference.isEmpty else { throw RecourseError.invalid(ValidationError(field: "case", message: "name the case")) }
        return try store.assignUnmatched(id: id, caseReference: reference, actor: session.user, at: clock.now, graceDays: policy.promiseGraceDays)
    }

    /// Marks an unmatched payment as not ours (supervisors); the reason is required.
    public func markNotOurs(id: Int64, reason: String) throws {
        try requireSupervisor("set payments aside")
        let text = reason.trimmingWhitespace()
        guard !text.isEmpty else { throw RecourseError.invalid(ValidationError(field: "reason", message: "say why the payment is not ours")) }
        try store.markNotOurs(id: id, reason: text, actor: session.user, at: clock.now)
    }

    /// Open cases matching a reference or debtor name, for the assign dialog.
    public func searchCases(_ text: String, limit: Int = 10) throws -> [CaseSearchHit] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        return try store.searchOpenCases(query, limit: limit)
    }

    private func requireSupervisor(_ what: String) throws {
        guard session.user.role.canSupervise else {
            throw RecourseError.notPermitted("only a supervisor can \(what); you are a \(session.user.role.rawValue)")
        }
    }
}
