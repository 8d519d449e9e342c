import Foundation
import Testing
@testable import RecourseCore

@Suite("Statutory interest: a whole case")
struct InterestCaseTests {
    typealias F = InterestFixtures

    func claim(_ id: Int64, _ invoice: String, due: String, amount: Money, outstanding: Money? = nil) throws -> Claim {
        Claim(
            id: id, invoiceNumber: invoice, issuedOn: try F.day(due).adding(days: -30), dueOn: try F.day(due), amount: amount,
            outstanding: outstanding ?? amount, disputed: false)
    }

    @Test("payments are replayed oldest due first; a claim paid off drops out, a part-paid one runs on the rest")
    func replayedPayments() throws {
        // Claim 1: EUR 1,000 due 2023-03-31; claim 2: EUR 2,000 due 2023-01-31 (older, so paid first).
        // Payment of 2,500 on 2023-04-30: 2,000 to claim 2 (paid off), 500 to claim 1.
        // Claim 1 (DE, 10.62%): 04-01..04-30 30 days on 1,000: 100,000 × 1062 × 30 / 3,650,000 = 872.88 → 8.73
        //                       05-01..05-31 31 days on   500:  50,000 × 1062 × 31 / 3,650,000 = 450.99 → 4.51
        let claims = [
            try claim(1, "INV-1", due: "2023-03-31", amount: F.eur(100_000), outstanding: F.eur(50_000)),
            try claim(2, "INV-2", due: "2023-01-31", amount: F.eur(200_000), outstanding: F.eur(0)),
        ]
        let payments = [Payment(id: 7, receivedOn: try F.day("2023-04-30"), amount: F.eur(250_000), reference: nil)]
        let result = try F.calculator.caseInterest(claims: claims, payments: payments, jurisdiction: .germany, asOf: try F.day("2023-05-31"))
        #expect(result.claims.map(\.label) == ["INV-1"])
        let first = try #require(result.claims.first)
        #expect(first.periods.map(\.principal) == [F.eur(100_000), F.eur(50_000)])
        #expect(first.interest == F.eur(1_324))
        #expect(first.openPrincipal == F.eur(50_000))
        #expect(result.interest.amounts == [F.eur(1_324)])
        #expect(result.compensation.amounts == [F.eur(4_000)])
        #expect(result.collectionCosts.isZero)
        #expect(result.notes.isEmpty)
    }

    @Test("payments are replayed in id order, not by date, as the store recorded them")
    func idOrder() throws {
        // Two EUR 1,000 claims due 2023-01-31 (ties go to the lower id). Payment id 1 (dated 2023-03-15, 1,000)
        // was recorded first and paid INV-A; payment id 2 (dated 2023-02-15, 400) then went to INV-B.
        let claims = [
            try claim(11, "INV-A", due: "2023-01-31", amount: F.eur(100_000), outstanding: F.eur(0)),
            try claim(12, "INV-B", due: "2023-01-31", amount: F.eur(100_000), outstanding: F.eur(60_000)),
        ]
        let payments = [
            Payment(id: 2, receivedOn: try F.day("2023-02-15"), amount: F.eur(40_000), reference: nil),
            Payment(id: 1, receivedOn: try F.day("2023-03-15"), amount: F.eur(100_000), reference: nil),
        ]
        let result = try F.calculator.caseInterest(claims: claims, payments: payments, jurisdiction: .germany, asOf: try F.day("2023-03-31"))
        #expect(result.claims.map(\.label) == ["INV-B"])
        #expect(result.claims.first?.periods.map(\.through) == [try F.day("2023-02-15"), try F.day("2023-03-31")])
        #expect(result.claims.first?.periods.map(\.principal) == [F.eur(100_000), F.eur(60_000)])
        #expect(result.notes.isEmpty)
    }

