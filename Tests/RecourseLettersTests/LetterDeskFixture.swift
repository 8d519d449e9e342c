import Foundation
import RecourseCore
import RecourseDemo
import RecourseLetters
import RecourseStore

/// A demo repository on a temp file with desks for its people, a frozen clock and 2026H2 rates
/// entered as a user would (the bundled table ends at 2026H1).
final class LetterDeskFixture: @unchecked Sendable {
    static let today = LocalDate(year: 2026, month: 11, day: 30)
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let now = Timestamp.instant(of: today, minuteOfDay: 600, in: utc)
    static let clock = FrozenClock(now: now, timeZone: utc)
    static let rates: RateTable = {
        var table = (try? RateTableFile.bundled()) ?? .empty
        table.set(.ecbMainRefinancing, .h2(2026), basisPoints: 215)
        table.set(.germanBaseRate, .h2(2026), basisPoints: 127)
        table.set(.bankOfEnglandReference, .h2(2026), basisPoints: 375)
        return table
    }()

    let directory: URL
    let repository: SQLiteRepository

    init(cases: Int = 120) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-letters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository.create(
            path: directory.appendingPathComponent("demo.sqlite").path, creator: "admin",
            batch: DemoPortfolio(seed: 11, caseCount: cases, today: Self.today, adminLogin: "admin"), kind: "demo", info: [:], at: Self.now)
    }

    deinit {
        try? repository.close()
        try? FileManager.default.removeItem(at: directory)
    }

    func session(_ login: String) throws -> Session {
        guard let user = try repository.user(login: login) else { throw RecourseError.unknownUser(login) }
        return Session(user: user, osLogin: login)
    }

    func desk(_ login: String, clock: any Clock = LetterDeskFixture.clock) throws -> LetterDesk {
        LetterDesk(
            store: repository, templates: LetterTemplates.bundled().templates, interest: LetterInterest.statutory(rates: Self.rates),
            clock: clock, session: try session(login))
    }

    /// Open, undisputed amicable cases of a country, with no active promise or plan, by reference.
    func cases(in country: String) throws -> [CaseDetail] {
        try repository.queueCandidates(assignee: nil, asOf: Self.today)
            .filter { $0.debtorCountry == country && $0.stage == .amicable && !$0.disputed }
            .compactMap { try repository.caseDetail(reference: $0.reference, asOf: Self.today) }
            .filter { detail in
                detail.activePromise == nil && detail.activePlan == nil && !detail.claims.contains(where: \.disputed)
                    && detail.claims.contains(where: \.isOpen)
            }
            .sorted { $0.collectionCase.reference < $1.collectionCase.reference }
    }

    /// Records a payment as the console would.
    func pay(_ reference: String, _ amount: String, by login: String = "admin") throws -> PaymentOutcome {
        try PaymentRecorder(recorder: repository, cases: repository, clock: Self.clock, policy: .standard, conventions: .pointDecimal)
            .record(reference: reference, amount: amount, date: Self.today.description, bankReference: "test", session: try session(login))
    }

    /// The history lines about letters, newest first.
    func letterEvents(_ reference: String) throws -> [String] {
        let detail = try repository.caseDetail(reference: reference, asOf: Self.today)
        return (detail?.activities ?? []).compactMap {
            if case .letter(let level, let event) = $0.detail { return "\(level.rawValue): \(event)" }
            return nil
        }
    }
}
