import Foundation
import Testing
@testable import RecourseCore

/// A case to log calls on: two open claims in EUR, two contacts, in Berlin.
struct CallFixture {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    /// Friday 27 November 2026, 10:00 UTC.
    static let today = LocalDate(year: 2026, month: 11, day: 27)
    static let now = Timestamp.instant(of: today, minuteOfDay: 600, in: utc)
    static let clock = FrozenClock(now: now, timeZone: utc)
    static let caseworker = Session(user: User(id: 2, login: "anna", displayName: "Anna", role: .caseworker), osLogin: "anna")
    static let supervisor = Session(user: User(id: 3, login: "sofia", displayName: "Sofia", role: .supervisor), osLogin: "sofia")

    static func detail(stage: Stage = .amicable, callbackAt: Date? = nil) throws -> CaseDetail {
        let germany = try Country(code: "DE")
        let claims = [
            Claim(id: 11, invoiceNumber: "INV-1", issuedOn: today.adding(days: -90), dueOn: today.adding(days: -60),
                  amount: Money(minorUnits: 300_000, currency: .eur), outstanding: Money(minorUnits: 300_000, currency: .eur), disputed: false),
            Claim(id: 12, invoiceNumber: "INV-2", issuedOn: today.adding(days: -60), dueOn: today.adding(days: -30),
                  amount: Money(minorUnits: 200_000, currency: .eur), outstanding: Money(minorUnits: 200_000, currency: .eur), disputed: false),
        ]
        let debtor = Debtor(
            id: 1, name: "Müller Präzisionstechnik GmbH", country: germany, language: try LanguageTag("de"), timeZone: "Europe/Berlin",
            registrationId: nil, vatId: nil, address: Address(lines: ["Hauptstraße 1"], postalCode: "70173", city: "Stuttgart", country: germany),
            contacts: [
                Contact(id: 21, name: "Jürgen Weiß", role: "Accounts payable", phone: "+49 711 1234567", email: nil),
                Contact(id: 22, name: "Sabine Krüger", role: "Finance director", phone: nil, email: "s@example.de"),
            ])
        let theCase = CollectionCase(
            id: 7, reference: "RC-000007", stage: stage, closeReason: stage == .closed ? .paid : nil, assigneeId: 2,
            placedOn: today.adding(days: -40), nextAction: .call, nextActionOn: today, callbackAt: callbackAt, holdUntil: nil,
            disputed: false, reviewRequested: false)
        return CaseDetail(
            collectionCase: theCase, creditor: Creditor(id: 1, name: "Nordlicht", country: germany), debtor: debtor, assignee: nil,
            claims: claims, promises: [], payments: [], activities: [])
    }

    static func prepare(
        _ configure: (inout CallEntry) -> Void, session: Session = caseworker, detail: CaseDetail? = nil,
        conventions: NumberConventions = .pointDecimal
    ) throws -> Result<CallWrite, CallProblems> {
        var entry = CallEntry(reference: "RC-000007")
        configure(&entry)
        let recorder = NoRecorder()
        return CallLogger(recorder: recorder, cases: recorder, clock: clock, policy: .standard, conventions: conventions)
            .prepare(entry, detail: try detail ?? Self.detail(), session: session)
    }
}

/// Never called by `prepare`.
struct NoRecorder: CallRecording, CaseReading {
    func recordCall(_ write: CallWrite) throws {}
    func caseDetail(reference: String, asOf: LocalDate) throws -> CaseDetail? { nil }
}

extension Result where Failure == CallProblems {
    var write: Success? { if case .success(let value) = self { return value } else { return nil } }
    var problems: [CallField: String] { if case .failure(let found) = self { return found.messages } else { return [:] } }
}

@Suite("Logging calls: outcomes and their rules")
struct CallLoggerTests {
    let today = CallFixture.today

