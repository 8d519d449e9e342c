import Foundation
import RecourseConsole
import RecourseCore
import RecourseEscalation
import RecourseLetters
import Testing
import TermUI

/// Screen 3, the review queue, its case summary and the decision dialogs, on a real demo repository.
@Suite("Review screen")
struct ReviewScreenTests {
    static let wide = Size(width: 120, height: 40)
    static let narrow = Size(width: 80, height: 24)

    /// The demo's review queue as the desk lists it.
    static func items(_ fixture: DemoRepositoryFixture) throws -> [ReviewItem] {
        try fixture.services(as: "sofia.marin").review.queue()
    }

    /// Adds a lawyer for a country to the directory, as a supervisor.
    @discardableResult
    static func addLawyer(_ fixture: DemoRepositoryFixture, country: Country, name: String = "Dr. Jana Horáková") throws -> Lawyer {
        let sofia = try #require(try fixture.repository.user(login: "sofia.marin"))
        return try fixture.repository.addLawyer(
            name: name, firm: "Horáková & Partners", country: country, email: "jana@example.com", phone: nil, actor: sofia, at: FakeServices.now)
    }

    /// Logs a payment plan beyond policy (12 monthly instalments) on a case: it waits for a supervisor's approval.
    static func logLongPlan(_ fixture: DemoRepositoryFixture, on reference: String, as login: String) throws {
        let services = try fixture.services(as: login)
        var entry = CallEntry(reference: reference)
        entry.outcome = "PLAN"
        entry.planInstalments = "12"
        entry.planFirstDate = "2026-12-15"
        entry.planFrequency = PlanFrequency.monthly.rawValue
        entry.note = "Offers twelve monthly instalments."
        switch services.prepareCall(entry, detail: try services.caseDetail(reference: reference)) {
        case .success(let write): try services.saveCall(write)
        case .failure(let problems): Issue.record("plan not logged: \(problems.messages)")
        }
    }

    /// Selects the row of `reference` on screen 3 (rows follow the desk's order).
    static func select(_ reference: String, in items: [ReviewItem], _ harness: inout ScreenHarness) {
        harness.press(.character("g"))
        for _ in 0..<(items.firstIndex { $0.reference == reference } ?? 0) { harness.press(.character("j")) }
    }

