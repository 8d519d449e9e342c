import Testing
@testable import RecourseCore

@Suite("Statutory interest: fixed compensation and BIK collection costs")
struct InterestCompensationTests {
    typealias F = InterestFixtures

    @Test("GB fixed sums at the band edges: 999.99 → 40, 1,000.00 → 70, 9,999.99 → 70, 10,000.00 → 100")
    func unitedKingdomBands() {
        let bands: [(Int64, Int64)] = [(99_999, 4_000), (100_000, 7_000), (999_999, 7_000), (1_000_000, 10_000), (1, 4_000)]
        for (principal, sum) in bands {
            #expect(StatutoryInterest.fixedCompensation(principal: F.gbp(principal), jurisdiction: .unitedKingdom) == F.gbp(sum))
        }
    }

    @Test("GB bands cannot place a non-GBP debt; EU, DE, FR and IT give EUR 40 whatever the currency; NL and none nothing per claim")
    func perJurisdiction() {
        let dollars = Money(minorUnits: 500_000, currency: .usd)
        #expect(StatutoryInterest.fixedCompensation(principal: dollars, jurisdiction: .unitedKingdom) == nil)
        for jurisdiction in [InterestJurisdiction.euDefault, .germany, .france, .italy] {
            #expect(StatutoryInterest.fixedCompensation(principal: dollars, jurisdiction: jurisdiction) == F.eur(4_000))
        }
        #expect(StatutoryInterest.fixedCompensation(principal: F.eur(500_000), jurisdiction: .netherlands) == nil)
        #expect(StatutoryInterest.fixedCompensation(principal: F.eur(500_000), jurisdiction: .none) == nil)
    }

    @Test("BIK: the minimum of EUR 40 below 266.67")
    func collectionCostsMinimum() {
        // 15% of 100.00 = 15.00 → 40; 15% of 266.66 = 39.999 → 40; 15% of 266.67 = 40.0005 → 40.00
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(10_000)) == F.eur(4_000))
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(26_666)) == F.eur(4_000))
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(26_667)) == F.eur(4_000))
        // 15% of 300.00 = 45.00, above the minimum
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(30_000)) == F.eur(4_500))
    }

    @Test("BIK: the staffel in the middle, rounded half-up to the cent")
    func collectionCostsMiddle() {
        // 7,000.00: 15% × 2,500 + 10% × 2,500 + 5% × 2,000 = 375 + 250 + 100 = 725.00
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(700_000)) == F.eur(72_500))
        // 2,600.33: 375 + 10% × 100.33 = 385.033 → 385.03
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(260_033)) == F.eur(38_503))
        // 2,600.35: 375 + 10.035 = 385.035 → 385.04 (half-up)
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(260_035)) == F.eur(38_504))
        // 20,000.00: 375 + 250 + 250 + 1% × 10,000 = 975.00
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(2_000_000)) == F.eur(97_500))
    }

    @Test("BIK: the maximum of EUR 6,775 from 1,000,000 on")
    func collectionCostsMaximum() {
        // 999,998.00: 375 + 250 + 250 + 1,900 + 0.5% × 799,998 = 6,774.99
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(99_999_800)) == F.eur(677_499))
        // 999,999.00: 6,774.995 → 6,775.00
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(99_999_900)) == F.eur(677_500))
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(100_000_000)) == F.eur(677_500))
        #expect(StatutoryInterest.collectionCosts(principal: F.eur(Int64.max)) == F.eur(677_500))
    }

    @Test("BIK is set in euros: other currencies are not computed")
    func collectionCostsOtherCurrency() {
        #expect(StatutoryInterest.collectionCosts(principal: F.gbp(700_000)) == nil)
    }
}
