import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters

/// A fixed little portfolio for screen tests: a frozen clock, hand-made rows, hostile names included.
final class FakeServices: ConsoleServices, CallRecording, CaseReading, @unchecked Sendable {
    let session = Session(user: User(id: 1, login: "anna.schmidt", displayName: "Anna Schmidt", role: .caseworker), osLogin: "anna.schmidt")
    let clock: any Clock
    let repositoryName = "agency.sqlite"
    var candidates: [QueueCandidate]
    var details: [String: CaseDetail] = [:]
    private(set) var queueLoads = 0
    let policy = CallPolicy.standard
    /// Letters are tested on a real repository (LettersScreenTests); here they are unavailable, as with a broken rates.toml.
    var letters: Result<LetterDesk, LettersUnavailable> = .failure(LettersUnavailable(reason: "rates.toml:3: broken (test)"))
    let outbox = FileManager.default.temporaryDirectory
    /// Reviews are tested on a real repository (ReviewScreenTests); here the queue is empty.
    var review: ReviewDesk { ReviewDesk(store: NoReviews(), clock: clock, session: session) }
    func runLadder() throws -> LadderRunSummary { throw RecourseError.conflict("no ladder in this test repository") }
    /// No ladder policy: the review screen shows no country risk.
    let ladder: LadderPolicy? = nil
    /// No imported payments.
    var payments: PaymentDesk { PaymentDesk(store: NoPayments(), clock: clock, session: session, policy: .standard) }
    var conventions = NumberConventions.pointDecimal
    /// Calls saved so far.
    private(set) var savedCalls: [CallWrite] = []
    /// When set, saving fails with this error (a locked file, a full disk).
    var saveFailure: (any Error)?

    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let today = LocalDate(year: 2026, month: 11, day: 30)
    /// Monday 30 November 2026, 10:00 UTC.
    static let now = Timestamp.instant(of: today, minuteOfDay: 10 * 60, in: utc)

    init(candidates: [QueueCandidate]? = nil) {
        clock = FrozenClock(now: Self.now, timeZone: Self.utc)
        self.candidates = candidates ?? Self.sampleCandidates()
        for candidate in self.candidates { details[candidate.reference] = Self.detail(for: candidate) }
    }

    func queue(scope: QueueScope) throws -> [QueueEntry] {
        queueLoads += 1
        let rows = scope == .mine ? candidates.filter { $0.assignee == session.user.login } : candidates
        return QueueRanking(timeZone: Self.utc).rank(rows, now: Self.now)
    }

    func caseDetail(reference: String) throws -> CaseDetail {
        guard let detail = details[reference] else { throw RecourseError.unknownCase(reference) }
        return detail
    }

    func prepareCall(_ entry: CallEntry, detail: CaseDetail) -> Result<CallWrite, CallProblems> {
        CallLogger(recorder: self, cases: self, clock: clock, policy: policy, conventions: conventions)
            .prepare(entry, detail: detail, session: session)
    }

    func saveCall(_ write: CallWrite) throws {
        try recordCall(write)
    }

    func recordCall(_ write: CallWrite) throws {
        if let saveFailure { throw saveFailure }
        savedCalls.append(write)
    }

    func caseDetail(reference: String, asOf: LocalDate) throws -> CaseDetail? { details[reference] }

    func refreshedQueue(_ entries: [QueueEntry], caseId: Int64, scope: QueueScope) throws -> [QueueEntry] {
        QueueRanking(timeZone: Self.utc).rank(entries.map(\.candidate), now: Self.now)
    }

    func summary() throws -> PortfolioSummary {
        PortfolioSummary(casesByStage: ["amicable": candidates.count, "closed": 3], users: 3, debtors: candidates.count, creditors: 1, isDemo: false)
    }

    static func candidate(
        _ number: Int, _ name: String, country: String = "DE", zone: String = "Europe/Berlin", euros: Int64 = 1_000,
        overdue: Int = 40, assignee: String? = "anna.schmidt", next: NextAction? = .call, nextIn: Int = 3,
        callbackMinutesAgo: Int? = nil, stage: Stage = .amicable, currency: Currency = .eur
    ) -> QueueCandidate {
        QueueCandidate(
            caseId: Int64(number), reference: CollectionCase.reference(forNumber: number), debtorName: name,
            debtorCountry: country, debtorTimeZone: zone, creditorName: "Nordlicht Logistik GmbH", stage: stage,
            assignee: assignee, outstanding: [Money(minorUnits: euros * currency.minorUnitsPerMajor, currency: currency)],
            oldestOpenDue: today.adding(days: -overdue), nextAction: next, nextActionOn: next.map { _ in today.adding(days: nextIn) },
            callbackAt: callbackMinutesAgo.map { now.addingTimeInterval(TimeInterval(-60 * $0)) }, holdUntil: nil,
            disputed: false, reviewRequested: false, promise: nil, lastCallAt: nil)
    }

