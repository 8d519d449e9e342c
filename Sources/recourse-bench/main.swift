import Foundation
import RecourseCore
import RecourseDemo
import RecourseStore

// recourse-bench: figures on a generated 100,000-case demo repository, and a generated
// 100,000-row placement file imported into a fresh one. Run in release:
//   swift run -c release recourse-bench [--cases N] [--placements-only]

let arguments = CommandLine.arguments
let caseCount = arguments.firstIndex(of: "--cases").flatMap { Int(arguments[$0 + 1 < arguments.count ? $0 + 1 : $0]) } ?? 100_000
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-bench-\(UUID().uuidString)")
do {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bench.sqlite").path
    let today = LocalDate(year: 2026, month: 11, day: 29)
    let utc = TimeZone(identifier: "UTC") ?? .current
    let clock = FixedDayClock(day: today, timeZone: utc)
    print("recourse-bench: \(caseCount) cases, as of \(today)")
    if arguments.contains("--placements-only") {
        try PlacementBench.run(rows: 100_000, directory: directory, today: today)
        try? FileManager.default.removeItem(at: directory)
        exit(0)
    }

    var created: SQLiteRepository?
    if let existing = arguments.firstIndex(of: "--db").map({ arguments[min($0 + 1, arguments.count - 1)] }) {
        created = try SQLiteRepository.open(path: existing, mode: .existing)
        print("using the existing repository \(existing) (no generation)")
    } else {
        let generation = try Measure.seconds {
            created = try SQLiteRepository.create(
                path: path, creator: "bench", batch: DemoPortfolio(seed: 1, caseCount: caseCount, today: today, adminLogin: "bench"),
                kind: "demo", info: [:], at: Date())
        }
        print(String(format: "generate demo repository:      %.2f s", generation))
    }
    guard let repository = created else { throw RepositoryError.missing(path: path) }

    let session = Session(user: User(id: 1, login: "bench", displayName: "bench", role: .admin), osLogin: "bench")
    let queue = WorkQueue(repository: repository, clock: clock)
    var openCases = 0
    let ranking = try Measure.milliseconds(runs: 20) { _ in openCases = try queue.entries(scope: .all, session: session).count }
    print("queue ranking, all \(openCases) open:  \(Measure.summary(ranking))")
    var candidates: [QueueCandidate] = []
    let loading = try Measure.milliseconds(runs: 10) { _ in candidates = try repository.queueCandidates(assignee: nil, asOf: today) }
    print("  of which loading candidates: \(Measure.summary(loading))")
    let ranker = QueueRanking(timeZone: utc)
    let sorting = Measure.milliseconds(runs: 10) { _ in _ = ranker.rank(candidates, now: clock.now) }
    print("  of which ranking in memory:  \(Measure.summary(sorting))")

    let references = try repository.queueCandidates(assignee: nil, asOf: today).map(\.reference)
    var random = SystemRandomNumberGenerator()
    let picks = (0..<200).map { _ in references.randomElement(using: &random) ?? "RC-000001" }
    let lookup = CaseLookup(repository: repository, clock: clock)
    let detail = try Measure.milliseconds(runs: picks.count) { run in _ = try lookup.detail(reference: picks[run]) }
    print("case detail load:              \(Measure.summary(detail))")

    try ConsoleBench.run(repository: repository, clock: clock)
    try LetterBench.run(repository: repository, clock: clock, references: Array(references.shuffled(using: &random).prefix(600)))
    try LadderBench.run(repository: repository, clock: clock)

    try PlacementBench.run(rows: 100_000, directory: directory, today: today)

    let size = (try FileManager.default.attributesOfItem(atPath: repository.path)[.size] as? Int) ?? 0
    print(String(format: "repository file size:          %.1f MB", Double(size) / 1_048_576))
    print(String(format: "peak resident memory:          %.1f MB", Measure.peakResidentMegabytes()))
    try repository.close()
} catch {
    FileHandle.standardError.write(Data("recourse-bench: \(error)\n".utf8))
    exit(1)
}
