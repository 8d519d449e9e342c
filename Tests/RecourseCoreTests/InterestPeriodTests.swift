import Testing
@testable import RecourseCore

/// Hand-checked periods: splits, the GB fixed rate, NL compounding, payments, rounding.
/// Arithmetic: interest = principal (minor units) × rate (bp) × days / (10,000 × 365), rounded half-up.
@Suite("Statutory interest: periods and rounding")
struct InterestPeriodTests {
    typealias F = InterestFixtures

    @Test("EU: a debt crossing 1 July is split, each half at its own ECB rate")
    func euSplitAtJuly() throws {
        // EUR 10,000 due 2023-05-31, through 2023-07-31 (61 days).
        // 06-01..06-30: 30 days at 2.50 + 8 = 10.50%: 1,000,000 × 1050 × 30 / 3,650,000 = 8,630.14 → 86.30
        // 07-01..07-31: 31 days at 4.00 + 8 = 12.00%: 1,000,000 × 1200 × 31 / 3,650,000 = 10,191.78 → 101.92
        let result = try F.calculator.claimInterest(
            label: "A", principal: F.eur(1_000_000), dueOn: try F.day("2023-05-31"), through: try F.day("2023-07-31"),
            jurisdiction: .euDefault)
        #expect(result.periods.map(\.from) == [try F.day("2023-06-01"), try F.day("2023-07-01")])
        #expect(result.periods.map(\.through) == [try F.day("2023-06-30"), try F.day("2023-07-31")])
        #expect(result.periods.map(\.days) == [30, 31])
        #expect(result.periods.map(\.rateBasisPoints) == [1_050, 1_200])
        #expect(result.periods.map(\.interest) == [F.eur(8_630), F.eur(10_192)])
        #expect(result.interest == F.eur(18_822))
    }

    @Test("DE: the same debt at Basiszinssatz + 9, split at 1 July")
    func germanySplitAtJuly() throws {
        // 30 days at 1.62 + 9 = 10.62%: 8,728.77 → 87.29; 31 days at 3.12 + 9 = 12.12%: 10,293.70 → 102.94
        let result = try F.calculator.claimInterest(
            label: "A", principal: F.eur(1_000_000), dueOn: try F.day("2023-05-31"), through: try F.day("2023-07-31"),
            jurisdiction: .germany)
        #expect(result.periods.map(\.rateBasisPoints) == [1_062, 1_212])
        #expect(result.periods.map(\.interest) == [F.eur(8_729), F.eur(10_294)])
        #expect(result.interest == F.eur(19_023))
    }

    @Test("GB: a debt across 1 January is not split; the rate is that of the half-year interest starts in")
    func unitedKingdomFixedRate() throws {
        // GBP 5,000 due 2023-12-15: interest starts 2023-12-16 (2023H2, BoE reference 5.00) → 13.00% for life.
        // 2023-12-16..2024-01-14 = 30 days: 500,000 × 1300 × 30 / 3,650,000 = 5,342.47 → 53.42
        // (split at 1 January, the 14 January days would wrongly run at 5.25 + 8.)
        let result = try F.calculator.claimInterest(
            label: "GB-1", principal: F.gbp(500_000), dueOn: try F.day("2023-12-15"), through: try F.day("2024-01-14"),
            jurisdiction: .unitedKingdom)
        #expect(result.periods.count == 1)
        #expect(result.periods.first?.days == 30)
        #expect(result.periods.first?.rateBasisPoints == 1_300)
        #expect(result.interest == F.gbp(5_342))
        #expect(result.compensation == F.gbp(7_000))
    }

    @Test("GB: due on 30 June, interest starts 1 July and takes the H2 reference rate, not H1's")
    func unitedKingdomStartDecidesTheHalf() throws {
        // Start 2023-07-01 → 2023H2 (5.00 + 8 = 13.00%); 10 days: 500,000 × 1300 × 10 / 3,650,000 = 1,780.82 → 17.81
        let result = try F.calculator.claimInterest(
            label: "GB-2", principal: F.gbp(500_000), dueOn: try F.day("2023-06-30"), through: try F.day("2023-07-10"),
            jurisdiction: .unitedKingdom)
        #expect(result.periods.map(\.rateBasisPoints) == [1_300])
        #expect(result.interest == F.gbp(1_781))
    }

