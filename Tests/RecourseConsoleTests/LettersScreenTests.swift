import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters
import Testing
import TermUI

/// Screen 2 and the letter preview, on a real demo repository.
@Suite("Letters screen")
struct LettersScreenTests {
    /// Two DE cases of the demo with open, undisputed claims and nothing in force (no promise or plan).
    static func germanCases(_ fixture: DemoRepositoryFixture) throws -> [String] {
        try fixture.repository.queueCandidates(assignee: "anna.schmidt", asOf: DemoRepositoryFixture.today)
            .filter { $0.debtorCountry == "DE" && $0.stage == .amicable && !$0.disputed && $0.promise == nil }
            .map(\.reference).sorted()
    }

    @Test("a caseworker drafts from the case with l (the ladder's next preselected), sees the preview, submits with s")
    func draftFromCase() throws {
        let fixture = try DemoRepositoryFixture()
        let reference = try #require(try Self.germanCases(fixture).first)
        var harness = ScreenHarness(services: try fixture.services(as: "anna.schmidt"), size: Size(width: 120, height: 40))
        harness.press(.character("/"))
        harness.type(reference)
        harness.press(.enter, .enter, .character("l"))
        let picker = harness.screen()
        #expect(picker.contains { $0.contains("Draft a letter for \(reference)") })
        #expect(picker.contains { $0.contains("(suggested)") })
        harness.press(.enter)
        let preview = harness.screen()
        #expect(preview[0].contains("Recourse · Letter"))
        #expect(preview[1].contains("Letter 1 · \(reference)"))
        #expect(preview[2].contains("DRAFT · drafted by anna.schmidt"))
        #expect(preview.contains { $0.contains("Meridian Credit Recovery GmbH") })
        #expect(preview.last?.contains("Drafted letter 1") == true)
        harness.press(.character("a"))
        #expect(harness.screen().last?.contains("only a supervisor can approve letters; you are a caseworker") == true)
        harness.press(.character("s"))
        #expect(harness.screen()[2].contains("SUBMITTED"))
        harness.press(.character("q"), .character("q"), .character("2"))
        let list = harness.screen()
        #expect(list[0].contains("Recourse · Letters"))
        #expect(list[1].contains("My letters (1)"))
        #expect(list[3].contains(reference) && list[3].contains("submitted"))
    }

    @Test("a supervisor previews, rejects with a reason (required), approves the next with J then a; a payment makes a letter stale")
    func supervisorDecides() throws {
        let fixture = try DemoRepositoryFixture()
        let references = try Self.germanCases(fixture)
        try #require(references.count >= 3)
        guard case .success(let anna) = try fixture.services(as: "anna.schmidt").letters else {
            Issue.record("no desk")
            return
        }
        let ids = try references.prefix(3).map { try anna.submit(letterId: try anna.draft(reference: $0, level: .reminder).id).id }
        let session = Session(user: try #require(try fixture.repository.user(login: "anna.schmidt")), osLogin: "anna.schmidt")
        _ = try PaymentRecorder(recorder: fixture.repository, cases: fixture.repository, clock: FrozenClock(now: FakeServices.now, timeZone: FakeServices.utc),
                                policy: .standard, conventions: .pointDecimal)
            .record(reference: references[2], amount: "10.00", date: "2026-11-30", bankReference: nil, session: session)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Size(width: 120, height: 40))
        harness.press(.character("2"))
        let list = harness.screen()
        #expect(list[1].contains("Approvals (3 waiting)"))
        #expect(list[1].contains("1 stale"))
        #expect(list[5].hasSuffix("stale…") || list[5].contains("stale:"))
        harness.press(.enter)
        #expect(harness.screen()[1].contains("Letter \(ids[0])") && harness.screen()[1].contains("1 of 3"))
        harness.press(.character("r"))
        #expect(harness.screen().contains { $0.contains("Reject letter \(ids[0])") })
        harness.press(.enter)
        #expect(harness.screen().contains { $0.contains("A reason is required") })
        harness.type("wrong contact person")
        harness.press(.enter)
        let rejected = harness.screen()
        #expect(rejected[2].contains("REJECTED"))
        #expect(rejected.contains { $0.contains("Rejected: wrong contact person") })
        harness.press(.character("J"))
        #expect(harness.screen()[1].contains("Letter \(ids[1])"))
        harness.press(.character("a"))
        #expect(harness.screen()[2].contains("APPROVED"))
        harness.press(.character("J"))
        let stale = harness.screen()
        #expect(stale[1].contains("Letter \(ids[2])"))
        #expect(stale[3].contains("STALE") && stale[3].contains("a payment was received"))
        harness.press(.character("a"))
        #expect(harness.screen().last?.contains("is stale") == true)
        harness.press(.character("e"), .character("a"))
        #expect(harness.screen()[2].contains("APPROVED"))
        harness.press(.character("q"), .character("x"))
        #expect(harness.screen().last?.contains("Exported 2 letters to") == true)
        let batches = try FileManager.default.contentsOfDirectory(atPath: fixture.outbox.path)
        #expect(batches.count == 1)
    }

    @Test("letters unavailable (a broken rates.toml): the screen says why instead of a list")
    func unavailable() throws {
        var harness = ScreenHarness(size: Size(width: 100, height: 30))
        harness.press(.character("2"))
        let screen = harness.screen()
        #expect(screen.contains { $0.contains("Letters are unavailable: rates.toml:3: broken (test)") })
    }
}
