import RecourseCore

/// Statutory interest and compensation as a letter shows them: the periods per claim, totals per
/// currency, and the law. Made from the core's calculation; absent when the jurisdiction grants none.
public struct LetterInterest: Hashable, Sendable {
    /// One rate period of one claim.
    public struct Row: Hashable, Sendable {
        /// The claim's invoice number.
        public let invoice: String
        /// First day (the day after the due date, or a half-year start).
        public let from: LocalDate
        /// Last day, inclusive.
        public let through: LocalDate
        /// Days in the period.
        public let days: Int
        /// Rate per year in basis points.
        public let rateBasisPoints: Int
        /// Interest for the period, rounded.
        public let interest: Money

        /// A row.
        public init(invoice: String, from: LocalDate, through: LocalDate, days: Int, rateBasisPoints: Int, interest: Money) {
            self.invoice = invoice
            self.from = from
            self.through = through
            self.days = days
            self.rateBasisPoints = rateBasisPoints
            self.interest = interest
        }
    }

    /// Whose law.
    public let jurisdiction: InterestJurisdiction
    /// Computed through this day, inclusive.
    public let asOf: LocalDate
    /// Every period of every claim.
    public let rows: [Row]
    /// Interest per currency.
    public let interest: MoneyBag
    /// Fixed compensation per currency (EUR 40 per claim, GB fixed sums, NL BIK costs).
    public let compensation: MoneyBag

    /// Interest for a letter.
    public init(jurisdiction: InterestJurisdiction, asOf: LocalDate, rows: [Row], interest: MoneyBag, compensation: MoneyBag) {
        self.jurisdiction = jurisdiction
        self.asOf = asOf
        self.rows = rows
        self.interest = interest
        self.compensation = compensation
    }

    /// The statute, as cited in its own language (the core's citation; empty where no rule applies).
    public var law: String { jurisdiction.hasStatutoryInterest ? jurisdiction.statute : "" }
}
