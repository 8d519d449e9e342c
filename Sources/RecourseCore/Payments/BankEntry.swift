/// One credit read from a bank statement or a payments file, before it is matched to a case.
public struct BankEntry: Hashable, Sendable {
    /// A key unique within its file: the entry or account servicer reference, else its position.
    public let entryId: String
    /// Booking or value date.
    public let bookedOn: LocalDate
    /// Amount received (positive).
    public let amount: Money
    /// The payer's name as the bank gives it.
    public let payer: String?
    /// The structured creditor reference (an ISO 11649 `RF` reference when the payer quoted one).
    public let reference: String?
    /// Free remittance text.
    public let remittance: String?

    /// An entry.
    public init(entryId: String, bookedOn: LocalDate, amount: Money, payer: String?, reference: String?, remittance: String?) {
        self.entryId = entryId
        self.bookedOn = bookedOn
        self.amount = amount
        self.payer = payer
        self.reference = reference
        self.remittance = remittance
    }
}

/// How an imported payment was matched to its case.
public enum MatchMethod: String, Sendable, Codable, CaseIterable {
    /// The ISO 11649 `RF` reference derived from the case reference.
    case creditorReference = "rf"
    /// The case reference found in the remittance text.
    case caseReference = "case-reference"
    /// An invoice number of the case found in the remittance text.
    case invoice
    /// Exactly the case's outstanding amount, from a payer named like the debtor.
    case amountAndName = "amount-and-name"
    /// Assigned by a supervisor from the unmatched payments.
    case manual

    /// A short label for lists.
    public var label: String {
        switch self {
        case .creditorReference: "RF reference"
        case .caseReference: "case reference"
        case .invoice: "invoice number"
        case .amountAndName: "amount and name"
        case .manual: "assigned"
        }
    }
}

/// Where an unmatched payment stands.
public enum UnmatchedStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for a supervisor.
    case open
    /// Assigned to a case and recorded there.
    case assigned
    /// Not for us (returned to the payer or booked elsewhere).
    case notOurs = "not-ours"
}

/// A payment no rule could match, kept for a supervisor to assign or set aside.
public struct UnmatchedPayment: Hashable, Sendable, Identifiable {
    /// Its number.
    public let id: Int64
    /// Booking date.
    public let receivedOn: LocalDate
    /// Amount.
    public let amount: Money
    /// Payer's name.
    public let payer: String?
    /// Structured reference.
    public let reference: String?
    /// Remittance text.
    public let remittance: String?
    /// Why no rule matched.
    public let why: String
    /// Where it stands.
    public let status: UnmatchedStatus
    /// Who decided it, when decided.
    public let decidedBy: String?
    /// The case it was assigned to, or the reason it is not ours.
    public let decision: String?

    /// An unmatched payment.
    public init(
        id: Int64, receivedOn: LocalDate, amount: Money, payer: String?, reference: String?, remittance: String?, why: String,
        status: UnmatchedStatus, decidedBy: String?, decision: String?
    ) {
        self.id = id
        self.receivedOn = receivedOn
        self.amount = amount
        self.payer = payer
        self.reference = reference
        self.remittance = remittance
        self.why = why
        self.status = status
        self.decidedBy = decidedBy
        self.decision = decision
    }
}
