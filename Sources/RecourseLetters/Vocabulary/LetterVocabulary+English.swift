import RecourseCore

extension LetterVocabulary {
    /// English (British usage): the fallback for every debtor whose language has no letters.
    static let english = LetterVocabulary(
        claims: ClaimsHeadings(
            invoice: "Invoice", issued: "Issued", due: "Due", amount: "Amount", outstanding: "Outstanding",
            daysOverdue: "Days overdue"
        ),
        interest: InterestHeadings(
            invoice: "Invoice", from: "From", through: "To", days: "Days", rate: "Rate", interest: "Interest"
        ),
        rateBasis: [
            .euDefault: "ECB main refinancing rate + 8 percentage points",
            .unitedKingdom: "Bank of England reference rate + 8 percentage points, fixed for the life of the debt",
            .germany: "German base rate (Basiszinssatz) + 9 percentage points (§ 288(2) BGB)",
            .france: "ECB main refinancing rate + 10 percentage points (art. L441-10 French Commercial Code)",
            .netherlands:
                "ECB main refinancing rate + 8 percentage points, compounded annually (art. 6:119a Dutch Civil Code)",
            .italy: "ECB main refinancing rate + 8 percentage points (art. 5 Legislative Decree 231/2002)",
        ],
        compensationBasis: [
            .euDefault: "EUR 40 per invoice under art. 6 Directive 2011/7/EU",
            .unitedKingdom: "GBP 40, 70 or 100 per invoice according to its amount (s. 5A of the 1998 Act)",
            .germany: "flat fee of EUR 40 per invoice under § 288(5) BGB",
            .france: "fixed indemnity of EUR 40 per invoice under art. L441-10 and D.441-5 French Commercial Code",
            .netherlands: "extrajudicial collection costs on the statutory scale (Dutch Besluit BIK)",
            .italy: "EUR 40 per invoice under art. 6 Legislative Decree 231/2002",
        ]
    )
}