    @Test("NL: at the anniversary of the start, unpaid interest joins the principal")
    func netherlandsCompounds() throws {
        // EUR 10,000 due 2023-03-14; interest from 2023-03-15 through 2024-04-14.
        // 2023-03-15..06-30: 108 days at 10.50%: 1,000,000 × 1050 × 108 / 3,650,000 = 31,068.49 → 310.68
        // 2023-07-01..12-31: 184 days at 12.00%: 60,493.15 → 604.93
        // 2024-01-01..03-14:  74 days at 12.50%: 25,342.47 → 253.42
        // 2024-03-15 anniversary: principal 10,000 + 310.68 + 604.93 + 253.42 = 11,169.03
        // 2024-03-15..04-14:  31 days at 12.50% on 11,169.03: 1,116,903 × 1250 × 31 / 3,650,000 = 11,857.53 → 118.58
        //                     (simple interest would give 106.16)
        let result = try F.calculator.claimInterest(
            label: "NL-1", principal: F.eur(1_000_000), dueOn: try F.day("2023-03-14"), through: try F.day("2024-04-14"),
            jurisdiction: .netherlands)
        #expect(result.periods.map(\.days) == [108, 184, 74, 31])
        #expect(result.periods.map(\.rateBasisPoints) == [1_050, 1_200, 1_250, 1_250])
        #expect(result.periods.map(\.principal) == [F.eur(1_000_000), F.eur(1_000_000), F.eur(1_000_000), F.eur(1_116_903)])
        #expect(result.periods.last?.from == (try F.day("2024-03-15")))
        #expect(result.periods.map(\.interest) == [F.eur(31_068), F.eur(60_493), F.eur(25_342), F.eur(11_858)])
        #expect(result.interest == F.eur(128_761))
        #expect(result.compensation == nil)
    }

    @Test("a partial payment splits the period: the paid part earns interest through the payment date")
    func partialPayment() throws {
        // DE, EUR 10,000 due 2023-01-31; EUR 4,000 paid 2023-02-28; through 2023-03-31, all at 10.62%.
        // 02-01..02-28: 28 days on 10,000: 1,000,000 × 1062 × 28 / 3,650,000 = 8,146.85 → 81.47
        // 03-01..03-31: 31 days on  6,000:   600,000 × 1062 × 31 / 3,650,000 = 5,411.84 → 54.12
        let result = try F.calculator.claimInterest(
            label: "P", principal: F.eur(1_000_000), dueOn: try F.day("2023-01-31"), through: try F.day("2023-03-31"),
            jurisdiction: .germany, reductions: [(on: try F.day("2023-02-28"), amount: F.eur(400_000))])
        #expect(result.periods.map(\.through) == [try F.day("2023-02-28"), try F.day("2023-03-31")])
        #expect(result.periods.map(\.principal) == [F.eur(1_000_000), F.eur(600_000)])
        #expect(result.periods.map(\.interest) == [F.eur(8_147), F.eur(5_412)])
        #expect(result.interest == F.eur(13_559))
        #expect(result.principal == F.eur(1_000_000))
        #expect(result.openPrincipal == F.eur(600_000))
    }

    @Test("a payment in full ends the interest; a payment before interest starts lowers the base from day one")
    func paymentsAtTheEdges() throws {
        let paidInFull = try F.calculator.claimInterest(
            label: "P", principal: F.eur(1_000_000), dueOn: try F.day("2023-01-31"), through: try F.day("2023-03-31"),
            jurisdiction: .germany, reductions: [(on: try F.day("2023-02-28"), amount: F.eur(1_000_000))])
        #expect(paidInFull.periods.count == 1)
        #expect(paidInFull.interest == F.eur(8_147))
        #expect(paidInFull.openPrincipal == F.eur(0))
        let paidEarly = try F.calculator.claimInterest(
            label: "P", principal: F.eur(1_000_000), dueOn: try F.day("2023-01-31"), through: try F.day("2023-02-28"),
            jurisdiction: .germany, reductions: [(on: try F.day("2023-01-31"), amount: F.eur(400_000))])
        // 28 days on 6,000 at 10.62%: 600,000 × 1062 × 28 / 3,650,000 = 4,888.11 → 48.88
        #expect(paidEarly.periods.map(\.principal) == [F.eur(600_000)])
        #expect(paidEarly.interest == F.eur(4_888))
    }

