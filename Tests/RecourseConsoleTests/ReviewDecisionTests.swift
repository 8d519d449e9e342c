import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters
import Testing
import TermUI

/// The decision dialogs of screen 3 on a real demo repository: what each asks, what it refuses,
/// what it records, and what the case shows afterwards.
@Suite("Review decisions")
struct ReviewDecisionTests {
    static let wide = ReviewScreenTests.wide
    typealias Helpers = ReviewScreenTests

    @Test("legal (lawyer picked from the directory), write-off with its question, extend: each item leaves the list; the case shows the Legal block")
    func decisions() throws {
        let fixture = try DemoRepositoryFixture()
        let items = try Helpers.items(fixture)
        try #require(items.count >= 3)
        let (legal, writtenOff, extended) = (items[0], items[1], items[2])
        try Helpers.addLawyer(fixture, country: try Country(code: "AT"), name: "Elsewhere Anwalt")
        let lawyer = try Helpers.addLawyer(fixture, country: legal.country)
        let other = try Helpers.addLawyer(fixture, country: legal.country, name: "Zdeněk Advokát")
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("3"), .character("L"))
        var dialog = harness.screen()
        #expect(dialog.contains { $0.contains("Legal collection · \(legal.reference)") })
        #expect(dialog.contains { $0.contains("› \(lawyer.name), \(lawyer.firm)") })
        #expect(!dialog.contains { $0.contains("Elsewhere Anwalt") })
        #expect(dialog.contains { $0.contains("1 of 2 in \(legal.country.code)") })
        harness.press(.right)
        dialog = harness.screen()
        #expect(dialog.contains { $0.contains("› \(other.name), \(other.firm)") } && dialog.contains { $0.contains("2 of 2 in") })
        harness.press(.character("k"))
        #expect(harness.screen().contains { $0.contains("› \(lawyer.name)") })
        harness.press(.enter)
        dialog = harness.screen()
        #expect(dialog.contains { $0.contains("✗ the estimated costs are needed (0 if none)") })
        #expect(dialog.contains { $0.contains("✗ say what the lawyer does next") })
        #expect(try Helpers.items(fixture).count == items.count)
        // The focus is on the first field with a problem.
        harness.type("a lot")
        harness.press(.enter)
        #expect(harness.screen().contains { $0.contains("✗ 'a lot' is not an amount") })
        harness.press(.ctrl("u"))
        harness.type("2,500")
        harness.press(.tab)
        harness.type("Letter before action, then a payment order")
        harness.press(.enter)
        var screen = harness.screen()
        #expect(screen.last?.contains("\(legal.reference) goes to legal collection with \(lawyer.name), \(lawyer.firm)") == true)
        #expect(!screen.contains { $0.hasPrefix(legal.reference) })
        #expect(screen[1].contains("Review queue (\(items.count - 1) waiting)"))

        // The selection moved on to the next item: W asks about it.
        harness.press(.character("W"))
        #expect(harness.screen().contains { $0.contains("Write off · \(writtenOff.reference)") })
        harness.type("Debtor dissolved, no assets")
        harness.press(.enter)
        let owed = writtenOff.outstanding.map { MoneyFormatter(conventions: .pointDecimal).string($0) }.joined(separator: " + ")
        #expect(harness.screen().contains { $0.contains("Write off \(writtenOff.reference) for \(owed)? y/n") })
        #expect(harness.screen().last?.contains("y write off  n keep editing") == true)
        harness.press(.character("n"))
        #expect(!harness.screen().contains { $0.contains("? y/n") })
        #expect(try Helpers.items(fixture).contains { $0.reference == writtenOff.reference })
        harness.press(.enter, .character("y"))
        screen = harness.screen()
        #expect(screen.last?.contains("Wrote off \(writtenOff.reference) (\(owed)); the case is closed.") == true)
        #expect(!screen.contains { $0.hasPrefix(writtenOff.reference) })

        harness.press(.character("E"))
        harness.type("2026-11-30")
        harness.press(.tab)
        harness.type("Debtor engaged; new director calls back")
        harness.press(.enter)
        #expect(harness.screen().contains { $0.contains("✗ extend until a day after 2026-11-30") })
        harness.press(.ctrl("u"))
        harness.type("2026-12-31")
        harness.press(.enter)
        screen = harness.screen()
        #expect(screen.last?.contains("\(extended.reference) stays amicable until 2026-12-31.") == true)
        #expect(screen.contains { $0.contains("Nothing waits for a decision.") })
        #expect(try Helpers.items(fixture).isEmpty)

