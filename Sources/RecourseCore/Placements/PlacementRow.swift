/// One validated invoice of a placement file, with its debtor's details.
public struct PlacementRow: Hashable, Sendable {
    /// The 1-based line where the row starts in the file.
    public let line: Int
    /// The debtor as the file describes it (`id` 0; contacts carry id 0).
    public let debtor: Debtor
    /// The invoice.
    public let claim: NewClaim
    /// The debtor's IBAN, when the file has one.
    public let iban: IBAN?
    /// The ISO 11649 payment reference, when the file has one.
    public let paymentReference: CreditorReference?

    /// A row.
    public init(line: Int, debtor: Debtor, claim: NewClaim, iban: IBAN?, paymentReference: CreditorReference?) {
        self.line = line
        self.debtor = debtor
        self.claim = claim
        self.iban = iban
        self.paymentReference = paymentReference
    }
}

/// A problem with one cell (or the header) of a placement file.
public struct PlacementIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file name as given.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column (field number).
    public let column: Int
    /// The column's header, or `header` for problems with the header row.
    public let header: String
    /// What is wrong.
    public let message: String

    /// An issue.
    public init(file: String, line: Int, column: Int, header: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.header = header
        self.message = message
    }

    /// `file:line:column (header): message`.
    public var description: String { "\(file):\(line):\(column) (\(header)): \(message)" }
}

/// A placement file refused as a whole, with every problem found.
public struct PlacementRejected: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every problem, in file order.
    public let issues: [PlacementIssue]

    /// A refusal.
    public init(issues: [PlacementIssue]) {
        self.issues = issues
    }

    /// One line per problem, then a count; nothing was stored.
    public var description: String {
        let count = issues.count == 1 ? "1 error" : "\(issues.count) errors"
        return "placement file refused, nothing was stored (\(count)):\n"
            + issues.map { "  " + $0.description }.joined(separator: "\n")
    }
}

/// A placement file read and validated: every row good.
public struct PlacementFile: Sendable {
    /// The file name as given.
    public let name: String
    /// Number of data rows (the header not counted).
    public let rowCount: Int
    /// The rows, in file order.
    public let rows: [PlacementRow]
    /// Which column each field came from (header text), for the summary.
    public let columns: [PlacementField: String]

    /// A validated file.
    public init(name: String, rowCount: Int, rows: [PlacementRow], columns: [PlacementField: String]) {
        self.name = name
        self.rowCount = rowCount
        self.rows = rows
        self.columns = columns
    }
}
