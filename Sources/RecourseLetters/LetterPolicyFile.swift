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
        guard let data = FileManager.default.contents(atPath: url.path) else { return (.standard, []) }
        let source = String(decoding: data, as: UTF8.self)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return (.standard, ["\(url.path):\(error.source.begin.line): \(error.description)"])
        } catch {
            return (.standard, ["\(url.path): \(error)"])
        }
        guard let letters = table["letters"]?.table else { return (.standard, []) }
        func place(_ key: String) -> String {
            let line = source.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
            return line.map { "\(url.path):\($0 + 1)" } ?? url.path
        }
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