    @Test("JPY has no minor unit: half a yen rounds up")
    func yenRounding() throws {
        // JPY 36,500 for 1 day at 10.50%: 36,500 × 1050 × 1 / 3,650,000 = 10.5 → 11
        let yen = Currency.jpy
        let result = try F.calculator.claimInterest(
            label: "J", principal: Money(minorUnits: 36_500, currency: yen), dueOn: try F.day("2023-01-09"),
            through: try F.day("2023-01-10"), jurisdiction: .euDefault)
        #expect(result.interest == Money(minorUnits: 11, currency: yen))
        // JPY 1,234,567 for 30 days: 1,234,567 × 1050 × 30 / 3,650,000 = 10,654.48 → 10,654
        let larger = try F.calculator.claimInterest(
            label: "J", principal: Money(minorUnits: 1_234_567, currency: yen), dueOn: try F.day("2023-01-31"),
            through: try F.day("2023-03-02"), jurisdiction: .euDefault)
        #expect(larger.interest == Money(minorUnits: 10_654, currency: yen))
        #expect(larger.compensation == F.eur(4_000))
    }

    @Test("none: no periods, no interest, no compensation")
    func noStatutoryRule() throws {
        let result = try F.calculator.claimInterest(
            label: "N", principal: Money(minorUnits: 1_000_000, currency: .usd), dueOn: try F.day("2023-01-31"),
            through: try F.day("2024-01-31"), jurisdiction: .none)
        #expect(result.periods.isEmpty)
        #expect(result.interest == Money.zero(.usd))
        #expect(result.compensation == nil)
    }

    @Test("not yet late (through on or before the due date): nothing runs and nothing is owed")
    func notYetLate() throws {
        let onDueDate = try F.calculator.claimInterest(
            label: "E", principal: F.eur(1_000_000), dueOn: try F.day("2023-05-31"), through: try F.day("2023-05-31"),
            jurisdiction: .germany)
        #expect(onDueDate.periods.isEmpty)
        #expect(onDueDate.interest == F.eur(0))
        #expect(onDueDate.compensation == nil)
        let oneDay = try F.calculator.claimInterest(
            label: "E", principal: F.eur(1_000_000), dueOn: try F.day("2023-05-31"), through: try F.day("2023-06-01"),
            jurisdiction: .germany)
        #expect(oneDay.periods.map(\.days) == [1])
    }

    @Test("a missing rate is an error naming the jurisdiction, the series and the half-year")
    func missingRate() throws {
        #expect(throws: InterestError.missingRate(jurisdiction: .germany, series: .germanBaseRate, half: .h1(2026))) {
            try F.calculator.claimInterest(
                label: "M", principal: F.eur(1_000_000), dueOn: try F.day("2025-12-15"), through: try F.day("2026-01-10"),
                jurisdiction: .germany)
        }
        let error = InterestError.missingRate(jurisdiction: .germany, series: .germanBaseRate, half: .h1(2026))
        #expect(error.description.hasPrefix("no rate for DE (Basiszinssatz) 2026H1: add it to rates.toml"))
        #expect(throws: InterestError.missingRate(jurisdiction: .unitedKingdom, series: .bankOfEnglandReference, half: .h1(2026))) {
            try F.calculator.claimInterest(
                label: "M", principal: F.gbp(100), dueOn: try F.day("2025-12-31"), through: try F.day("2026-01-10"),
                jurisdiction: .unitedKingdom)
        }
    }

    @Test("a payment in another currency, or a negative principal, is refused")
    func refusals() throws {
        #expect(throws: InterestError.currencyMismatch(label: "X", claim: "EUR", other: "GBP")) {
            try F.calculator.claimInterest(
                label: "X", principal: F.eur(100), dueOn: try F.day("2023-01-31"), through: try F.day("2023-03-31"),
                jurisdiction: .germany, reductions: [(on: try F.day("2023-02-01"), amount: F.gbp(50))])
        }
        #expect(throws: InterestError.negativeAmount(label: "X", amount: "-1.00")) {
            try F.calculator.claimInterest(
                label: "X", principal: F.eur(-100), dueOn: try F.day("2023-01-31"), through: try F.day("2023-03-31"),
                jurisdiction: .germany)
        }
    }
}
