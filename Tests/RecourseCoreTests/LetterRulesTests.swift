import Foundation
import Testing
@testable import RecourseCore

/// Four eyes, staleness and the ladder: the rules every letter passes.
@Suite("Letter workflow rules")
struct LetterRulesTests {
    static let anna = User(id: 2, login: "anna", displayName: "Anna", role: .caseworker)
    static let sofia = User(id: 3, login: "sofia", displayName: "Sofia", role: .supervisor)
    static let marc = User(id: 4, login: "marc", displayName: "Marc", role: .supervisor)
    static let root = User(id: 1, login: "root", displayName: "root", role: .admin)

    static func letter(state: LetterState, draftedBy: String = "anna") throws -> Letter {
        Letter(
            id: 12, caseId: 7, caseReference: "RC-000007", debtorName: "Müller", level: .firm, language: "de", state: state,
            draftedBy: draftedBy, draftedAt: CallFixture.now, renderedAt: CallFixture.now, body: "text", mergeData: "{}",
            basis: LetterBasis(detail: try CallFixture.detail()), totalDue: "EUR 5,000.00")
    }

    @Test("only a supervisor who did not draft a letter may approve or reject it")
    func fourEyes() throws {
        let submitted = try Self.letter(state: .submitted)
        #expect(LetterRules.refusalToDecide(submitted, by: Self.anna, approving: true, changes: [])?.contains("only a supervisor") == true)
        #expect(LetterRules.refusalToDecide(submitted, by: Self.sofia, approving: true, changes: []) == nil)
        #expect(LetterRules.refusalToDecide(submitted, by: Self.root, approving: false, changes: []) == nil)
        let own = try Self.letter(state: .submitted, draftedBy: "sofia")
        let refusal = LetterRules.refusalToDecide(own, by: Self.sofia, approving: true, changes: [])
        #expect(refusal?.contains("four eyes: you drafted letter 12") == true)
        #expect(LetterRules.refusalToDecide(own, by: Self.marc, approving: true, changes: []) == nil)
    }

    @Test("a stale letter may be rejected but not approved; drafts are not decided at all")
    func staleAndState() throws {
        let submitted = try Self.letter(state: .submitted)
        let changes = ["a payment was received"]
        #expect(LetterRules.refusalToDecide(submitted, by: Self.sofia, approving: true, changes: changes)?.contains("stale") == true)
        #expect(LetterRules.refusalToDecide(submitted, by: Self.sofia, approving: false, changes: changes) == nil)
        let draft = try Self.letter(state: .draft)
        #expect(LetterRules.refusalToDecide(draft, by: Self.sofia, approving: true, changes: [])?.contains("only a submitted letter") == true)
    }

    @Test("the drafter or a supervisor submits, re-renders and cancels; nobody re-renders a sent letter")
    func drafterActions() throws {
        let draft = try Self.letter(state: .draft)
        #expect(LetterRules.refusalToSubmit(draft, by: Self.anna) == nil)
        let other = User(id: 9, login: "tom", displayName: "Tom", role: .caseworker)
        #expect(LetterRules.refusalToSubmit(draft, by: other)?.contains("drafted by anna") == true)
        #expect(LetterRules.refusalToSubmit(draft, by: Self.sofia) == nil)
        #expect(LetterRules.refusalToRerender(try Self.letter(state: .sent), by: Self.anna)?.contains("no longer") == true)
        #expect(LetterRules.refusalToCancel(try Self.letter(state: .cancelled), by: Self.anna) != nil)
        #expect(LetterRules.refusalToSubmit(try Self.letter(state: .rejected), by: Self.anna) == nil)
    }

    @Test("a rejection needs a reason")
    func rejectionReason() throws {
        #expect(throws: ValidationError.self) { try LetterRules.rejectionReason("   ") }
        #expect(try LetterRules.rejectionReason("  wrong address  ") == "wrong address")
    }

