import Foundation
import GRDB
import RecourseCore
import Testing
@testable import RecourseStore

@Suite("Calls and payments in the repository")
struct CallStoreTests {
    let today = DemoFixture.today
    var clock: FrozenClock {
        FrozenClock(now: Timestamp.instant(of: today, minuteOfDay: 600, in: TimeZone(identifier: "UTC") ?? .current),
                    timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    func openCase(_ repository: SQLiteRepository) throws -> CaseDetail {
        let reference = try #require(try repository.queueCandidates(assignee: nil, asOf: today)
            .first { $0.stage == .amicable && !$0.disputed && $0.outstanding.count == 1 }?.reference)
        return try #require(try repository.caseDetail(reference: reference, asOf: today))
    }

    func session(_ repository: SQLiteRepository, _ login: String = "anna.schmidt") throws -> Session {
        Session(user: try #require(try repository.user(login: login)), osLogin: login)
    }

    @Test("a PTP is one transaction: the call, the promise in force, the next action; the callback is worked")
    func promise() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 60)
        let detail = try openCase(repository)
        var entry = CallEntry(reference: detail.collectionCase.reference)
        entry.outcome = "PTP"
        entry.promiseAmount = "100"
        entry.promiseDate = today.adding(days: 7).description
        let logger = CallLogger(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
        try logger.log(entry, session: try session(repository))
        let after = try #require(try repository.caseDetail(reference: detail.collectionCase.reference, asOf: today))
        #expect(after.activities.count == detail.activities.count + 1)
        #expect(after.activePromise?.promise.dueOn == today.adding(days: 7))
        #expect(after.collectionCase.nextActionOn == today.adding(days: 11))
        #expect(after.collectionCase.callbackAt == nil)
        if case .call(let call) = after.activities.first?.detail {
            #expect(call.outcome == .promiseToPay && call.outcomeDetail?.hasPrefix("promise") == true)
        } else {
            Issue.record("the newest activity is not the call")
        }
        let candidate = try #require(try repository.queueCandidate(caseId: detail.collectionCase.id, asOf: today))
        #expect(candidate.promise?.promise.dueOn == today.adding(days: 7))
        #expect(try repository.checkIntegrity().passed)
    }

    @Test("a case closed meanwhile refuses the call and nothing is written")
    func closedMeanwhile() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 40)
        let detail = try openCase(repository)
        var entry = CallEntry(reference: detail.collectionCase.reference)
        entry.outcome = "NA"
        guard case .success(let write) = CallLogger(
            recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal
        ).prepare(entry, detail: detail, session: try session(repository)) else {
            Issue.record("the call should check out")
            return
        }
        try repository.pool.write { db in
            try db.execute(sql: "UPDATE collection_case SET stage = 'closed', close_reason = 'withdrawn' WHERE id = ?",
                           arguments: [detail.collectionCase.id])
        }
        let before = try repository.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM activity") }
        #expect(throws: RecourseError.self) { try repository.recordCall(write) }
        #expect(try repository.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM activity") } == before)
    }

    @Test("DISP flags the claims and the case; WN marks the number; a new contact is added")
    func disputeAndContacts() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 60)
        let detail = try openCase(repository)
        let logger = CallLogger(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
        var dispute = CallEntry(reference: detail.collectionCase.reference)
        dispute.outcome = "DISP"
        dispute.disputeReason = "goods damaged"
        dispute.disputedClaims = "1"
        dispute.contact = .new(name: "Empfang", role: "Reception", phone: "+49 30 1234567")
        try logger.log(dispute, session: try session(repository))
        var after = try #require(try repository.caseDetail(reference: detail.collectionCase.reference, asOf: today))
        #expect(after.collectionCase.disputed)
        #expect(after.claims.first?.disputed == true)
        let added = try #require(after.debtor.contacts.first { $0.name == "Empfang" })
        var wrong = CallEntry(reference: detail.collectionCase.reference)
        wrong.outcome = "WN"
        wrong.contact = .existing(added.id)
        try logger.log(wrong, session: try session(repository))
        after = try #require(try repository.caseDetail(reference: detail.collectionCase.reference, asOf: today))
        #expect(after.debtor.contacts.first { $0.id == added.id }?.phoneInvalid == true)
    }

    @Test("payments: oldest claim first, the promise kept and ended, paid in full closes the case")
    func payments() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 60)
        let detail = try openCase(repository)
        let reference = detail.collectionCase.reference
        let currency = try #require(detail.balance.outstanding.nonZero.first?.currency)
        let owed = detail.balance.outstanding.amount(in: currency)
        let logger = CallLogger(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
        var promise = CallEntry(reference: reference)
        promise.outcome = "PTP"
        promise.promiseAmount = "\(currency.code) 10"
        promise.promiseDate = today.adding(days: 5).description
        try logger.log(promise, session: try session(repository, "sofia.marin"))
        let recorder = PaymentRecorder(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
        let first = try recorder.record(reference: reference, amount: "\(currency.code) 10", date: today.description,
                                        bankReference: "TRF 1", session: try session(repository))
        #expect(first.promiseKept && !first.closedAsPaid)
        var after = try #require(try repository.caseDetail(reference: reference, asOf: today))
        #expect(after.activePromise == nil)
        #expect(after.promises.first?.status(asOf: today) == .kept)
        let oldest = try #require(detail.claims.filter(\.isOpen).min { $0.dueOn < $1.dueOn })
        #expect(after.claims.first { $0.id == oldest.id }?.outstanding.minorUnits == oldest.outstanding.minorUnits - 10 * currency.minorUnitsPerMajor)
        let rest = Money(minorUnits: owed.minorUnits - 10 * currency.minorUnitsPerMajor + 500 * currency.minorUnitsPerMajor, currency: currency)
        let last = try recorder.record(reference: reference, amount: rest.decimalString, date: today.description, bankReference: nil,
                                       session: try session(repository))
        #expect(last.closedAsPaid)
        #expect(last.credit.minorUnits == 500 * currency.minorUnitsPerMajor)
        after = try #require(try repository.caseDetail(reference: reference, asOf: today))
        #expect(after.collectionCase.stage == .closed && after.collectionCase.closeReason == .paid)
        #expect(try repository.checkIntegrity().passed)
        #expect(throws: RecourseError.self) {
            try recorder.record(reference: reference, amount: "1", date: today.description, bankReference: nil, session: try session(repository))
        }
    }

    @Test("a payment dated in the future or an unreadable amount is refused")
    func paymentChecks() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 30)
        let detail = try openCase(repository)
        let recorder = PaymentRecorder(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
        #expect(throws: RecourseError.self) {
            try recorder.record(reference: detail.collectionCase.reference, amount: "10", date: today.adding(days: 1).description,
                                bankReference: nil, session: try session(repository))
        }
        #expect(throws: RecourseError.self) {
            try recorder.record(reference: detail.collectionCase.reference, amount: "ten", date: today.description,
                                bankReference: nil, session: try session(repository))
        }
    }

    @Test("a plan is stored with its schedule and read back with instalment status")
    func plan() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 40)
        let detail = try openCase(repository)
        var entry = CallEntry(reference: detail.collectionCase.reference)
        entry.outcome = "PLAN"
        entry.planInstalments = "3"
        entry.planFirstDate = today.adding(days: 10).description
        entry.planFrequency = "fortnightly"
        try CallLogger(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
            .log(entry, session: try session(repository))
        let after = try #require(try repository.caseDetail(reference: detail.collectionCase.reference, asOf: today))
        let plan = try #require(after.activePlan)
        #expect(plan.instalments.count == 3 && plan.frequency == .fortnightly)
        #expect(plan.statuses(payments: after.payments, asOf: today) == [.pending, .pending, .pending])
        #expect(plan.statuses(payments: [], asOf: today.adding(days: 14)).first == .broken(since: today.adding(days: 14)))
    }
}
