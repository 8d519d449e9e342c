import Foundation
import RecourseCore
import RecourseLetters
import Testing

/// The default insolvency claim: the open balance with statutory interest and compensation to a day.
@Suite("Balance with interest")
struct BalanceWithInterestTests {
    @Test("for every country's cases: outstanding plus the core's case interest and compensation, per currency; none where no law applies")
    func matchesCoreCalculation() throws {
        let fixture = try LetterDeskFixture()
        let desk = try fixture.desk("sofia.marin")
        var checked = 0, withoutLaw = 0
        for country in ["DE", "FR", "NL", "IT", "GB", "CZ", "US", "CN"] {
            for detail in try fixture.cases(in: country).prefix(3) {
                let balance = try desk.balanceWithInterest(detail)
                let jurisdiction = InterestJurisdiction.of(detail.debtor.country)
                var expected = detail.balance.outstanding
                if jurisdiction.hasStatutoryInterest {
                    let interest = try StatutoryInterest(rates: LetterDeskFixture.rates).caseInterest(
                        claims: detail.claims, payments: detail.payments, jurisdiction: jurisdiction, asOf: LetterDeskFixture.today)
                    for amount in interest.interest.nonZero + interest.compensation.nonZero { expected.add(amount) }
                    #expect(balance.interest?.interest == interest.interest)
                    #expect(balance.interest?.compensation == interest.compensation)
                } else {
                    #expect(balance.interest == nil)
                    withoutLaw += 1
                }
                #expect(balance.total == expected.nonZero)
                #expect(balance.outstanding == detail.balance.outstanding.nonZero)
                checked += 1
            }
        }
        #expect(checked >= 10)
        #expect(withoutLaw >= 1)
    }
}
