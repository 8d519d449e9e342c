import Foundation
import RecourseCore
import TOMLKit

/// Reads the `[letters]` table of policy.toml (the file `[calls]` also lives in):
///
/// ```toml
/// [letters]
/// pay_by_business_days = 7   # from the letter's date to its pay-by date
/// ```
public enum LetterPolicyFile {
    /// The policy, or the defaults with every problem named by file and line.
    public static func load(from url: URL) -> (policy: LetterPolicy, problems: [String]) {
        let source: PolicySource
        switch PolicySource.read(url) {
        case nil: return (.standard, [])
        case .failure(let problem)?: return (.standard, [problem.message])
        case .success(let read)?: source = read
        }
        guard let letters = source.table["letters"]?.table else { return (.standard, []) }
        let place = source.place
        var policy = LetterPolicy.standard
        var problems: [String] = []
        for key in letters.keys.sorted() {
            guard key == "pay_by_business_days" else {
                problems.append("\(place(key)): unknown setting letters.\(key)")
                continue
            }
            guard let days = letters[key]?.int, (1...60).contains(days) else {
                problems.append("\(place(key)): letters.pay_by_business_days must be a whole number from 1 to 60")
                continue
            }
            policy.payByBusinessDays = days
        }
        return problems.isEmpty ? (policy, []) : (.standard, problems + ["\(url.path): using the default letter policy"])
    }
}