    static func sampleCandidates() -> [QueueCandidate] {
        [
            candidate(1, "Müller Präzisionstechnik GmbH", euros: 48_000, overdue: 120, callbackMinutesAgo: 30),
            candidate(2, "上海精密机械有限公司", country: "CN", zone: "Asia/Shanghai", euros: 380_000, overdue: 95, nextIn: 0, currency: (try? Currency(code: "CNY")) ?? .eur),
            candidate(3, "株式会社山田精工", country: "JP", zone: "Asia/Tokyo", euros: 2_500_000, overdue: 61, nextIn: -2, currency: .jpy),
            candidate(4, "Brasserie Lefe\u{0300}vre SARL", country: "FR", zone: "Europe/Paris", euros: 12_500, overdue: 75),
            candidate(5, "Happy Bakery 🍰 Ltd", country: "GB", zone: "Europe/London", currency: .gbp),
            candidate(6, "\u{1b}[2J\u{1b}]0;owned\u{7}", country: "US", zone: "America/New_York", euros: 900, assignee: "tom.baker", currency: .usd),
            candidate(7, "\u{202E}gnp.exe", country: "NL", zone: "Europe/Amsterdam", euros: 700),
            candidate(8, "Control\u{9B}31m Corp", country: "US", zone: "America/Chicago", euros: 650, currency: .usd),
            candidate(9, "Kuwait Trading W.L.L.", country: "KW", zone: "Asia/Kuwait", euros: 3_000, stage: .legal, currency: .kwd),
        ]
    }

    static func detail(for candidate: QueueCandidate) -> CaseDetail {
        let country = (try? Country(code: candidate.debtorCountry)) ?? (try? Country(code: "DE"))
        let language = (try? LanguageTag("de")) ?? (try? LanguageTag("en"))
        guard let country, let language, let amount = candidate.outstanding.first else {
            preconditionFailure("fixture data is valid")
        }
        let debtor = Debtor(
            id: candidate.caseId, name: candidate.debtorName, country: country, language: language, timeZone: candidate.debtorTimeZone,
            registrationId: "HRB 12345", vatId: "DE123456789",
            address: Address(lines: ["Hauptstraße 12"], postalCode: "70173", city: "Stuttgart", country: country),
            contacts: [Contact(id: 1, name: "Jürgen Weiß", role: "Accounts payable", phone: "+49 711 1234567", email: "j.weiss@example.de")])
        let claim = Claim(
            id: 1, invoiceNumber: "NL-2026-00017", issuedOn: today.adding(days: -150), dueOn: candidate.oldestOpenDue ?? today,
            amount: amount, outstanding: amount, disputed: false)
        let theCase = CollectionCase(
            id: candidate.caseId, reference: candidate.reference, stage: candidate.stage, closeReason: nil, assigneeId: 1,
            placedOn: today.adding(days: -60), nextAction: candidate.nextAction, nextActionOn: candidate.nextActionOn,
            callbackAt: candidate.callbackAt, holdUntil: nil, disputed: false, reviewRequested: false)
        let call = Activity(id: 2, actor: "anna.schmidt", occurredAt: now.addingTimeInterval(-86_400), detail: .call(CallRecord(
            direction: .outbound, contactName: "Jürgen Weiß", outcome: .callback, durationMinutes: 4,
            note: "Asked us to call back after the payment run.")))
        let letter = Activity(id: 1, actor: "sofia.marin", occurredAt: now.addingTimeInterval(-9 * 86_400), detail: .letter(level: .reminder, event: "approved and sent"))
        return CaseDetail(
            collectionCase: theCase, creditor: Creditor(id: 1, name: "Nordlicht Logistik GmbH", country: country),
            debtor: debtor, assignee: User(id: 1, login: "anna.schmidt", displayName: "Anna Schmidt", role: .caseworker),
            claims: [claim], promises: [], payments: [], activities: [call, letter])
    }
}