    @Test("PTP: a German-format amount and a date; next call the day after date + grace")
    func promise() throws {
        let result = try CallFixture.prepare({
            $0.outcome = "ptp"
            $0.contact = .existing(21)
            $0.promiseAmount = "1.234,56"
            $0.promiseDate = "2026-12-10"
            $0.duration = "6"
            $0.note = "Zahlung zugesagt 👍"
        }, conventions: .commaDecimal)
        let write = try #require(result.write)
        #expect(write.promise == PromiseDraft(amount: Money(minorUnits: 123_456, currency: .eur), madeOn: today,
                                              dueOn: LocalDate(year: 2026, month: 12, day: 10), graceDays: 3, outOfPolicy: false))
        #expect(write.nextAction == .call && write.nextActionOn == LocalDate(year: 2026, month: 12, day: 14))
        #expect(write.record.contactName == "Jürgen Weiß" && write.record.durationMinutes == 6)
        #expect(write.record.outcomeDetail == "promise EUR 1.234,56 by 2026-12-10")
        #expect(write.callbackAt == nil && !write.requestsReview)
    }

    @Test("PTP beyond 30 days or above the balance needs a supervisor")
    func promisePolicy() throws {
        let late = try CallFixture.prepare { $0.outcome = "PTP"; $0.promiseAmount = "100"; $0.promiseDate = "2026-12-28" }
        #expect(late.problems[.promiseDate] == "more than 30 days ahead: needs a supervisor's approval")
        let onTheDay = try CallFixture.prepare { $0.outcome = "PTP"; $0.promiseAmount = "100"; $0.promiseDate = "2026-12-27" }
        #expect(onTheDay.write != nil)
        let tooMuch = try CallFixture.prepare { $0.outcome = "PTP"; $0.promiseAmount = "5000.01"; $0.promiseDate = "2026-12-01" }
        #expect(tooMuch.problems[.promiseAmount] == "more than the EUR 5,000.00 outstanding: needs a supervisor's approval")
        let approved = try CallFixture.prepare({ $0.outcome = "PTP"; $0.promiseAmount = "6000"; $0.promiseDate = "2027-01-20" },
                                               session: CallFixture.supervisor)
        #expect(approved.write?.promise?.outOfPolicy == true)
        #expect(approved.write?.record.outcomeDetail?.hasSuffix("(outside policy, approved by sofia)") == true)
    }

    @Test("PTP: missing, past, ambiguous and zero values are named by field")
    func promiseProblems() throws {
        let empty = try CallFixture.prepare { $0.outcome = "PTP" }
        #expect(empty.problems[.promiseAmount] == "how much was promised? (EUR)")
        #expect(empty.problems[.promiseDate] == "promise date? YYYY-MM-DD")
        let bad = try CallFixture.prepare { $0.outcome = "PTP"; $0.promiseAmount = "1.234"; $0.promiseDate = "2026-11-26" }
        #expect(bad.problems[.promiseAmount]?.contains("ambiguous") == true)
        #expect(bad.problems[.promiseDate] == "2026-11-26 has passed")
        let zero = try CallFixture.prepare { $0.outcome = "PTP"; $0.promiseAmount = "0"; $0.promiseDate = "2026-12-01" }
        #expect(zero.problems[.promiseAmount] == "the amount must be more than zero")
    }

    @Test("PLAN: equal instalments, the last takes the rest; beyond policy it awaits approval")
    func plan() throws {
        let result = try CallFixture.prepare {
            $0.outcome = "PLAN"; $0.planInstalments = "3"; $0.planFirstDate = "2026-12-15"; $0.planFrequency = "monthly"
        }
        let plan = try #require(result.write?.plan)
        #expect(plan.instalments.map(\.dueOn.description) == ["2026-12-15", "2027-01-15", "2027-02-15"])
        #expect(plan.instalments.map(\.amount.minorUnits) == [166_666, 166_666, 166_668])
        #expect(!plan.awaitingApproval)
        #expect(result.write?.nextActionOn == LocalDate(year: 2026, month: 12, day: 19))
        let long = try CallFixture.prepare {
            $0.outcome = "PLAN"; $0.planInstalments = "8"; $0.planFirstDate = "2026-12-01"; $0.planFrequency = "weekly"
        }
        #expect(long.write?.plan?.awaitingApproval == true)
        let wrong = try CallFixture.prepare { $0.outcome = "PLAN"; $0.planInstalments = "1"; $0.planFrequency = "daily" }
        #expect(wrong.problems[.planInstalments] != nil && wrong.problems[.planFirstDate] != nil && wrong.problems[.planFrequency] != nil)
    }

    @Test("CB: the debtor's local time; due at that instant; a past time is refused")
    func callback() throws {
        let result = try CallFixture.prepare { $0.outcome = "CB"; $0.callback = "2026-11-30 10:30" }
        let write = try #require(result.write)
        #expect(write.callbackAt.map(Timestamp.utcString) == "2026-11-30T09:30:00Z")
        #expect(write.nextActionOn == LocalDate(year: 2026, month: 11, day: 30))
        #expect(write.record.outcomeDetail == "callback 2026-11-30 10:30 Europe/Berlin")
        let past = try CallFixture.prepare { $0.outcome = "CB"; $0.callback = "2026-11-27 10:30" }
        #expect(past.problems[.callback] == "2026-11-27 10:30 in Europe/Berlin has passed")
        let malformed = try CallFixture.prepare { $0.outcome = "CB"; $0.callback = "tomorrow 10" }
        #expect(malformed.problems[.callback]?.contains("is not a time") == true)
    }

    @Test("DISP: a reason and the claims, by position or invoice number; pauses for 14 days")
    func dispute() throws {
        let some = try CallFixture.prepare { $0.outcome = "DISP"; $0.disputeReason = "damaged"; $0.disputedClaims = "2, inv-1" }
        #expect(some.write?.disputedClaimIds == [11, 12])
        #expect(some.write?.nextActionOn == today.adding(days: 14))
        let all = try CallFixture.prepare { $0.outcome = "DISP"; $0.disputeReason = "price" }
        #expect(all.write?.disputedClaimIds == [11, 12])
        let wrong = try CallFixture.prepare { $0.outcome = "DISP"; $0.disputedClaims = "9" }
        #expect(wrong.problems[.disputeReason] == "why does the debtor dispute?")
        #expect(wrong.problems[.disputedClaims] == "'9' is not one of this case's claims (1–2 or an invoice number)")
    }

    @Test("INSOLV and RTP go to review; WN marks the dialled number")
    func reviewAndWrongNumber() throws {
        let insolvent = try CallFixture.prepare { $0.outcome = "INSOLV"; $0.practitioner = "Dr. Kurz, Insolvenzverwalter" }
        #expect(insolvent.write?.requestsReview == true && insolvent.write?.nextAction == .review)
        #expect(insolvent.write?.practitioner == "Dr. Kurz, Insolvenzverwalter")
        #expect(try CallFixture.prepare { $0.outcome = "RTP" }.write?.requestsReview == true)
        #expect(try CallFixture.prepare { $0.outcome = "WN" }.problems[.contact] == "choose the contact whose number was wrong")
        #expect(try CallFixture.prepare { $0.outcome = "WN"; $0.contact = .existing(22) }.problems[.contact] != nil)
        #expect(try CallFixture.prepare { $0.outcome = "WN"; $0.contact = .existing(21) }.write?.invalidPhoneContactId == 21)
    }

    @Test("NA and LM: call again the next business day (Friday → Monday); any call clears a callback")
    func nextBusinessDay() throws {
        let detail = try CallFixture.detail(callbackAt: CallFixture.now.addingTimeInterval(-600))
        let write = try #require(try CallFixture.prepare({ $0.outcome = "NA" }, detail: detail).write)
        #expect(write.nextActionOn == LocalDate(year: 2026, month: 11, day: 30))
        #expect(write.callbackAt == nil)
    }

    @Test("the outcome, the contact, the minutes and the case's state are checked")
    func generalChecks() throws {
        let unknown = try CallFixture.prepare { $0.outcome = "XX" }
        #expect(unknown.problems[.outcome]?.hasPrefix("'XX' is not an outcome code; use one of PTP, PLAN") == true)
        #expect(try CallFixture.prepare { _ in }.problems[.outcome] == "choose an outcome")
        let newContact = try CallFixture.prepare { $0.outcome = "TP"; $0.contact = .new(name: " ", role: "", phone: "call me") }
        #expect(newContact.problems[.contactName] == "a new contact needs a name")
        #expect(newContact.problems[.contactPhone] != nil)
        let added = try CallFixture.prepare { $0.outcome = "TP"; $0.contact = .new(name: "Empfang", role: "", phone: "+49 711 99 88 77") }
        #expect(added.write?.newContact?.name == "Empfang" && added.write?.newContact?.role == "Contact")
        #expect(try CallFixture.prepare { $0.outcome = "NA"; $0.duration = "ten" }.problems[.duration] != nil)
        let closed = try CallFixture.prepare({ $0.outcome = "NA" }, detail: CallFixture.detail(stage: .closed))
        #expect(closed.problems[.caseState] == "RC-000007 is closed; calls are logged on open cases only")
        let new = try CallFixture.prepare({ $0.outcome = "LM" }, detail: CallFixture.detail(stage: .new))
        #expect(new.write?.startsAmicable == true)
    }
}
