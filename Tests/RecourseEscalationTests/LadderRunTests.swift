import Foundation
import GRDB
import RecourseCore
import RecourseDemo
import RecourseEscalation
import RecourseLetters
import Testing
@testable import RecourseStore

/// The ladder run on a real demo repository.
@Suite("Ladder run")
struct LadderRunTests {
    static let today = LocalDate(year: 2026, month: 11, day: 30)
    static let utc = TimeZone(identifier: "UTC") ?? .current

    /// A demo repository in a temp directory, removed afterwards.
    final class Fixture: @unchecked Sendable {
        let directory: URL
        let repository: SQLiteRepository
        init(cases: Int = 300) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-ladder-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            repository = try SQLiteRepository.create(
                path: directory.appendingPathComponent("demo.sqlite").path, creator: "admin",
                batch: DemoPortfolio(seed: 5, caseCount: cases, today: LadderRunTests.today, adminLogin: "admin"), kind: "demo", info: [:],
                at: Timestamp.instant(of: LadderRunTests.today, minuteOfDay: 0, in: LadderRunTests.utc))
        }
        deinit {
            try? repository.close()
            try? FileManager.default.removeItem(at: directory)
        }

        func runner(_ login: String, on day: LocalDate, rates: RateTable = LadderRunTests.rates) throws -> EscalationRunner {
            let clock = FrozenClock(now: Timestamp.instant(of: day, minuteOfDay: 600, in: LadderRunTests.utc), timeZone: LadderRunTests.utc)
            guard let user = try repository.user(login: login) else { throw RecourseError.unknownUser(login) }
            let templates = LetterTemplates.bundled().templates
            return EscalationRunner(
                store: repository, policy: try LadderPolicyFile.bundled(),
                desk: { drafter in
                    LetterDesk(store: self.repository, templates: templates, interest: LetterInterest.statutory(rates: rates), clock: clock,
                               session: Session(user: drafter, osLogin: login))
                },
                clock: clock, session: Session(user: user, osLogin: login))
        }
    }

    /// 2026H2 as a user would enter it (the bundled table ends at 2026H1).
    static let rates: RateTable = {
        var table = (try? RateTableFile.bundled()) ?? .empty
        table.set(.ecbMainRefinancing, .h2(2026), basisPoints: 215)
        table.set(.germanBaseRate, .h2(2026), basisPoints: 127)
        table.set(.bankOfEnglandReference, .h2(2026), basisPoints: 375)
        table.set(.ecbMainRefinancing, .h1(2027), basisPoints: 215)
        table.set(.germanBaseRate, .h1(2027), basisPoints: 127)
        table.set(.bankOfEnglandReference, .h1(2027), basisPoints: 375)
        return table
    }()

    @Test("a run takes due steps: calls, letters submitted in the caseworker's name, reviews; the same day again changes nothing")
    func runAndRepeat() throws {
        let fixture = try Fixture()
        let runner = try fixture.runner("sofia.marin", on: Self.today)
        let planned = try runner.plan(asOf: Self.today).filter { if case .take = $0.decision { return true } else { return false } }
        let first = try runner.run(asOf: Self.today)
        #expect(first.calls + first.letters + first.reviews == planned.count)
        #expect(first.letters > 0 && first.calls > 0 && first.reviews > 0)
        #expect(first.problems.isEmpty, "\(first.problems)")
        let letters = try fixture.repository.letters(LetterFilter(states: [.submitted]))
        #expect(letters.count == first.letters)
        #expect(!letters.contains { $0.letter.draftedBy == "sofia.marin" && $0.letter.caseReference.isEmpty })
        let drafters = Set(letters.map(\.letter.draftedBy))
        #expect(drafters.isSubset(of: ["anna.schmidt", "tom.baker", "li.wei", "marta.nowak", "luca.rossi", "sofia.marin"]))
        let second = try runner.run(asOf: Self.today)
        #expect(second.calls == 0 && second.letters == 0 && second.reviews == 0)
        #expect(try fixture.repository.letters(LetterFilter(states: [.submitted])).count == first.letters)
        let runs = try fixture.repository.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM escalation_run") }
        #expect(runs == 2)
        #expect(try fixture.repository.checkIntegrity().passed)
    }

    @Test("an earlier day than the last run is refused; a caseworker may not run the ladder")
    func refusals() throws {
        let fixture = try Fixture(cases: 80)
        _ = try fixture.runner("admin", on: Self.today).run(asOf: Self.today)
        #expect(throws: RecourseError.self) { try fixture.runner("admin", on: Self.today.adding(days: -1)).run(asOf: Self.today.adding(days: -1)) }
        #expect(throws: RecourseError.self) { try fixture.runner("anna.schmidt", on: Self.today).run(asOf: Self.today) }
    }

    @Test("paused cases are left alone: disputes, holds and pending promises keep their cursor")
    func pausesRespected() throws {
        let fixture = try Fixture()
        let disputed = try fixture.repository.queueCandidates(assignee: nil, asOf: Self.today).filter { $0.disputed && $0.stage == .amicable }
        try #require(!disputed.isEmpty)
        _ = try fixture.runner("sofia.marin", on: Self.today.adding(days: 30)).run(asOf: Self.today.adding(days: 30))
        for candidate in disputed {
            let letters = try fixture.repository.letters(LetterFilter(caseReference: candidate.reference))
            #expect(letters.isEmpty, "\(candidate.reference)")
            let detail = try #require(try fixture.repository.caseDetail(reference: candidate.reference, asOf: Self.today))
            #expect(!detail.collectionCase.reviewRequested || detail.activities.allSatisfy {
                if case .note(let text) = $0.detail { return !text.hasPrefix("Review requested by the ladder") }
                return true
            })
        }
    }

    @Test("a month ahead: letters and reviews; a letter that cannot be rendered is reported and retried later")
    func monthAheadAndMissingRates() throws {
        let fixture = try Fixture()
        let later = Self.today.adding(days: 31)
        let withoutRates = try fixture.runner("sofia.marin", on: later, rates: (try? RateTableFile.bundled()) ?? .empty).run(asOf: later)
        #expect(withoutRates.problems.contains { $0.contains("no rate for") })
        let stuck = withoutRates.problems.count
        let next = later.adding(days: 1)
        let retried = try fixture.runner("sofia.marin", on: next).run(asOf: next)
        #expect(retried.letters >= stuck)
        #expect(retried.problems.isEmpty, "\(retried.problems)")
        let reviews = try ReviewDesk(
            store: fixture.repository, clock: FrozenClock(now: Timestamp.instant(of: next, minuteOfDay: 600, in: Self.utc), timeZone: Self.utc),
            session: Session(user: try #require(try fixture.repository.user(login: "sofia.marin")), osLogin: "sofia.marin")
        ).queue()
        #expect(reviews.contains { $0.reason == .ladderExhausted && $0.requestedBy == "sofia.marin" })
    }

    @Test("an extension ends in a new review on its day")
    func extensionEnds() throws {
        let fixture = try Fixture()
        let clock = FrozenClock(now: Timestamp.instant(of: Self.today, minuteOfDay: 600, in: Self.utc), timeZone: Self.utc)
        let sofia = ReviewDesk(
            store: fixture.repository, clock: clock,
            session: Session(user: try #require(try fixture.repository.user(login: "sofia.marin")), osLogin: "sofia.marin"))
        _ = try fixture.runner("sofia.marin", on: Self.today).run(asOf: Self.today)
        let item = try #require(try sofia.queue().first { $0.reason == .ladderExhausted })
        try sofia.decide(reference: item.reference, .extend(until: Self.today.adding(days: 14), reason: "refinancing under way"))
        _ = try fixture.runner("sofia.marin", on: Self.today.adding(days: 7)).run(asOf: Self.today.adding(days: 7))
        #expect(!(try sofia.queue()).contains { $0.reference == item.reference })
        _ = try fixture.runner("sofia.marin", on: Self.today.adding(days: 14)).run(asOf: Self.today.adding(days: 14))
        let again = try #require(try sofia.queue().first { $0.reference == item.reference })
        #expect(again.note?.contains("extension ended") == true)
    }
}
