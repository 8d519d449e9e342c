import RecourseCore

/// The words the renderer itself puts into a letter (table headings, how a rate is made), per language.
/// The letter body is the template's; these are the pieces generated from data.
public struct LetterVocabulary: Sendable {
    /// Column headings of the claims table.
    public struct ClaimsHeadings: Sendable {
        /// Invoice number.
        public let invoice: String
        /// Invoice date.
        public let issued: String
        /// Due date.
        public let due: String
        /// Invoiced amount.
        public let amount: String
        /// Unpaid amount.
        public let outstanding: String
        /// Days past due.
        public let daysOverdue: String
        /// Headings.
        public init(invoice: String, issued: String, due: String, amount: String, outstanding: String, daysOverdue: String) {
            self.invoice = invoice
            self.issued = issued
            self.due = due
            self.amount = amount
            self.outstanding = outstanding
            self.daysOverdue = daysOverdue
        }
    }

    /// Column headings of the interest table.
    public struct InterestHeadings: Sendable {
        /// Invoice number.
        public let invoice: String
        /// First day of the period.
        public let from: String
        /// Last day of the period (inclusive).
        public let through: String
        /// Number of days.
        public let days: String
        /// Rate per year.
        public let rate: String
        /// Interest for the period.
        public let interest: String
        /// Headings.
        public init(invoice: String, from: String, through: String, days: String, rate: String, interest: String) {
            self.invoice = invoice
            self.from = from
            self.through = through
            self.days = days
            self.rate = rate
            self.interest = interest
        }
    }

    /// Headings of the claims table.
    public let claims: ClaimsHeadings
    /// Headings of the interest table.
    public let interest: InterestHeadings
    /// How the statutory rate is made, per jurisdiction, e.g. `Basiszinssatz + 9 Prozentpunkte`.
    public let rateBasis: [InterestJurisdiction: String]
    /// What the fixed compensation is, per jurisdiction, e.g. `Pauschale nach § 288 Abs. 5 BGB, 40 EUR je Rechnung`.
    public let compensationBasis: [InterestJurisdiction: String]

    /// A vocabulary.
    public init(
        claims: ClaimsHeadings, interest: InterestHeadings, rateBasis: [InterestJurisdiction: String],
        compensationBasis: [InterestJurisdiction: String]
    ) {
        self.claims = claims
        self.interest = interest
        self.rateBasis = rateBasis
        self.compensationBasis = compensationBasis
    }
}
