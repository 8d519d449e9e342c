import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters
import RecourseStore

/// Builds the letter desk for a command: templates (shipped plus the user's), the statutory rate
/// table (bundled plus the user's rates.toml) and the letter policy.
enum LetterSetup {
    /// The desk for a command, with template problems written to stderr (a broken user template is
    /// not used). A broken rates or policy file is a refusal: no letter may state interest from a guess.
    static func desk(_ context: CommandContext, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LetterDesk {
        let (desk, problems) = make(context, environment: environment)
        for problem in problems { FileHandle.standardError.write(Data("recourse: template not used: \(problem)\n".utf8)) }
        switch desk {
        case .success(let desk): return desk
        case .failure(let problem): throw RecourseError.conflict(problem.reason)
        }
    }

    /// What every letter desk is made of: templates, the rate table and the letter policy, read once.
    struct Components: Sendable {
        let templates: LetterTemplates
        let templateProblems: [String]
        let rates: RateTable
        let policy: LetterPolicy

        /// A desk for one user (the drafter whose name the letters carry).
        func desk(store: any LetterStoring & CaseReading & AgencyProfileStoring, clock: any Clock, session: Session) -> LetterDesk {
            LetterDesk(store: store, templates: templates, interest: LetterInterest.statutory(rates: rates), policy: policy, clock: clock, session: session)
        }
    }

    /// Reads templates, rates and policy; a broken rates or policy file is a refusal naming it.
    static func components(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Components {
        let (templates, problems) = LetterTemplates.load(userDirectory: LetterTemplates.defaultUserDirectory(environment: environment))
        let rates: RateTable
        do {
            rates = try RateTableFile.load(userFile: RateTableFile.defaultUserFile(environment: environment))
        } catch {
            throw LettersUnavailable(reason: "\(error)")
        }
        let (policy, policyProblems) = LetterPolicyFile.load(from: policyFile(environment))
        if !policyProblems.isEmpty { throw LettersUnavailable(reason: policyProblems.joined(separator: "; ")) }
        return Components(templates: templates, templateProblems: problems.map(\.description), rates: rates, policy: policy)
    }

    /// The desk or why letters are unavailable, and the template problems (for the console's footer).
    static func make(
        _ context: CommandContext, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (desk: Result<LetterDesk, LettersUnavailable>, templateProblems: [String]) {
        do {
            let parts = try components(environment: environment)
            return (.success(parts.desk(store: context.repository, clock: context.clock, session: context.session)), parts.templateProblems)
        } catch let problem as LettersUnavailable {
            let (_, problems) = LetterTemplates.load(userDirectory: LetterTemplates.defaultUserDirectory(environment: environment))
            return (.failure(problem), problems.map(\.description))
        } catch {
            return (.failure(LettersUnavailable(reason: "\(error)")), [])
        }
    }

    /// A warning when the rate table (bundled and the user's) has no rate for the half-year of
    /// `day` in some series: letters whose interest runs into it will be refused until it is entered.
    static func rateCoverageNote(
        on day: LocalDate, short: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let file = RateTableFile.defaultUserFile(environment: environment)
        guard let rates = try? RateTableFile.load(userFile: file) else { return nil }
        let half = HalfYear(containing: day)
        let missing = RateSeries.allCases.filter { rates.rate($0, half) == nil }
        guard !missing.isEmpty else { return nil }
        if short { return "No statutory rate for \(half) yet: EU/UK letters need it in rates.toml" }
        return "no statutory rate for \(half) (\(missing.map(\.rawValue).joined(separator: ", "))) yet: letters to EU and UK debtors "
            + "are refused until it is entered in \(file.path) (see README, Statutory interest)"
    }

    /// policy.toml in the user's config directory.
    static func policyFile(_ environment: [String: String]) -> URL {
        ConfigLocation.file("policy.toml", environment: environment)
    }

    /// The outbox: `--outbox`, else `outbox` in the data directory.
    static func outbox(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        return RepositoryLocation(environment: environment).dataDirectory.appendingPathComponent("outbox")
    }
}
