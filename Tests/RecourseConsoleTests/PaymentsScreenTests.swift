import Foundation
import RecourseConsole
import RecourseCore
import Testing
import TermUI

/// Screen 4 on a real demo repository: the open unmatched payments, assigning one through the case
/// search, setting one aside; caseworkers see the list read-only.
@Suite("Unmatched payments screen")
struct PaymentsScreenTests {
    static let wide = Size(width: 140, height: 40)

    /// Imports two payments no rule matches; returns an open case in the first payment's currency.
    static func unmatched(_ fixture: DemoRepositoryFixture) throws -> (reference: String, debtor: String) {
        let today = DemoRepositoryFixture.today
        let candidate = try #require(try fixture.repository.queueCandidates(assignee: nil, asOf: today)
            .first { $0.stage == .amicable && !$0.disputed && $0.outstanding.count == 1 })
        let code = try #require(candidate.outstanding.first?.currency.code)
        let csv = "date,amount,currency,reference,payer\n\(today),7,\(code),,Mystery Payer One\n\(today),9,\(code),,Mystery Payer Two\n"
        let report = try fixture.services(as: "sofia.marin").payments.importFile(Array(csv.utf8), conventions: .pointDecimal, dryRun: false)
        try #require(report.count == 2)
        return (candidate.reference, candidate.debtorName)
    }

    @Test("4 lists them; a assigns through the case search; n sets one aside with a reason")
    func assignAndNotOurs() throws {
        let fixture = try DemoRepositoryFixture()
        let target = try Self.unmatched(fixture)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("4"))
        var screen = harness.screen()
        #expect(harness.app.currentScreen == "payments")
        #expect(screen.contains { $0.contains("Unmatched payments (2 open)") })
        #expect(screen.contains { $0.contains("Mystery Payer One") })
        harness.press(.character("a"))
        #expect(harness.screen().contains { $0.contains("Assign payment #1 to a case") })
        harness.type(target.reference)
        screen = harness.screen()
        #expect(screen.contains { $0.contains("› \(target.reference)") })
        harness.press(.enter)
        screen = harness.screen()
        #expect(screen.contains { $0.contains("Payment #1:") && $0.contains("recorded on \(target.reference)") })
        #expect(screen.contains { $0.contains("Unmatched payments (1 open)") })
        harness.press(.character("n"))
        #expect(harness.screen().contains { $0.contains("Payment #2 is not ours") })
        harness.press(.enter)
        #expect(harness.screen().contains { $0.contains("A reason is required") })
        harness.type("Returned to the payer's bank")
        harness.press(.enter)
        screen = harness.screen()
        #expect(screen.contains { $0.contains("Payment #2 set aside as not ours.") })
        #expect(screen.contains { $0.contains("Unmatched payments (0 open)") })
        let decided = try fixture.services(as: "sofia.marin").payments.unmatched(includeDecided: true)
        #expect(decided.map(\.status) == [.assigned, .notOurs])
    }

    @Test("the case search finds open cases by debtor name; Esc leaves the payment open")
    func searchByName() throws {
        let fixture = try DemoRepositoryFixture()
        let target = try Self.unmatched(fixture)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("4"), .enter)
        harness.type(String(target.debtor.prefix(6)))
        #expect(harness.screen().contains { $0.contains(target.debtor) })
        harness.press(.escape)
        #expect(harness.screen().contains { $0.contains("Payment #1 not assigned.") })
        #expect(try fixture.services(as: "sofia.marin").payments.unmatched().count == 2)
    }

    @Test("caseworkers see the list read-only and cannot assign")
    func readOnly() throws {
        let fixture = try DemoRepositoryFixture()
        _ = try Self.unmatched(fixture)
        var harness = ScreenHarness(services: try fixture.services(as: "anna.schmidt"), size: Self.wide)
        harness.press(.character("4"))
        var screen = harness.screen()
        #expect(screen.contains { $0.contains("Read-only:") })
        #expect(screen.last?.contains("assign") == false)
        harness.press(.character("a"))
        screen = harness.screen()
        #expect(screen.contains { $0.contains("Only a supervisor assigns payments; you are a caseworker.") })
        harness.press(.character("1"))
        #expect(harness.app.currentScreen == "queue")
    }
}
