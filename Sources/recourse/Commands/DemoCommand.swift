import ArgumentParser
import Foundation
import RecourseCore
import RecourseDemo
import RecourseStore

/// `recourse demo`: creates (or reuses) a demo repository filled with a believable agency book.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo portfolio and open the console on it.",
        discussion: """
            Without --db the demo lives in its own file beside the default repository, so it never \
            touches real data. Run again, it reuses the existing demo; --force regenerates it. A \
            repository that holds real data is never filled.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Number of cases (1 to 1,000,000).") var cases = 500
    @Option(name: .long, help: "Seed: the same seed and day give the same portfolio.") var seed: UInt64 = 1
    @Flag(name: .long, help: "Do not open the console afterwards.") var noConsole = false
    @Flag(name: .long, help: "Regenerate an existing demo.") var force = false
    @Option(name: .long, help: ArgumentHelp("Colour theme for the console.", valueName: "name|path")) var theme: String?

    mutating func validate() throws {
        guard (1...1_000_000).contains(cases) else { throw ValidationError("--cases must be between 1 and 1,000,000") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = global.db ?? RepositoryLocation(environment: environment).demoRepository.path
        let login = Identity.osLogin()
        let anchor = global.todayDate ?? SystemClock().today
        try DemoSeeder(path: path, login: login, anchor: anchor, seed: seed, cases: cases, force: force).run()
        var options = global
        options.db = path
        if noConsole {
            print("""

                Look at it:
                  recourse queue --db \(path)
                  recourse case RC-000001 --db \(path)
                  recourse --db \(path)          (the console)
                """)
        } else {
            try ConsoleLauncher.run(global: options, theme: theme)
        }
    }
}

/// Creates or reuses the demo file, refusing files that hold real data.
struct DemoSeeder {
    let path: String
    let login: String
    let anchor: LocalDate
    let seed: UInt64
    let cases: Int
    let force: Bool

    func run() throws {
        if FileManager.default.fileExists(atPath: path) {
            let existing = try SQLiteRepository.open(path: path, mode: .existing)
            let kind = try existing.info("kind")
            let summary = try existing.portfolioSummary()
            try existing.close()
            if kind == "demo" && !force {
                print("Using the existing demo at \(path) (\(summary.totalCases) cases; --force regenerates it).")
                return
            }
            guard kind == "demo" || summary.totalCases == 0 else {
                throw RecourseError.conflict(
                    "\(path) holds real data (\(summary.totalCases) cases); the demo only fills a new or empty repository or a demo")
            }
            if kind == "demo" { try removeDemoFiles() }
        }
        let portfolio = DemoPortfolio(seed: seed, caseCount: cases, today: anchor, adminLogin: login)
        let start = Date()
        let progress = ProgressLine(total: cases, label: "Generating the demo portfolio")
        let info = ["demo_seed": String(seed), "demo_cases": String(cases), "demo_anchor": anchor.description]
        let createdAt = Timestamp.instant(of: anchor, minuteOfDay: 0, in: TimeZone(secondsFromGMT: 0) ?? .current)
        let repository: SQLiteRepository
        if FileManager.default.fileExists(atPath: path) {
            // An empty repository (made by the console, say): filled in place, in one transaction.
            repository = try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: login))
            try repository.writePortfolio(portfolio, kind: "demo", info: info, at: createdAt, progress: { progress.update($0) })
            try repository.checkpoint()
        } else {
            repository = try SQLiteRepository.create(
                path: path, creator: login, batch: portfolio, kind: "demo", info: info, at: createdAt,
                progress: { progress.update($0) })
        }
        defer { try? repository.close() }
        progress.finish()
        let summary = try repository.portfolioSummary()
        let seconds = Date().timeIntervalSince(start)
        print("Demo repository \(path): \(summary.totalCases) cases (\(summary.openCases) open), "
              + "\(summary.debtors) debtors, \(summary.creditors) creditors, \(summary.users) users, "
              + "as of \(anchor), in \(String(format: "%.1f", seconds)) s.")
        if let note = LetterSetup.rateCoverageNote(on: anchor) {
            FileHandle.standardError.write(Data("recourse: note: \(note)\n".utf8))
        }
    }

    private func removeDemoFiles() throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// A progress line on stderr, redrawn in place on a terminal, silent otherwise.
final class ProgressLine: @unchecked Sendable {
    private var total: Int
    private let label: String
    private let unit: String
    private let interactive = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var lastPercent = -1

    init(total: Int, label: String, unit: String = "cases") {
        self.total = max(1, total)
        self.label = label
        self.unit = unit
    }

    /// Redraws with a total learnt late (a file's rows are known only once it is read).
    func update(_ done: Int, of total: Int) {
        lock.lock()
        self.total = max(1, total)
        lock.unlock()
        update(done)
    }

    func update(_ done: Int) {
        guard interactive else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        FileHandle.standardError.write(Data("\r\(label): \(done)/\(total) \(unit) (\(percent)%)".utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
