import Foundation
import RecourseConsole
import RecourseCore
import RecourseDemo
import RecourseEscalation
import RecourseLetters
import RecourseStore

/// A real demo repository in a temporary directory, and console services on it for any of its users:
/// the screens go through SQLite, the core use cases and the letter desk exactly as in the console.
final class DemoRepositoryFixture {
    let directory: URL
    let repository: SQLiteRepository
    static let today = LocalDate(year: 2026, month: 11, day: 30)
    /// 2026H2 as a user would enter it in rates.toml (the bundled table ends at 2026H1).
    static let rates: RateTable = {
        var table = (try? RateTableFile.bundled()) ?? .empty
        table.set(.ecbMainRefinancing, .h2(2026), basisPoints: 215)
        table.set(.germanBaseRate, .h2(2026), basisPoints: 127)
        table.set(.bankOfEnglandReference, .h2(2026), basisPoints: 375)
        return table
    }()

    init(cases: Int = 80) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository.create(
            path: directory.appendingPathComponent("demo.sqlite").path, creator: "admin",
            batch: DemoPortfolio(seed: 3, caseCount: cases, today: Self.today, adminLogin: "admin"), kind: "demo", info: [:],
            at: FakeServices.now)
    }

    deinit {
        try? repository.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The outbox letters are exported to.
    var outbox: URL { directory.appendingPathComponent("outbox") }

    /// Services for a user of the demo (`admin`, `sofia.marin`, `anna.schmidt`, …); `lettersUnavailable`
    /// stands for a broken rates.toml.
    func services(as login: String, lettersUnavailable: String? = nil) throws -> RepositoryConsoleServices {
        guard let user = try repository.user(login: login) else { throw RecourseError.unknownUser(login) }
        let session = Session(user: user, osLogin: login)
        let clock = FrozenClock(now: FakeServices.now, timeZone: FakeServices.utc)
        let desk = LetterDesk(
            store: repository, templates: LetterTemplates.bundled().templates, interest: LetterInterest.statutory(rates: Self.rates),
            clock: clock, session: session)
        let letters: Result<LetterDesk, LettersUnavailable> = lettersUnavailable.map { .failure(LettersUnavailable(reason: $0)) } ?? .success(desk)
        let policy = try? LadderPolicyFile.bundled()
        let repository = self.repository
        let templates = LetterTemplates.bundled().templates
        let runner = policy.map { policy in
            EscalationRunner(
                store: repository, policy: policy,
                desk: { drafter in
                    LetterDesk(store: repository, templates: templates, interest: LetterInterest.statutory(rates: Self.rates), clock: clock,
                               session: Session(user: drafter, osLogin: login))
                },
                clock: clock, session: session)
        }
        return RepositoryConsoleServices(
            repository: repository, session: session, clock: clock, repositoryName: "demo.sqlite", letters: letters, outbox: outbox,
            ladder: policy, ladderRun: runner.map { runner in { try runner.run(asOf: clock.today) } })
    }
}