    @Test("as of an earlier day, a later payment does not close the claim yet")
    func asOfBeforeThePayment() throws {
        let claims = [try claim(1, "INV-1", due: "2023-01-31", amount: F.eur(100_000), outstanding: F.eur(0))]
        let payments = [Payment(id: 1, receivedOn: try F.day("2023-06-30"), amount: F.eur(100_000), reference: nil)]
        let before = try F.calculator.caseInterest(claims: claims, payments: payments, jurisdiction: .germany, asOf: try F.day("2023-03-02"))
        // 30 days on 1,000 at 10.62%: 872.88 → 8.73
        #expect(before.claims.first?.interest == F.eur(873))
        let after = try F.calculator.caseInterest(claims: claims, payments: payments, jurisdiction: .germany, asOf: try F.day("2023-06-30"))
        #expect(after.claims.isEmpty)
        #expect(after.interest.isZero)
        #expect(after.compensation.isZero)
    }

    @Test("NL: the BIK costs on the open principal are added to the compensation")
    func netherlandsCollectionCosts() throws {
        // Open principal 3,000 + 4,000 = 7,000 → BIK 375 + 250 + 100 = 725.00; no per-claim sum.
        let claims = [
            try claim(1, "F-1", due: "2023-01-31", amount: F.eur(300_000)),
            try claim(2, "F-2", due: "2023-02-28", amount: F.eur(400_000)),
        ]
        let result = try F.calculator.caseInterest(claims: claims, payments: [], jurisdiction: .netherlands, asOf: try F.day("2023-03-31"))
        #expect(result.claims.count == 2)
        #expect(result.claims.allSatisfy { $0.compensation == nil })
        #expect(result.collectionCosts.amounts == [F.eur(72_500)])
        #expect(result.compensation.amounts == [F.eur(72_500)])
    }

    @Test("GB: a EUR debt gets no banded fixed sum, and the result says so")
    func unitedKingdomForeignCurrency() throws {
        let claims = [
            try claim(1, "UK-EUR", due: "2023-01-31", amount: F.eur(500_000)),
            try claim(2, "UK-GBP", due: "2023-01-31", amount: F.gbp(50_000)),
        ]
        let result = try F.calculator.caseInterest(claims: claims, payments: [], jurisdiction: .unitedKingdom, asOf: try F.day("2023-03-02"))
        #expect(result.compensation.amounts == [F.gbp(4_000)])
        #expect(result.notes.count == 1)
        #expect(result.notes.first?.contains("UK-EUR") == true)
        #expect(result.notes.first?.contains("EUR debt") == true)
        #expect(result.interest.amounts.map(\.currency.code) == ["EUR", "GBP"])
    }

    @Test("none: open claims listed with no interest, and a note")
    func noRule() throws {
        let claims = [try claim(1, "US-1", due: "2023-01-31", amount: Money(minorUnits: 100_000, currency: .usd))]
        let result = try F.calculator.caseInterest(claims: claims, payments: [], jurisdiction: .none, asOf: try F.day("2023-03-31"))
        #expect(result.claims.map(\.periods.isEmpty) == [true])
        #expect(result.interest.isZero)
        #expect(result.compensation.isZero)
        #expect(result.notes.count == 1)
    }

    @Test("a recorded outstanding that the payments do not explain is noted")
    func mismatchNoted() throws {
        let claims = [try claim(1, "INV-9", due: "2023-01-31", amount: F.eur(100_000), outstanding: F.eur(70_000))]
        let result = try F.calculator.caseInterest(claims: claims, payments: [], jurisdiction: .germany, asOf: try F.day("2023-03-31"))
        #expect(result.notes.count == 1)
        #expect(result.notes.first?.contains("INV-9") == true)
    }

    @Test("the result round-trips through JSON with decimal-string amounts")
    func coding() throws {
        let claims = [try claim(1, "INV-1", due: "2023-05-31", amount: F.eur(1_000_000))]
        let result = try F.calculator.caseInterest(claims: claims, payments: [], jurisdiction: .euDefault, asOf: try F.day("2023-07-31"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"interest\":[{\"amount\":\"188.22\",\"currency\":\"EUR\"}]"))
        #expect(text.contains("\"rateBasisPoints\":1050"))
        #expect(try JSONDecoder().decode(CaseInterest.self, from: data) == result)
    }
}