    @Test("a supervisor opens 3 from the queue and the letters screen and sees the demo's review items")
    func supervisorSeesQueue() throws {
        let fixture = try DemoRepositoryFixture()
        let items = try Self.items(fixture)
        #expect(items.contains { $0.reason == .ladderExhausted })
        #expect(items.contains { $0.reason == .refusedToPay })
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("3"))
        let screen = harness.screen()
        #expect(screen[0].contains("Recourse · Review queue"))
        #expect(screen[1].contains("Review queue (\(items.count) waiting)"))
        #expect(screen[1].contains("ladder exhausted") && screen[1].contains("refused to pay"))
        #expect(screen[2].hasPrefix("Case      Debtor") && screen[2].contains("CC Risk") && screen[2].contains("Requested by"))
        let ladder = try LadderPolicyFile.bundled()
        for (row, item) in items.enumerated() {
            let line = screen[3 + row]
            let risk = try #require(ladder.risk(for: item.country))
            #expect(line.hasPrefix(item.reference) && line.contains(item.reason.label))
            #expect(line.contains(" \(item.country.code) \(risk.category) "))
            #expect(line.contains(String(item.daysOverdue)))
        }
        #expect(!screen.contains { $0.contains("Read-only") })
        #expect(screen.last?.contains("L legal  I insolvency  E extend  W write off  B return") == true)
        var full = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Size(width: 150, height: 30))
        full.press(.character("3"))
        let wider = full.screen()
        #expect(wider[2].contains("CC Risk       Reason") && wider[2].contains("Requested by Note"))
        #expect(wider[3].contains(" \(items[0].country.code) 0 low ") && wider[3].contains(" \(items[0].requestedOn?.description ?? "?") "))
        harness.press(.character("2"), .character("3"))
        #expect(harness.screen()[0].contains("Review queue"))
        harness.press(.character("1"))
        #expect(harness.screen()[0].contains("Work queue"))
        harness.press(.character("3"), .character("2"))
        #expect(harness.screen()[0].contains("Letters"))
    }

    @Test("letters unavailable: the summary says why interest is missing and the claim starts from the open balance")
    func lettersUnavailable() throws {
        let fixture = try DemoRepositoryFixture()
        let item = try #require(try Self.items(fixture).first)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin", lettersUnavailable: "rates.toml:3: broken"), size: Self.wide)
        harness.press(.character("3"), .enter)
        #expect(harness.screen().contains { $0.contains("Interest to today unavailable: letters are unavailable (rates.toml:3: broken)") })
        harness.press(.character("I"))
        let owed = item.outstanding.map { MoneyFormatter(conventions: .pointDecimal).string($0) }.joined(separator: " + ")
        let dialog = harness.screen()
        #expect(dialog.contains { $0.contains("Claim         \(owed)") })
        #expect(dialog.contains { $0.contains("the open balance only: letters are unavailable") })
    }

    @Test("a caseworker sees the queue read-only: a line says decisions are for supervisors, L is refused, no dialog opens")
    func caseworkerReadOnly() throws {
        let fixture = try DemoRepositoryFixture()
        let items = try Self.items(fixture)
        var harness = ScreenHarness(services: try fixture.services(as: "anna.schmidt"), size: Self.wide)
        harness.press(.character("3"))
        let screen = harness.screen()
        #expect(screen[2] == " Read-only: decisions are for supervisors. Press v on a case to ask for one.")
        #expect(screen[4].hasPrefix(items[0].reference))
        #expect(screen.last == " Enter summary  ? help  q quit")
        harness.press(.character("L"))
        let refused = harness.screen()
        #expect(refused.last?.contains("Only a supervisor can decide reviews; you are a caseworker.") == true)
        #expect(!refused.contains { $0.contains("Legal collection") })
        harness.press(.enter, .character("W"))
        #expect(harness.screen().last?.contains("Only a supervisor can decide reviews") == true)
        #expect(try Self.items(fixture).count == items.count)
    }

    @Test("v on a case proposes it with a note (required): it joins the queue as proposed, with who asked and the note")
    func propose() throws {
        let fixture = try DemoRepositoryFixture()
        let reference = try #require(try LettersScreenTests.germanCases(fixture).first)
        var harness = ScreenHarness(services: try fixture.services(as: "anna.schmidt"), size: Self.wide)
        harness.press(.character("/"))
        harness.type(reference)
        harness.press(.enter, .enter, .character("v"))
        #expect(harness.screen().contains { $0.contains("Propose \(reference) for review") })
        harness.press(.enter)
        #expect(harness.screen().contains { $0.contains("A note is required: the supervisor decides on it.") })
        harness.type("Owner says the company is being sold; ask legal")
        harness.press(.enter)
        let caseScreen = harness.screen()
        #expect(caseScreen.last?.contains("Proposed \(reference) for review.") == true)
        #expect(caseScreen.contains { $0.contains("Flags awaiting supervisor review") })
        harness.press(.character("v"))
        #expect(harness.screen().last?.contains("\(reference) is already waiting for review (screen 3).") == true)
        harness.press(.character("q"), .character("3"))
        let queue = harness.screen()
        let row = try #require(queue.first { $0.hasPrefix(reference) })
        #expect(row.contains("proposed") && row.contains("anna.schmidt: Owner says"))
        let item = try #require(try Self.items(fixture).first { $0.reference == reference })
        #expect(item.reason == .proposed && item.requestedBy == "anna.schmidt")
    }

    @Test("80×24: the list, the summary and a dialog fit, lines never wider than the terminal, borders whole")
    func narrowRendering() throws {
        let fixture = try DemoRepositoryFixture()
        let items = try Self.items(fixture)
        try Self.addLawyer(fixture, country: items[0].country)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.narrow)
        func check(_ screen: [String]) {
            #expect(screen.count == 24)
            #expect(screen.allSatisfy { DisplayWidth.width(of: $0) <= 80 })
            #expect(!screen.joined().contains("\u{FFFD}"))
        }
        harness.press(.character("3"))
        let list = harness.screen()
        check(list)
        #expect(list[0] == " Recourse · Review queue   Sofia Marín [demo]  as of 2026-11-30 10:00")
        #expect(list[2] == "Case      Debtor             CC Risk Reason               Outstanding Days Since")
        #expect(list[3].hasPrefix(items[0].reference) && list[3].hasSuffix(String(items[0].requestedOn?.description.dropFirst(5) ?? "")))
        #expect(list.last == " Enter summary  L legal  I insolvency  E extend  W write off  B return  ? help")
        harness.press(.enter)
        let summary = harness.screen()
        check(summary)
        #expect(summary[1].hasPrefix(" Review · \(items[0].reference)"))
        harness.press(.character("L"))
        let dialog = harness.screen()
        check(dialog)
        let top = try #require(dialog.firstIndex { $0.contains("┌─ Legal collection · \(items[0].reference)") })
        let bottom = try #require(dialog.firstIndex { $0.contains("└──") })
        #expect(dialog[top].hasSuffix("┐") || dialog[top].contains("┐"))
        for line in dialog[(top + 1)..<bottom] { #expect(line.filter { $0 == "│" }.count >= 2) }
        #expect(dialog.last == " Enter decide  Tab next field  ←/→ choose  Esc cancel")
    }
}

/// Running the ladder from screen 3.
@Suite("Ladder run from the console")
struct LadderRunScreenTests {
    @Test("R on screen 3 asks, then runs the ladder for today: the footer sums it up and new reviews are listed")
    func runFromConsole() throws {
        let fixture = try DemoRepositoryFixture(cases: 200)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Size(width: 120, height: 40))
        harness.press(.character("3"))
        let before = harness.screen()[1]
        harness.press(.character("R"))
        #expect(harness.screen().contains { $0.contains("Run the escalation ladder for 2026-11-30?") })
        harness.press(.character("n"))
        #expect(harness.screen().last?.contains("Nothing was run.") == true)
        harness.press(.character("R"), .character("y"))
        let after = harness.screen()
        #expect(after.last?.contains("Ladder run for 2026-11-30:") == true)
        #expect(after[1] != before)
        var caseworker = ScreenHarness(services: try fixture.services(as: "anna.schmidt"), size: Size(width: 120, height: 40))
        caseworker.press(.character("3"), .character("R"))
        #expect(caseworker.screen().last?.contains("Only a supervisor runs the ladder") == true)
    }
}
