/// One stretch of days with a single rate and a single principal, and the interest it earned.
public struct InterestPeriod: Hashable, Sendable, Codable {
    /// The first day interest runs in this period.
    public let from: LocalDate
    /// The last day, inclusive.
    public let through: LocalDate
    /// Days in the period, both ends included.
    public let days: Int
    /// The statutory rate (reference rate plus margin) in basis points per year.
    public let rateBasisPoints: Int
    /// The amount interest runs on (for NL including interest capitalised at past anniversaries).
    public let principal: Money
    /// principal × rate × days / 365, rounded half-up to the currency's minor unit.
    public let interest: Money

    /// A period.
    public init(from: LocalDate, through: LocalDate, days: Int, rateBasisPoints: Int, principal: Money, interest: Money) {
        self.from = from
        self.through = through
        self.days = days
        self.rateBasisPoints = rateBasisPoints
        self.principal = principal
        self.interest = interest
    }
}

/// Statutory interest and fixed compensation on one claim through a day.
public struct ClaimInterest: Hashable, Sendable, Codable {
    /// What the claim is called in output and messages (the invoice number).
    public let label: String
    /// The principal before any payment.
    public let principal: Money
    /// The due date; interest runs from the day after.
    public let dueOn: LocalDate
    /// The law applied.
    public let jurisdiction: InterestJurisdiction
    /// The rate periods, oldest first; empty when no interest runs.
    public let periods: [InterestPeriod]
    /// The sum of the periods' interest.
    public let interest: Money
    /// The principal still unpaid at the end of the last day computed: `principal` less the
    /// reductions dated on or before it (never below zero; NL capitalised interest not included).
    public let openPrincipal: Money
    /// The fixed compensation for this claim (EUR 40, or GBP 40/70/100 in GB). Nil when the law grants
    /// none per claim (NL, none), when the claim is not yet late, or when GB bands cannot apply (non-GBP debt).
    public let compensation: Money?

    /// A result.
    public init(
        label: String, principal: Money, dueOn: LocalDate, jurisdiction: InterestJurisdiction, periods: [InterestPeriod],
        interest: Money, openPrincipal: Money, compensation: Money?
    ) {
        self.label = label
        self.principal = principal
        self.dueOn = dueOn
        self.jurisdiction = jurisdiction
        self.periods = periods
        self.interest = interest
        self.openPrincipal = openPrincipal
        self.compensation = compensation
    }

    /// The first day interest runs: the day after the due date.
    public var interestStartsOn: LocalDate { dueOn.adding(days: 1) }
}

/// Statutory interest, compensation and collection costs on a whole case as of a day.
public struct CaseInterest: Hashable, Sendable {
    /// The debtor's law.
    public let jurisdiction: InterestJurisdiction
    /// The day interest is computed through (inclusive).
    public let asOf: LocalDate
    /// One result per claim still open on `asOf`, in the order the claims were given.
    public let claims: [ClaimInterest]
    /// Interest added up per currency.
    public let interest: MoneyBag
    /// Fixed compensation per currency, including `collectionCosts`.
    public let compensation: MoneyBag
    /// The NL extrajudicial collection costs (Besluit BIK) included in `compensation`; empty elsewhere.
    public let collectionCosts: MoneyBag
    /// What a letter should mention, e.g. a GB fixed sum that could not be banded for a EUR debt.
    public let notes: [String]

    /// A result.
    public init(
        jurisdiction: InterestJurisdiction, asOf: LocalDate, claims: [ClaimInterest], interest: MoneyBag, compensation: MoneyBag,
        collectionCosts: MoneyBag, notes: [String]
    ) {
        self.jurisdiction = jurisdiction
        self.asOf = asOf
        self.claims = claims
        self.interest = interest
        self.compensation = compensation
        self.collectionCosts = collectionCosts
        self.notes = notes
    }
}

extension CaseInterest: Codable {
    private enum CodingKeys: String, CodingKey {
        case jurisdiction, asOf, claims, interest, compensation, collectionCosts, notes
    }

    /// Decodes the JSON written by `encode(to:)`; amounts per currency are arrays of money.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jurisdiction = try container.decode(InterestJurisdiction.self, forKey: .jurisdiction)
        asOf = try container.decode(LocalDate.self, forKey: .asOf)
        claims = try container.decode([ClaimInterest].self, forKey: .claims)
        interest = MoneyBag(try container.decode([Money].self, forKey: .interest))
        compensation = MoneyBag(try container.decode([Money].self, forKey: .compensation))
        collectionCosts = MoneyBag(try container.decode([Money].self, forKey: .collectionCosts))
        notes = try container.decode([String].self, forKey: .notes)
    }

    /// Encodes the bags as arrays of `{"amount": "…", "currency": "…"}`, one per currency.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jurisdiction, forKey: .jurisdiction)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(claims, forKey: .claims)
        try container.encode(interest.amounts, forKey: .interest)
        try container.encode(compensation.amounts, forKey: .compensation)
        try container.encode(collectionCosts.amounts, forKey: .collectionCosts)
        try container.encode(notes, forKey: .notes)
    }
}
