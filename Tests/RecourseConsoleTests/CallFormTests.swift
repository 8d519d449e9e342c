import Foundation
import RecourseConsole
import RecourseCore
import Testing
import TermUI

@Suite("The call form, headless")
struct CallFormTests {
    func typeField(_ harness: inout ScreenHarness, _ text: String) {
        harness.type(text)
        harness.press(.tab)
    }

    @Test("c opens the form over the case, with its debtor, balance and last activities; fields in tab order")
    func opens() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        harness.press(.character("c"))
        #expect(harness.app.currentScreen == "call")
        let lines = harness.screen()
        #expect(lines[1] == " Log call · RC-000001 · Müller Präzisionstechnik GmbH")
        #expect(lines[2].hasPrefix(" Outstanding EUR 48,000.00 · 120 d past due · their time 11:00"))
        #expect(lines[3].contains("CB (callback requested) with Jürgen Weiß"))
        #expect(lines[6].hasPrefix(" Contact     ‹ Jürgen Weiß, Accounts payable"))
        #expect(lines[7].hasPrefix(" Direction   ‹ outbound"))
        #expect(lines[8].hasPrefix(" Outcome"))
        #expect(lines[10].hasPrefix(" Notes"))
        #expect(lines.last == " Ctrl-S save  Ctrl-N save & next case  Tab next field  ←/→ choose  Esc cancel")
    }

    @Test("a PTP saved with Ctrl-S: the write has the promise, the form closes, the footer says what happened")
    func savesPromise() {
        let services = FakeServices()
        services.conventions = .commaDecimal
        var harness = ScreenHarness(services: services, size: Size(width: 120, height: 40))
        harness.press(.character("c"), .tab, .tab)
        typeField(&harness, "ptp")
        typeField(&harness, "5")
        let screen = harness.screen()
        #expect(screen[8].contains("promise to pay"))
        #expect(screen[10].hasPrefix(" Amount"))
        typeField(&harness, "1.234,56")
        typeField(&harness, "2026-12-10")
        harness.type("Zahlung über 1.234,56 € zugesagt — 支付 ✓")
        harness.press(.ctrl("s"))
        #expect(harness.app.currentScreen == "queue")
        let write = services.savedCalls.first
        #expect(write?.promise?.amount == Money(minorUnits: 123_456, currency: .eur))
        #expect(write?.record.durationMinutes == 5)
        #expect(write?.record.note == "Zahlung über 1.234,56 € zugesagt — 支付 ✓")
        #expect(harness.screen().last?.contains("Logged PTP on RC-000001: promise EUR 1.234,56 by 2026-12-10") == true)
    }

    @Test("problems show next to their fields and follow the typing; nothing is saved")
    func inlineProblems() {
        let services = FakeServices()
        var harness = ScreenHarness(services: services, size: Size(width: 120, height: 40))
        harness.press(.character("c"), .tab, .tab)
        harness.type("PTP")
        harness.press(.ctrl("s"))
        var lines = harness.screen()
        #expect(services.savedCalls.isEmpty)
        #expect(lines[5] == " 2 fields need attention before saving")
        #expect(lines[10].contains("✗ how much was promised? (EUR)"))
        #expect(lines[11].contains("✗ promise date? YYYY-MM-DD"))
        harness.type("100")
        lines = harness.screen()
        #expect(!lines[10].contains("✗"))
        #expect(lines[5] == " 1 field needs attention before saving")
    }

    @Test("Esc on a changed form asks first; keep editing keeps everything; y discards")
    func dirtyGuard() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        harness.press(.character("c"), .tab, .tab)
        harness.type("NA")
        harness.press(.escape)
        #expect(harness.screen().joined().contains("Discard this call?"))
        harness.press(.escape)
        #expect(harness.app.currentScreen == "call")
        #expect(harness.screen()[8].contains("NA"))
        harness.press(.escape, .character("y"))
        #expect(harness.app.currentScreen == "queue")
        harness.press(.character("c"), .escape)
        #expect(harness.app.currentScreen == "queue", "an untouched form closes at once")
    }

    @Test("a save that fails keeps the form open with everything typed, and says why")
    func failedSave() {
        let services = FakeServices()
        services.saveFailure = RecourseError.conflict("agency.sqlite is locked by another Recourse for too long; try again")
        var harness = ScreenHarness(services: services, size: Size(width: 120, height: 40))
        harness.press(.character("c"), .tab, .tab)
        typeField(&harness, "LM")
        harness.press(.tab)
        harness.type("voicemail, second attempt")
        harness.press(.ctrl("s"))
        #expect(harness.app.currentScreen == "call")
        let lines = harness.screen()
        #expect(lines[5].hasPrefix(" Not saved: agency.sqlite is locked"))
        #expect(lines.joined().contains("voicemail, second attempt"))
        services.saveFailure = nil
        harness.press(.ctrl("s"))
        #expect(services.savedCalls.first?.record.note == "voicemail, second attempt")
    }

    @Test("Ctrl-N saves and opens the next case in the queue")
    func saveAndNext() {
        let services = FakeServices()
        var harness = ScreenHarness(services: services, size: Size(width: 120, height: 40))
        harness.press(.enter, .character("c"), .tab, .tab)
        harness.type("NA")
        harness.press(.ctrl("n"))
        #expect(harness.app.currentScreen == "case")
        #expect(harness.screen()[1].contains("RC-000002"))
        harness.press(.character("c"), .tab, .tab)
        harness.type("CB")
        harness.press(.tab, .tab)
        harness.type("2026-12-01 09:00")
        #expect(harness.screen().joined().contains("= 2026-12-01 01:00 your time"))
        harness.press(.ctrl("n"))
        #expect(services.savedCalls.map(\.record.outcome) == [.noAnswer, .callback])
        #expect(harness.screen()[1].contains("RC-000003"))
    }

    @Test("PLAN shows the schedule before saving")
    func planPreview() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        harness.press(.character("c"), .tab, .tab)
        typeField(&harness, "PLAN")
        harness.press(.tab)
        typeField(&harness, "3")
        typeField(&harness, "2026-12-15")
        let text = harness.screen().joined(separator: "\n")
        #expect(text.contains("1  2026-12-15  EUR 16,000.00"))
        #expect(text.contains("3  2027-02-15  EUR 16,000.00"))
    }
}
