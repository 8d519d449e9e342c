import Foundation
import TOMLKit

/// policy.toml read once for its `[calls]` and `[letters]` tables: the parsed table, or the syntax
/// error with its line, and the line of a key for messages.
struct PolicySource {
    let url: URL
    let table: TOMLTable
    private let lines: [Substring]

    /// The file's table; nil when there is no file; a problem (file:line) when it does not parse.
    static func read(_ url: URL) -> Result<PolicySource, PolicyProblem>? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let source = String(decoding: data, as: UTF8.self)
        do {
            return .success(PolicySource(url: url, table: try TOMLTable(string: source), lines: source.split(separator: "\n", omittingEmptySubsequences: false)))
        } catch let error as TOMLParseError {
            return .failure(PolicyProblem(message: "\(url.path):\(error.source.begin.line): \(error.description)"))
        } catch {
            return .failure(PolicyProblem(message: "\(url.path): \(error)"))
        }
    }

    /// `file:line` of the first line starting with `key`, else the file.
    func place(_ key: String) -> String {
        let line = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
        return line.map { "\(url.path):\($0 + 1)" } ?? url.path
    }
}

/// A problem with policy.toml, as a message naming file and line.
struct PolicyProblem: Error {
    let message: String
}