        harness.press(.character("1"), .character("/"))
        harness.type(legal.reference)
        harness.press(.enter, .enter)
        let document = harness.screen()
        #expect(document[1].contains(legal.reference))
        let block = try #require(document.firstIndex { $0 == " Legal  with a lawyer since 2026-11-30" })
        let currency = legal.outstanding[0].currency.code
        #expect(Array(document[(block + 1)...(block + 7)]) == [
            "   Lawyer           \(lawyer.name), \(lawyer.firm) (\(legal.country.code))  jana@example.com",
            "   Instructed on    2026-11-30",
            "   Estimated costs  \(currency) 2,500.00",
            "   Costs so far     —",
            "   Court reference  —",
            "   Hearings         none set",
            "   Next step        Letter before action, then a payment order",
        ])
        #expect(document.contains { $0.contains("Stage legal") })
        harness.press(.character("v"))
        #expect(harness.screen().last?.contains("\(legal.reference) is legal; only amicable cases go to review.") == true)
    }

    @Test("Enter: the case summary with the balance plus statutory interest to today; I prefills that claim; the Insolvency claim block afterwards")
    func summaryAndInsolvency() throws {
        let fixture = try DemoRepositoryFixture()
        let items = try Helpers.items(fixture)
        let item = try #require(items.first)
        let services = try fixture.services(as: "sofia.marin")
        guard case .success(let desk) = services.letters else {
            Issue.record("no letter desk")
            return
        }
        let expected = try desk.balanceWithInterest(try services.caseDetail(reference: item.reference))
        let money = MoneyFormatter(conventions: .pointDecimal)
        let claim = expected.total.map(money.string).joined(separator: " + ")
        #expect(expected.interest != nil)
        var harness = ScreenHarness(services: services, size: Self.wide)
        harness.press(.character("3"), .enter)
        let summary = harness.screen()
        #expect(summary[0].contains("Recourse · Review"))
        #expect(summary[1].contains("Review · \(item.reference) · \(item.debtorName) · \(item.reason.label) · 1 of \(items.count)"))
        #expect(summary.contains { $0.hasPrefix(" Why        \(item.reason.label)") })
        let risk = try #require(services.ladder?.risk(for: item.country))
        #expect(summary.contains { $0.hasPrefix(" Debtor     \(item.country.englishName) (\(item.country.code)) · OECD risk \(risk)") })
        #expect(summary.contains { $0.contains("Balance  as of 2026-11-30") })
        #expect(summary.contains { $0.contains("Interest") && $0.contains("statutory, to 2026-11-30") })
        #expect(summary.contains { $0.contains("Total") && $0.contains(claim) && $0.contains("the default insolvency claim") })
        #expect(summary.contains { $0.contains("History  last 5 of") })
        #expect(summary.last?.contains("L legal") == true && summary.last?.contains("J next item") == true)
        harness.press(.character("J"))
        #expect(harness.screen()[1].contains("Review · \(items[1].reference)"))
        harness.press(.character("K"), .character("I"))
        var dialog = harness.screen()
        #expect(dialog.contains { $0.contains("Insolvency claim · \(item.reference)") })
        #expect(dialog.contains { $0.contains("Claim         \(claim)") })
        #expect(dialog.contains { $0.contains("balance + statutory interest + compensation to 2026-11-30") })
        harness.type("Mgr. Tomáš Krejčí, insolvency administrator")
        harness.press(.tab)
        harness.type("2026-11-20")
        harness.press(.enter)
        dialog = harness.screen()
        #expect(dialog.contains { $0.contains("✗ the filing deadline 2026-11-20 has passed") })
        harness.press(.ctrl("u"))
        harness.type("2026-12-04")
        harness.press(.enter)
        let decided = harness.screen()
        #expect(decided.last?.contains("\(item.reference): claim of \(claim) to lodge with Mgr. Tomáš Krejčí") == true)
        // The summary moved on to the next item of the queue.
        #expect(decided[1].contains("Review · \(items[1].reference)") && decided[1].contains("1 of \(items.count - 1)"))
        let detail = try services.caseDetail(reference: item.reference)
        #expect(detail.insolvency?.claimed == expected.total)
        harness.press(.character("q"), .character("1"), .character("/"))
        harness.type(item.reference)
        harness.press(.enter, .enter)
        let document = harness.screen()
        let block = try #require(document.firstIndex { $0 == " Insolvency claim" })
        #expect(Array(document[(block + 1)...(block + 6)]) == [
            "   Practitioner     Mgr. Tomáš Krejčí, insolvency administrator",
            "   Filing deadline  2026-12-04  in 4 days, not filed",
            "   Filed on         not yet",
            "   Claimed          \(claim)",
            "   Admitted         —",
            "   Dividend         —",
        ])
    }

    @Test("legal with nobody in the directory for the country: the dialog says how to add one, Enter refuses")
    func noLawyer() throws {
        let fixture = try DemoRepositoryFixture()
        let item = try #require(try Helpers.items(fixture).first)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("3"), .character("L"))
        var dialog = harness.screen()
        #expect(dialog.contains { $0.contains("The directory has no lawyer for \(item.country.englishName) (\(item.country.code)).") })
        #expect(dialog.contains { $0.contains("Add one: recourse lawyers add NAME --firm FIRM --country \(item.country.code)") })
        harness.type("0")
        harness.press(.tab)
        harness.type("File the claim")
        harness.press(.enter)
        dialog = harness.screen()
        #expect(dialog.contains { $0.contains("✗ no lawyer for \(item.country.code) in the directory yet") })
        harness.press(.escape)
        #expect(harness.screen().last?.contains("Nothing decided on \(item.reference).") == true)
        #expect(try Helpers.items(fixture).count == 3)
    }

    @Test("a refusal from the desk (the case was decided elsewhere meanwhile) shows in the footer and keeps the dialog open")
    func refusalKeepsDialog() throws {
        let fixture = try DemoRepositoryFixture()
        let item = try #require(try Helpers.items(fixture).first)
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("3"), .character("B"))
        harness.type("Call the new director first")
        try fixture.services(as: "admin").review.decide(reference: item.reference, .writeOff(reason: "decided in another console"))
        harness.press(.enter)
        let screen = harness.screen()
        #expect(screen.last?.contains("Not decided: \(item.reference) is not waiting for a decision") == true)
        #expect(screen.contains { $0.contains("Back to the caseworker · \(item.reference)") })
        #expect(screen.contains { $0.contains("Call the new director first") })
    }

    @Test("plan approval: a and d on plan items only; the dialog shows the plan; approving works on a case also waiting for review")
    func planApproval() throws {
        let fixture = try DemoRepositoryFixture()
        let inReview = try #require(try Helpers.items(fixture).first)
        let other = try #require(try LettersScreenTests.germanCases(fixture).first)
        try Helpers.logLongPlan(fixture, on: inReview.reference, as: try #require(inReview.assignee))
        try Helpers.logLongPlan(fixture, on: other, as: "anna.schmidt")
        let items = try Helpers.items(fixture)
        let planItems = items.filter { $0.reason == .planApproval }
        #expect(Set(planItems.map(\.reference)) == [inReview.reference, other])
        var harness = ScreenHarness(services: try fixture.services(as: "sofia.marin"), size: Self.wide)
        harness.press(.character("3"))
        Helpers.select(inReview.reference, in: items, &harness)
        harness.press(.character("a"))
        #expect(harness.screen().last?.contains("\(inReview.reference) has no payment plan waiting: a and d decide plan approvals.") == true)
        let planRow = try #require(items.firstIndex { $0.reference == inReview.reference && $0.reason == .planApproval })
        harness.press(.character("g"))
        for _ in 0..<planRow { harness.press(.character("j")) }
        let list = harness.screen()
        #expect(list.last?.contains("a approve plan  d decline plan") == true)
        #expect(list.last?.contains("L legal") == false)
        harness.press(.character("L"))
        #expect(harness.screen().last?.contains("\(inReview.reference) waits for a plan decision: a approves the plan, d declines it.") == true)
        harness.press(.character("a"))
        let dialog = harness.screen()
        #expect(dialog.contains { $0.contains("Approve the payment plan · \(inReview.reference)") })
        #expect(dialog.contains { $0.contains("Plan 12 monthly instalments") })
        #expect(dialog.contains { $0.contains("… 8 more") })
        #expect(dialog.last == " Enter approve  Esc cancel")
        harness.press(.enter)
        #expect(harness.screen().last?.contains("Approved the payment plan of \(inReview.reference).") == true)
        let after = try Helpers.items(fixture)
        #expect(!after.contains { $0.reference == inReview.reference && $0.reason == .planApproval })
        #expect(after.contains { $0.reference == inReview.reference && $0.reason == inReview.reason })

        Helpers.select(other, in: after, &harness)
        harness.press(.character("d"), .enter)
        #expect(harness.screen().contains { $0.contains("✗ say why the plan is declined") })
        harness.type("Twelve months is too long for this debtor")
        harness.press(.enter)
        #expect(harness.screen().last?.contains("Declined the payment plan of \(other); the caseworker calls again.") == true)
        #expect(!(try Helpers.items(fixture)).contains { $0.reference == other })
    }
}
