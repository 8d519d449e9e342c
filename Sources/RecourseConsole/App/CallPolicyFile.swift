import Foundation
import RecourseCore
import TOMLKit

/// The user's call policy: `$XDG_CONFIG_HOME/recourse/policy.toml`, laid over Recourse's defaults.
///
/// ```toml
/// [calls]
/// promise_max_days_ahead = 30     # further ahead needs a supervisor
/// promise_grace_days = 3          # days after the date a payment still keeps a promise
/// plan_max_instalments = 6        # more needs a supervisor's approval
/// plan_max_days = 180             # a longer plan needs a supervisor's approval
///
/// [calls.next_action]             # business days until the next call, per outcome
/// NA = 1
/// LM = 1
/// NOINV = 5
/// ```
public enum CallPolicyFile {
    /// The policy file's path.
    public static func url(environment: [String: String]) -> URL {
        ConsoleConfig.directory(environment: environment).appendingPathComponent("policy.toml")
    }

    /// The policy, or the defaults with every problem named by file and line. A broken file is
    /// never half-applied: any problem means the defaults are used.
    public static func load(from url: URL) -> (policy: CallPolicy, problems: [String]) {
        let source: PolicySource
        switch PolicySource.read(url) {
        case nil: return (.standard, [])
        case .failure(let problem)?: return (.standard, [problem.message])
        case .success(let read)?: source = read
        }
        let table = source.table
        var policy = CallPolicy.standard
        var problems: [String] = []
        let place = source.place
        for key in table.keys.sorted() where key != "calls" && key != "letters" {
            problems.append("\(place(key)): unknown section '\(key)' (policy.toml has [calls] and [letters])")
        }
        guard let calls = table["calls"]?.table else { return (.standard, problems) }
        let limits: [(String, WritableKeyPath<CallPolicy, Int>, ClosedRange<Int>)] = [
            ("promise_max_days_ahead", \.promiseMaxDaysAhead, 1...365), ("promise_grace_days", \.promiseGraceDays, 0...30),
            ("plan_max_instalments", \.planMaxInstalments, 1...60), ("plan_max_days", \.planMaxDays, 7...1095),
        ]
        for key in calls.keys.sorted() {
            if key == "next_action" { continue }
            guard let limit = limits.first(where: { $0.0 == key }) else {
                problems.append("\(place(key)): unknown setting calls.\(key)")
                continue
            }
            guard let value = calls[key]?.int, limit.2.contains(value) else {
                problems.append("\(place(key)): calls.\(key) must be a whole number from \(limit.2.lowerBound) to \(limit.2.upperBound)")
                continue
            }
            policy[keyPath: limit.1] = value
        }
        if let steps = calls["next_action"]?.table {
            for code in steps.keys.sorted() {
                guard let outcome = CallOutcome(rawValue: code.uppercased()) else {
                    problems.append("\(place(code)): '\(code)' is not an outcome code")
                    continue
                }
                guard let days = steps[code]?.int, (0...60).contains(days) else {
                    problems.append("\(place(code)): calls.next_action.\(code) must be business days from 0 to 60")
                    continue
                }
                policy.nextSteps[outcome] = .callAfterBusinessDays(days)
            }
        }
        return problems.isEmpty ? (policy, []) : (.standard, problems + ["\(url.path): using the default call policy"])
    }
}
