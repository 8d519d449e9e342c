import Foundation
import RecourseCore
import TOMLKit

/// The user's console settings from `$XDG_CONFIG_HOME/recourse/config.toml`:
///
/// ```toml
/// theme = "light"            # a shipped or user theme name, or a path to a .toml file
/// [keys]
/// down = ["j", "down", "ctrl-n"]
/// ```
public struct ConsoleConfig: Sendable, Equatable {
    /// The theme asked for, if any.
    public var theme: String?
    /// Key rebinds: action name → key names.
    public var keys: [String: [String]] = [:]

    /// An empty configuration.
    public init(theme: String? = nil, keys: [String: [String]] = [:]) {
        self.theme = theme
        self.keys = keys
    }

    /// `$XDG_CONFIG_HOME/recourse` (else `~/.config/recourse`).
    public static func directory(environment: [String: String]) -> URL {
        ConfigLocation.directory(environment: environment)
    }

    /// Reads the file; a missing file is an empty config, a broken one is reported with file and line.
    public static func load(from url: URL) -> (config: ConsoleConfig, problems: [String]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (ConsoleConfig(), []) }
        let source = String(decoding: data, as: UTF8.self)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return (ConsoleConfig(), ["\(url.path):\(error.source.begin.line): \(error.description)"])
        } catch {
            return (ConsoleConfig(), ["\(url.path): \(error)"])
        }
        var config = ConsoleConfig()
        var problems: [String] = []
        func line(of key: String) -> String {
            let number = source.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
            return number.map { "\(url.path):\($0 + 1)" } ?? url.path
        }
        for key in table.keys.sorted() {
            switch key {
            case "theme":
                if let name = table["theme"]?.string { config.theme = name }
                else { problems.append("\(line(of: "theme")): theme must be a string, e.g. theme = \"light\"") }
            case "keys":
                guard let keys = table["keys"]?.table else {
                    problems.append("\(line(of: "[keys]")): [keys] must be a table of action = [\"key\", …]")
                    continue
                }
                for action in keys.keys.sorted() {
                    if let array = keys[action]?.array {
                        let names = array.compactMap { $0.string }
                        if names.count == array.count { config.keys[action] = names; continue }
                    } else if let single = keys[action]?.string {
                        config.keys[action] = [single]
                        continue
                    }
                    problems.append("\(line(of: action)): keys.\(action) must be a list of key names, e.g. [\"j\", \"down\"]")
                }
            default:
                problems.append("\(line(of: key)): unknown setting '\(key)' (known: theme, [keys])")
            }
        }
        return (config, problems)
    }
}
