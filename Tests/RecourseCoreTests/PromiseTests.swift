import Testing
@testable import RecourseCore

@Suite("Promises to pay and payment allocation")
struct PromiseTests {
    func day(_ text: String) throws -> LocalDate { try LocalDate.parse(text) }

    func promise() throws -> Promise {
        Promise(
            id: 1, amount: Money(minorUnits: 100_000, currency: .eur), madeOn: try day("2026-11-02"),
            dueOn: try day("2026-11-10"), graceDays: 3, active: true)
    }

    @Test("a promise is pending through the due date plus grace, then broken if unpaid")
    func boundaryDays() throws {
        let promise = try promise()
        let nothing = Money.zero(.eur)
        #expect(promise.status(paidTowards: nothing, asOf: try day("2026-11-10")) == .pending)
        #expect(promise.status(paidTowards: nothing, asOf: try day("2026-11-13")) == .pending)
        #expect(promise.status(paidTowards: nothing, asOf: try day("2026-11-14")) == .broken(since: try day("2026-11-14")))
    }

    @Test("a payment on the last day of grace keeps it; one day later does not count")
    func paymentsInTheWindow() throws {
        let promise = try promise()
        let onLastDay = Payment(id: 1, receivedOn: try day("2026-11-13"), amount: Money(minorUnits: 100_000, currency: .eur), reference: nil)
        let late = Payment(id: 2, receivedOn: try day("2026-11-14"), amount: Money(minorUnits: 100_000, currency: .eur), reference: nil)
        let early = Payment(id: 3, receivedOn: try day("2026-11-01"), amount: Money(minorUnits: 100_000, currency: .eur), reference: nil)
        let asOf = try day("2026-11-20")
        let kept = PromiseLedger.paid(towards: promise, payments: [onLastDay], asOf: asOf)
        #expect(promise.status(paidTowards: kept, asOf: asOf) == .kept)
        let missed = PromiseLedger.paid(towards: promise, payments: [late, early], asOf: asOf)
        #expect(missed.isZero)
        #expect(promise.status(paidTowards: missed, asOf: asOf) == .broken(since: try day("2026-11-14")))
    }

    @Test("evaluated as of an earlier day, later payments do not count yet")
    func asOfEarlierDay() throws {
        let promise = try promise()
        let payment = Payment(id: 1, receivedOn: try day("2026-11-09"), amount: Money(minorUnits: 100_000, currency: .eur), reference: nil)
        #expect(PromiseLedger.paid(towards: promise, payments: [payment], asOf: try day("2026-11-08")).isZero)
        #expect(PromiseLedger.paid(towards: promise, payments: [payment], asOf: try day("2026-11-09")).minorUnits == 100_000)
    }

    @Test("partial payments keep it pending, then broken")
    func partial() throws {
        let promise = try promise()
        let half = Money(minorUnits: 50_000, currency: .eur)
        #expect(promise.status(paidTowards: half, asOf: try day("2026-11-12")) == .pending)
        #expect(promise.status(paidTowards: half, asOf: try day("2026-11-30")).name == "broken")
    }

    @Test("payments go to the oldest open claims first, the rest is credit")
    func allocation() throws {
        func claim(_ id: Int64, due: String, outstanding: Int64, currency: Currency = .eur) throws -> Claim {
            Claim(id: id, invoiceNumber: "INV-\(id)", issuedOn: try day("2026-01-01"), dueOn: try day(due),
                  amount: Money(minorUnits: 50_000, currency: currency), outstanding: Money(minorUnits: outstanding, currency: currency),
                  disputed: false)
        }
        let claims = [
            try claim(1, due: "2026-03-01", outstanding: 50_000), try claim(2, due: "2026-02-01", outstanding: 20_000),
            try claim(3, due: "2026-01-15", outstanding: 0), try claim(4, due: "2026-01-01", outstanding: 50_000, currency: .usd),
        ]
        let allocation = PaymentAllocation(payment: Money(minorUnits: 80_000, currency: .eur), claims: claims)
        #expect(allocation.applied.map(\.claimIndex) == [1, 0])
        #expect(allocation.applied.map(\.amount.minorUnits) == [20_000, 50_000])
        #expect(allocation.credit.minorUnits == 10_000)
        let balance = CaseBalance(claims: claims)
        #expect(balance.oldestOpenDue == (try day("2026-01-01")))
        #expect(balance.outstanding.amount(in: .eur).minorUnits == 70_000)
    }
}