    @Test("the basis names what changed: payments, new claims, disputes, promises")
    func basisChanges() throws {
        let detail = try CallFixture.detail()
        let before = LetterBasis(detail: detail)
        #expect(before.changes(to: before).isEmpty)
        var claims = before.claims
        claims[0] = LetterBasis.ClaimFact(id: 11, invoice: "INV-1", currency: "EUR", outstandingMinor: 250_000, disputed: false)
        claims.append(LetterBasis.ClaimFact(id: 13, invoice: "INV-3", currency: "EUR", outstandingMinor: 120_000, disputed: false))
        let after = LetterBasis(claims: claims, stage: "amicable", disputed: true, activePromiseId: 5, activePlanId: nil, lastPaymentId: 40)
        let changes = before.changes(to: after)
        #expect(changes.contains("a payment was received"))
        #expect(changes.contains("INV-1: outstanding EUR 3,000.00 → EUR 2,500.00"))
        #expect(changes.contains("new claim INV-3 (EUR 1,200.00)"))
        #expect(changes.contains("the case is now disputed"))
        #expect(changes.contains("a promise to pay was recorded"))
        #expect(changes.count == 5)
    }

    @Test("the ladder suggests the next letter after the highest sent, and stops at before-action")
    func ladder() throws {
        var detail = try CallFixture.detail()
        #expect(LetterLadder.suggestedLevel(for: detail, asOf: CallFixture.today) == .reminder)
        func with(_ activities: [Activity], next: NextAction? = .call) throws -> CaseDetail {
            let base = try CallFixture.detail()
            var theCase = base.collectionCase
            theCase.nextAction = next
            return CaseDetail(collectionCase: theCase, creditor: base.creditor, debtor: base.debtor, assignee: nil, claims: base.claims,
                              promises: [], payments: [], activities: activities)
        }
        let sent = Activity(id: 3, actor: "anna", occurredAt: CallFixture.now, detail: .letter(level: .firm, event: "sent (letter 2) to the outbox"))
        detail = try with([sent])
        #expect(LetterLadder.suggestedLevel(for: detail, asOf: CallFixture.today) == .final)
        let drafted = Activity(id: 4, actor: "anna", occurredAt: CallFixture.now, detail: .letter(level: .final, event: "drafted (letter 3, de)"))
        #expect(LetterLadder.suggestedLevel(for: try with([drafted, sent]), asOf: CallFixture.today) == .final)
        let last = Activity(id: 5, actor: "anna", occurredAt: CallFixture.now, detail: .letter(level: .beforeAction, event: "approved (letter 4)"))
        #expect(LetterLadder.suggestedLevel(for: try with([last]), asOf: CallFixture.today) == .beforeAction)
        #expect(LetterLadder.suggestedLevel(for: try with([], next: .letter(.final)), asOf: CallFixture.today) == .final)
    }
}

/// ISO 11649 creditor references and IBANs, with published examples.
@Suite("Payment identifiers")
struct PaymentIdentifierTests {
    @Test("ISO 11649: the standard's example RF18 5390 0754 7034 validates; a changed digit does not")
    func creditorReferenceExample() throws {
        #expect(try CreditorReference(validating: "RF18 5390 0754 7034").electronic == "RF18539007547034")
        #expect(throws: ValidationError.self) { try CreditorReference(validating: "RF18 5390 0754 7035") }
        #expect(throws: ValidationError.self) { try CreditorReference(validating: "DE18 5390") }
    }

    @Test("a case's reference: derived from its letters and digits, check digits valid, printed in fours")
    func derivedFromCase() throws {
        let reference = try CreditorReference(caseReference: "RC-000123")
        #expect(reference.electronic.hasPrefix("RF"))
        #expect(reference.electronic.hasSuffix("RC000123"))
        #expect(try CreditorReference(validating: reference.printed) == reference)
        // The body of the standard's example gives the standard's check digits.
        #expect(try CreditorReference(caseReference: "539007547034").electronic == "RF18539007547034")
        #expect(throws: ValidationError.self) { try CreditorReference(caseReference: "—") }
    }

    @Test("IBAN: the published DE and GB examples pass; a transposition fails")
    func iban() throws {
        #expect(try IBAN("DE89 3704 0044 0532 0130 00").printed == "DE89 3704 0044 0532 0130 00")
        #expect(try IBAN("gb82west12345698765432").electronic == "GB82WEST12345698765432")
        #expect(throws: ValidationError.self) { try IBAN("DE89 3704 0044 0532 0131 00") }
        #expect(throws: ValidationError.self) { try IBAN("not an iban") }
    }
}
