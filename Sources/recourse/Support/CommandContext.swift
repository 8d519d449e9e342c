import Foundation
import RecourseCore
import RecourseStore

/// What a subcommand works with: the open repository, who is acting, and what "now" is.
struct CommandContext {
    let repository: SQLiteRepository
    let session: Session
    let clock: any Clock
    let conventions: NumberConventions

    /// How a subcommand needs the repository.
    enum Access {
        /// Read or write an existing repository.
        case existing
        /// Create the default (or given) repository when missing: the OS login becomes its admin.
        case createIfMissing
    }

    /// Opens the repository the options point at and resolves the session.
    static func open(_ options: GlobalOptions, command: String, access: Access = .existing) throws -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        let login = Identity.osLogin()
        let path = RepositoryChoice.path(explicit: options.db, environment: environment, announce: true)
        let mode: SQLiteRepository.OpenMode = access == .createIfMissing ? .createIfNeeded(creator: login) : .existing
        let repository = try SQLiteRepository.open(path: path, mode: mode)
        let clock = makeClock(options)
        let session = try Session.resolve(
            osLogin: login, actingAs: options.actAs, command: command, directory: repository, clock: clock)
        return CommandContext(
            repository: repository, session: session, clock: clock,
            conventions: NumberConventions.fromEnvironment(environment))
    }

    /// The system clock, or one pinned to `--today`.
    static func makeClock(_ options: GlobalOptions) -> any Clock {
        if let day = options.todayDate { return FixedDayClock(day: day) }
        return SystemClock()
    }

    /// A formatter for amounts in the user's locale.
    var money: MoneyFormatter { MoneyFormatter(conventions: conventions) }
}

/// Which file a command uses when none is named: the default repository, or the demo while no
/// default exists yet (said on stderr, so a script's output stays clean).
enum RepositoryChoice {
    static func path(explicit: String?, environment: [String: String], announce: Bool) -> String {
        let location = RepositoryLocation(environment: environment)
        let (url, isDefault) = location.resolve(explicit: explicit, environment: environment)
        let manager = FileManager.default
        if isDefault && !manager.fileExists(atPath: url.path) && manager.fileExists(atPath: location.demoRepository.path) {
            if announce {
                FileHandle.standardError.write(Data(
                    "recourse: using the demo repository \(location.demoRepository.path) (no repository at \(url.path) yet)\n".utf8))
            }
            return location.demoRepository.path
        }
        return url.path
    }
}
