/// One overdue invoice placed for collection.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// The creditor's invoice number.
    public var invoiceNumber: String
    /// Invoice date.
    public var issuedOn: LocalDate
    /// Payment due date; interest and days overdue count from the day after.
    public var dueOn: LocalDate
    /// The invoiced amount.
    public var amount: Money
    /// What is still unpaid (between zero and `amount`).
    public var outstanding: Money
    /// Set while the debtor disputes this invoice.
    public var disputed: Bool

    /// A claim.
    public init(id: Int64, invoiceNumber: String, issuedOn: LocalDate, dueOn: LocalDate, amount: Money, outstanding: Money, disputed: Bool) {
        self.id = id
        self.invoiceNumber = invoiceNumber
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.amount = amount
        self.outstanding = outstanding
        self.disputed = disputed
    }

    /// True while something is unpaid.
    public var isOpen: Bool { outstanding.isPositive }

    /// Days past the due date as of a day (zero when not yet due or paid).
    public func daysOverdue(asOf day: LocalDate) -> Int {
        isOpen ? max(0, dueOn.days(until: day)) : 0
    }
}

/// What a case's claims add up to.
public struct CaseBalance: Hashable, Sendable {
    /// Unpaid amounts, one per currency.
    public let outstanding: MoneyBag
    /// Invoiced amounts, one per currency.
    public let invoiced: MoneyBag
    /// Due date of the oldest claim still open, nil when all are paid.
    public let oldestOpenDue: LocalDate?

    /// Adds up the claims.
    public init(claims: [Claim]) {
        var outstanding = MoneyBag()
        var invoiced = MoneyBag()
        var oldest: LocalDate?
        for claim in claims {
            outstanding.add(claim.outstanding)
            invoiced.add(claim.amount)
            if claim.isOpen, oldest.map({ claim.dueOn < $0 }) ?? true { oldest = claim.dueOn }
        }
        self.outstanding = outstanding
        self.invoiced = invoiced
        self.oldestOpenDue = oldest
    }

    /// Days past due of the oldest open claim as of a day.
    public func daysPastDue(asOf day: LocalDate) -> Int {
        oldestOpenDue.map { max(0, $0.days(until: day)) } ?? 0
    }
}
