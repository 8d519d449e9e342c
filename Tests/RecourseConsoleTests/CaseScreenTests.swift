import Foundation
import RecourseConsole
import RecourseCore
import RecourseDemo
import RecourseStore
import Testing
import TermUI

@Suite("The case screen, headless")
struct CaseScreenTests {
    @Test("80×24: debtor with contacts and local time, the case, claims with totals, history newest first")
    func layout() {
        var harness = ScreenHarness(size: Size(width: 80, height: 24))
        harness.press(.enter)
        #expect(harness.screen() == [
            " Recourse · Case   Anna Schmidt (caseworker)  as of 2026-11-30 10:00",
            " RC-000001  Müller Präzisionstechnik GmbH  · EUR 48,000.00",
            " Debtor",
            "   Germany (DE) · de · Europe/Berlin · local time 11:00",
            "   HRB 12345 · VAT DE123456789",
            "   Hauptstraße 12, 70173 Stuttgart",
            "   ☎ Jürgen Weiß, Accounts payable  +49 711 1234567  j.weiss@example.de",
            "",
            " Case",
            "   Creditor Nordlicht Logistik GmbH   Assigned Anna Schmidt (anna.schmidt)   P…",
            "   Stage amicable   Next call on 2026-12-03",
            "   Callback 2026-11-30 09:30 (10:30 debtor's time)",
            "",
            " Claims  1",
            "   Invoice        Issued      Due                Amount    Outstanding  Days",
            "   NL-2026-00017  2026-07-03  2026-08-02  EUR 48,000.00  EUR 48,000.00   120",
            "   Total                                  EUR 48,000.00  EUR 48,000.00",
            "   Oldest open claim 120 days past due.",
            "",
            " History  newest first",
            "   2026-11-29 10:00  anna.schmidt  ☎ CB callback requested · Jürgen Weiß · 4 m…",
            "                     Asked us to call back after the payment run.",
            "   2026-11-21 10:00  sofia.marin  ✉ letter 1 (reminder) approved and sent",
            " c log a call  l draft a letter  v propose for review  ? help  q back",
        ])
    }

    @Test("the case scrolls; G shows the end of a long history and g the top")
    func scrolling() throws {
        let services = FakeServices()
        let reference = "RC-000001"
        let base = try #require(services.details[reference])
        var calls: [Activity] = []
        for index in 0..<40 {
            let record = CallRecord(direction: .outbound, contactName: nil, outcome: .noAnswer, durationMinutes: nil, note: "Attempt \(40 - index)")
            let at = FakeServices.now.addingTimeInterval(TimeInterval(-3600 * (index + 30)))
            calls.append(Activity(id: Int64(100 + index), actor: "anna.schmidt", occurredAt: at, detail: .call(record)))
        }
        services.details[reference] = CaseDetail(
            collectionCase: base.collectionCase, creditor: base.creditor, debtor: base.debtor, assignee: base.assignee,
            claims: base.claims, promises: base.promises, payments: base.payments, activities: calls + base.activities)
        var harness = ScreenHarness(services: services, size: Size(width: 80, height: 24))
        harness.press(.enter, .character("G"))
        let bottom = harness.screen().joined(separator: "\n")
        #expect(bottom.contains("letter 1 (reminder) approved and sent"))
        #expect(!bottom.contains(" Debtor"))
        harness.press(.character("g"))
        #expect(harness.screen()[2] == " Debtor")
    }

    @Test("on a real demo repository: queue, open, back — through SQLite and the core use cases")
    func realRepository() throws {
        let fixture = try DemoRepositoryFixture()
        let services = try fixture.services(as: "admin")
        var harness = ScreenHarness(services: services, size: Size(width: 120, height: 40))
        let queue = harness.screen()
        #expect(queue[0].contains("demo.sqlite [demo]"))
        #expect(queue[1].contains("All cases ("))
        let firstReference = try #require(queue[3].split(separator: " ").dropFirst().first.map(String.init))
        harness.press(.enter)
        let detail = harness.screen()
        #expect(detail[1].contains(firstReference))
        #expect(detail.contains(" Claims  ") || detail.contains { $0.hasPrefix(" Claims") })
        harness.press(.character("q"))
        #expect(harness.screen()[3].contains(firstReference))
    }
}
