/// What a placement import did (or, in a dry run, would do).
public struct PlacementSummary: Hashable, Sendable, Codable {
    /// The file name as given.
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String
    /// Data rows in the file.
    public var rows: Int
    /// The creditor's name.
    public var creditor: String
    /// True when the creditor was (or would be) created.
    public var creditorCreated: Bool
    /// Debtors created.
    public var debtorsNew: Int
    /// Debtors found in the repository (by registration id, VAT id, or name and country).
    public var debtorsMatched: Int
    /// Cases opened; they start in stage `new`, unassigned, with a call due today.
    public var casesNew: Int
    /// Open cases of the creditor that received new claims.
    public var casesExtended: Int
    /// Claims added.
    public var claimsNew: Int
    /// Rows skipped because the creditor's invoice is already a claim (or came earlier in the file).
    public var duplicates: Int
    /// Invoices whose amount in the file differs from the stored one; reported, not changed.
    public var changedAmounts: [String]
    /// References of the new cases, in order.
    public var newCaseReferences: [String]
    /// True for `--dry-run`: nothing was stored.
    public var dryRun: Bool
    /// When the same file content was imported before, the time of that import.
    public var sameContentImportedAt: String?

    /// An empty summary for a file.
    public init(file: String, sha256: String, rows: Int, creditor: String, dryRun: Bool) {
        self.file = file
        self.sha256 = sha256
        self.rows = rows
        self.creditor = creditor
        self.creditorCreated = false
        self.debtorsNew = 0
        self.debtorsMatched = 0
        self.casesNew = 0
        self.casesExtended = 0
        self.claimsNew = 0
        self.duplicates = 0
        self.changedAmounts = []
        self.newCaseReferences = []
        self.dryRun = dryRun
        self.sameContentImportedAt = nil
    }
}
