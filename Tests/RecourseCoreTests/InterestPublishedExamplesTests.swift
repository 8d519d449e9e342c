import Testing
@testable import RecourseCore

/// The published examples of domain/statutory-interest.md, computed by the real calculator.
@Suite("Statutory interest: published examples")
struct InterestPublishedExamplesTests {
    typealias F = InterestFixtures

    @Test("UK: GBP 5,000 at 12.5% for 30 days → 51.37, fixed sum 70, total 121.37 (ycalculator.net)")
    func unitedKingdom() throws {
        // 12.5% = a BoE reference rate of 4.50 + 8. The base rate on 31 Dec 2005 was 4.50, so a debt
        // whose interest starts in 2006H1 runs at 12.5%; the table below holds only that entry.
        var rates = RateTable()
        rates.set(.bankOfEnglandReference, .h1(2006), basisPoints: 450)
        let result = try StatutoryInterest(rates: rates).claimInterest(
            label: "INV-UK", principal: F.gbp(500_000), dueOn: try F.day("2006-01-31"), through: try F.day("2006-03-02"),
            jurisdiction: .unitedKingdom)
        #expect(result.periods.map(\.days) == [30])
        #expect(result.periods.map(\.rateBasisPoints) == [1_250])
        #expect(result.interest == F.gbp(5_137))
        #expect(result.compensation == F.gbp(7_000))
        let total = try result.interest.adding(try #require(result.compensation))
        #expect(total == F.gbp(12_137))
    }

    @Test("DE: EUR 10,000, 1 Jan–30 Jun 2023 (181 days) at 10.62% → 526.64 (ameax/bgb-interest)")
    func germany() throws {
        let result = try F.calculator.claimInterest(
            label: "RE-1", principal: F.eur(1_000_000), dueOn: try F.day("2022-12-31"), through: try F.day("2023-06-30"),
            jurisdiction: .germany)
        #expect(result.periods.count == 1)
        let period = try #require(result.periods.first)
        #expect(period.from == (try F.day("2023-01-01")))
        #expect(period.through == (try F.day("2023-06-30")))
        #expect(period.days == 181)
        #expect(period.rateBasisPoints == 1_062)  // Basiszinssatz 1.62 + 9
        #expect(result.interest == F.eur(52_664))
        #expect(result.compensation == F.eur(4_000))
    }

    @Test("FR: EUR 10,000 for a quarter at 10.25% → 256.25 (lexing.law, 2014)")
    func france() throws {
        // The example is stated for a quarter of a year, not in days (91.25 days would be needed at
        // actual/365), so it is checked with the year-fraction helper the day count itself uses.
        let quarter = try StatutoryInterest.interest(on: F.eur(1_000_000), rateBasisPoints: 1_025, numerator: 1, denominator: 4)
        #expect(quarter == F.eur(25_625))
        // 10.25% is the French rule on an ECB rate of 0.25 (2014H1): ECB + 10 points.
        var rates = RateTable()
        rates.set(.ecbMainRefinancing, .h1(2014), basisPoints: 25)
        #expect(try StatutoryInterest(rates: rates).statutoryRate(.france, .h1(2014)) == 1_025)
    }
}
