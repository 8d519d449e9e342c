import Foundation
import RecourseCore

/// The stable JSON of `recourse interest --json`: dates as YYYY-MM-DD, amounts as decimal strings.
enum InterestJSON {
    struct Period: Encodable {
        let from: LocalDate
        let through: LocalDate
        let days: Int
        let rateBasisPoints: Int
        let rate: String
        let principal: Money
        let interest: Money

        init(_ period: InterestPeriod) {
            from = period.from
            through = period.through
            days = period.days
            rateBasisPoints = period.rateBasisPoints
            rate = InterestJSON.percent(period.rateBasisPoints)
            principal = period.principal
            interest = period.interest
        }
    }

    /// `recourse interest --jurisdiction … --json`.
    struct Single: Encodable {
        let jurisdiction: String
        let asOf: LocalDate
        let principal: Money
        let dueOn: LocalDate
        let openPrincipal: Money
        let periods: [Period]
        let interest: Money
        let compensation: Money?
        let collectionCosts: Money?

        init(_ result: ClaimInterest, asOf: LocalDate, collectionCosts: Money?) {
            jurisdiction = result.jurisdiction.rawValue
            self.asOf = asOf
            principal = result.principal
            dueOn = result.dueOn
            openPrincipal = result.openPrincipal
            periods = result.periods.map(Period.init)
            interest = result.interest
            compensation = result.compensation
            self.collectionCosts = collectionCosts
        }
    }

    struct Claim: Encodable {
        let invoiceNumber: String
        let dueOn: LocalDate
        let principal: Money
        let openPrincipal: Money
        let periods: [Period]
        let interest: Money
        let compensation: Money?
    }

    /// `recourse interest --case REF --json`.
    struct Case: Encodable {
        let reference: String
        let debtor: String
        let country: String
        let jurisdiction: String
        let asOf: LocalDate
        let claims: [Claim]
        let interest: [Money]
        let compensation: [Money]
        let collectionCosts: [Money]
        let notes: [String]

        init(_ result: CaseInterest, detail: CaseDetail) {
            reference = detail.collectionCase.reference
            debtor = detail.debtor.name
            country = detail.debtor.country.code
            jurisdiction = result.jurisdiction.rawValue
            asOf = result.asOf
            claims = result.claims.map {
                Claim(
                    invoiceNumber: $0.label, dueOn: $0.dueOn, principal: $0.principal, openPrincipal: $0.openPrincipal,
                    periods: $0.periods.map(Period.init),
                    interest: $0.interest, compensation: $0.compensation)
            }
            interest = result.interest.amounts
            compensation = result.compensation.amounts
            collectionCosts = result.collectionCosts.amounts
            notes = result.notes
        }
    }

    /// Basis points as a percentage with two decimals: 1062 → `10.62`, -88 → `-0.88`.
    static func percent(_ basisPoints: Int, decimalSeparator: Character = ".") -> String {
        let magnitude = basisPoints.magnitude
        let hundredths = String(magnitude % 100)
        return (basisPoints < 0 ? "-" : "") + String(magnitude / 100) + String(decimalSeparator)
            + String(repeating: "0", count: 2 - hundredths.count) + hundredths
    }
}
