import Foundation
import RecourseConsole
import RecourseCore
import RecourseEscalation
import TermUI
import TermUICurses

/// Starts the console on the repository the options point at, in the user's theme and keys.
enum ConsoleLauncher {
    static func run(global: GlobalOptions, theme requestedTheme: String?) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw RecourseError.conflict("the console needs a terminal; for text output use `recourse queue` or `recourse case REF`")
        }
        let context = try CommandContext.open(global, command: "console", access: .createIfMissing)
        defer { try? context.repository.close() }
        let environment = ProcessInfo.processInfo.environment
        let configFile = ConsoleConfig.directory(environment: environment).appendingPathComponent("config.toml")
        let (config, configProblems) = ConsoleConfig.load(from: configFile)
        var keymaps = ConsoleKeymaps.defaults
        let keyProblems = keymaps.apply(config.keys).map { "\(configFile.path): keys.\($0)" }
        let themes = ThemeSetup.load(
            requested: requestedTheme, config: config, environment: environment, executable: executableURL())
        let (policy, policyProblems) = CallPolicyFile.load(from: CallPolicyFile.url(environment: environment))
        let (letters, templateProblems) = LetterSetup.make(context, environment: environment)
        let (ladder, ladderProblems) = ladderPolicy(environment: environment)
        let services = RepositoryConsoleServices(
            repository: context.repository, session: context.session, clock: context.clock,
            repositoryName: (context.repository.path as NSString).lastPathComponent, policy: policy,
            conventions: context.conventions, letters: letters, outbox: LetterSetup.outbox(explicit: nil, environment: environment),
            ladder: ladder, ladderRun: { try EscalationSetup.runner(context, environment: environment).run(asOf: context.clock.today) })
        try CursesBackend.withTerminal { backend in
            let theme = themes.theme.adapted(to: backend.colorCapability, monochrome: themes.monochrome)
            var app = ConsoleApp(
                services: services, theme: theme, keymaps: keymaps, conventions: context.conventions,
                notices: configProblems + keyProblems + themes.problems + policyProblems + ladderProblems
                    + templateProblems.map { "template not used: \($0)" }
                    + [LetterSetup.rateCoverageNote(on: context.clock.today, short: true, environment: environment)].compactMap { $0 })
            try RunLoop(backend: backend, minimumSize: ConsoleApp.minimumSize, theme: theme, idleTimeout: ConsoleApp.idleInterval).run(&app)
        }
    }

    /// The ladder policy for the review screen's country risk, or the problems of a broken `ladder.toml`.
    private static func ladderPolicy(environment: [String: String]) -> (LadderPolicy?, [String]) {
        do {
            return (try LadderPolicyFile.load(userFile: LadderPolicyFile.defaultUserFile(environment: environment)), [])
        } catch {
            return (nil, error.problems + ["ladder policy not used: the ladder does not run and the review screen shows no country risk"])
        }
    }

    /// The running binary, to find the themes shipped beside it.
    private static func executableURL() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
