import Foundation
import GRDB
import RecourseCore
import Testing
@testable import RecourseStore

/// The supervisors' review queue and decisions on a real repository.
@Suite("Review queue and decisions")
struct ReviewStoreTests {
    static let today = DemoFixture.today
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let clock = FrozenClock(now: Timestamp.instant(of: today, minuteOfDay: 600, in: utc), timeZone: utc)

    static func desk(_ repository: SQLiteRepository, _ login: String) throws -> ReviewDesk {
        ReviewDesk(store: repository, clock: clock, session: Session(user: try #require(try repository.user(login: login)), osLogin: login))
    }

    @Test("the demo's reviews carry their reasons; a caseworker's proposal joins them; a second proposal is refused")
    func queueAndProposal() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 300)
        let sofia = try Self.desk(repository, "sofia.marin")
        let before = try sofia.queue()
        #expect(!before.isEmpty)
        #expect(before.contains { $0.reason == .refusedToPay })
        #expect(before.contains { $0.reason == .ladderExhausted })
        #expect(before.allSatisfy { $0.requestedOn != nil })
        let reference = try #require(try repository.queueCandidates(assignee: "anna.schmidt", asOf: Self.today)
            .first { $0.stage == .amicable && !$0.reviewRequested }?.reference)
        let anna = try Self.desk(repository, "anna.schmidt")
        try anna.propose(reference: reference, note: "Debtor moved its assets abroad")
        let item = try #require(try sofia.queue().first { $0.reference == reference })
        #expect(item.reason == .proposed)
        #expect(item.requestedBy == "anna.schmidt")
        #expect(item.note == "Debtor moved its assets abroad")
        #expect(throws: RecourseError.self) { try anna.propose(reference: reference, note: "again") }
        #expect(throws: RecourseError.self) { try anna.decide(reference: reference, .writeOff(reason: "no")) }
    }

    @Test("legal: a lawyer of the debtor's country, the stage moves, letters cancelled, the matter on the case")
    func legal() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 300)
        let sofia = try Self.desk(repository, "sofia.marin")
        let item = try #require(try sofia.queue().first { $0.reason != .planApproval })
        let session = Session(user: try #require(try repository.user(login: "sofia.marin")), osLogin: "sofia.marin")
        let local = try sofia.addLawyer(name: "Ana Local", firm: "Local Firm", country: item.country, email: nil, phone: nil)
        let abroad = try sofia.addLawyer(name: "Far Away", firm: "Elsewhere LLP", country: try Country(code: item.country.code == "JP" ? "DE" : "JP"),
                                         email: nil, phone: nil)
        let costs = Money(minorUnits: 120_000, currency: item.outstanding.first?.currency ?? .eur)
        #expect(throws: RecourseError.self) {
            try sofia.decide(reference: item.reference, .legal(lawyerId: abroad.id, estimatedCosts: costs, nextStep: "claim form"))
        }
        #expect(throws: RecourseError.self) {
            try sofia.decide(reference: item.reference, .legal(lawyerId: local.id, estimatedCosts: costs, nextStep: "  "))
        }
        try sofia.decide(reference: item.reference, .legal(lawyerId: local.id, estimatedCosts: costs, nextStep: "file a claim form"))
        let detail = try #require(try repository.caseDetail(reference: item.reference, asOf: Self.today))
        #expect(detail.collectionCase.stage == .legal)
        #expect(detail.collectionCase.nextAction == .lawyerFollowUp)
        #expect(detail.legal?.lawyer?.name == "Ana Local")
        #expect(detail.legal?.estimatedCosts == costs)
        #expect(!(try sofia.queue()).contains { $0.reference == item.reference })
        guard case .stageChange(let from, let to, let reason)? = detail.activities.first?.detail else {
            Issue.record("no stage change in the history")
            return
        }
        #expect(from == item.stage && to == .legal)
        #expect(reason?.contains("file a claim form") == true)
        _ = session
        try sofia.update(reference: item.reference, .legal(courtReference: "2 C 123/26", nextStep: nil, costsSoFar: costs, hearing: Self.today.adding(days: 30)))
        let updated = try #require(try repository.caseDetail(reference: item.reference, asOf: Self.today))
        #expect(updated.legal?.courtReference == "2 C 123/26")
        #expect(updated.legal?.hearings == [Self.today.adding(days: 30)])
        let recorded = try repository.pool.read { db in try String.fetchAll(db, sql: "SELECT decision FROM review_decision") }
        #expect(recorded == ["legal"])
    }

    @Test("insolvency, extend, write off and return; a passed deadline and an empty reason are refused")
    func otherDecisions() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 400)
        let sofia = try Self.desk(repository, "sofia.marin")
        let items = try sofia.queue().filter { $0.reason != .planApproval }
        try #require(items.count >= 4)
        let claimed = items[0].outstanding
        #expect(throws: RecourseError.self) {
            try sofia.decide(reference: items[0].reference, .insolvency(practitioner: "Dr. Weiß", filingDeadline: Self.today.adding(days: -1), claimed: claimed))
        }
        try sofia.decide(reference: items[0].reference, .insolvency(practitioner: "Dr. Weiß", filingDeadline: Self.today.adding(days: 30), claimed: claimed))
        let insolvent = try #require(try repository.caseDetail(reference: items[0].reference, asOf: Self.today))
        #expect(insolvent.collectionCase.stage == .insolvency)
        #expect(insolvent.insolvency?.claimed == claimed)
        #expect(insolvent.collectionCase.nextActionOn == Self.today.adding(days: 23))
        let first = try #require(claimed.first)
        try sofia.update(reference: items[0].reference, .insolvency(filedOn: Self.today, admitted: first, dividend: Money(minorUnits: 100, currency: first.currency)))
        try sofia.update(reference: items[0].reference, .insolvency(filedOn: nil, admitted: nil, dividend: Money(minorUnits: 50, currency: first.currency)))
        let filed = try #require(try repository.caseDetail(reference: items[0].reference, asOf: Self.today).flatMap(\.insolvency))
        #expect(filed.filedOn == Self.today)
        #expect(filed.dividend == [Money(minorUnits: 150, currency: first.currency)])

        try sofia.decide(reference: items[1].reference, .extend(until: Self.today.adding(days: 21), reason: "debtor refinancing"))
        let extended = try repository.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT review_requested, ladder_due_on FROM collection_case WHERE reference = ?", arguments: [items[1].reference])
        }
        #expect(extended?[0] == false)
        #expect(extended?[1] == Self.today.adding(days: 21).description)

        #expect(throws: RecourseError.self) { try sofia.decide(reference: items[2].reference, .writeOff(reason: " ")) }
        try sofia.decide(reference: items[2].reference, .writeOff(reason: "debtor dissolved, no assets"))
        let closed = try #require(try repository.caseDetail(reference: items[2].reference, asOf: Self.today))
        #expect(closed.collectionCase.stage == .closed)
        #expect(closed.collectionCase.closeReason == .writtenOff)

        try sofia.decide(reference: items[3].reference, .returnToCaseworker(note: "call the new finance director first"))
        let returned = try #require(try repository.caseDetail(reference: items[3].reference, asOf: Self.today))
        #expect(!returned.collectionCase.reviewRequested)
        guard case .note(let text)? = returned.activities.first?.detail else {
            Issue.record("no note")
            return
        }
        #expect(text == "Review: back to the caseworker: call the new finance director first")
        #expect(try repository.checkIntegrity().passed)
    }

    @Test("a plan beyond policy waits in the review queue; approve clears it, decline ends it")
    func planApproval() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 200)
        let candidates = try repository.queueCandidates(assignee: "anna.schmidt", asOf: Self.today)
            .filter { $0.stage == .amicable && !$0.disputed && !$0.reviewRequested && $0.outstanding.count == 1 }
        try #require(candidates.count >= 2)
        let logger = CallLogger(recorder: repository, cases: repository, clock: Self.clock, policy: .standard, conventions: .pointDecimal)
        let anna = Session(user: try #require(try repository.user(login: "anna.schmidt")), osLogin: "anna.schmidt")
        for candidate in candidates.prefix(2) {
            var entry = CallEntry(reference: candidate.reference)
            entry.outcome = "PLAN"
            entry.planInstalments = "10"
            entry.planFirstDate = Self.today.adding(days: 7).description
            entry.planFrequency = "monthly"
            try logger.log(entry, session: anna)
        }
        let sofia = try Self.desk(repository, "sofia.marin")
        let plans = try sofia.queue().filter { $0.reason == .planApproval }
        #expect(Set(plans.map(\.reference)) == Set(candidates.prefix(2).map(\.reference)))
        #expect(throws: RecourseError.self) { try sofia.decide(reference: plans[0].reference, .writeOff(reason: "no")) }
        try sofia.decide(reference: plans[0].reference, .approvePlan)
        try sofia.decide(reference: plans[1].reference, .declinePlan(reason: "ten months is too long for this debtor"))
        #expect(try sofia.queue().filter { $0.reason == .planApproval }.isEmpty)
        let approved = try #require(try repository.caseDetail(reference: plans[0].reference, asOf: Self.today))
        #expect(approved.activePlan?.awaitingApproval == false)
        let declined = try #require(try repository.caseDetail(reference: plans[1].reference, asOf: Self.today))
        #expect(declined.activePlan == nil)
    }
}
