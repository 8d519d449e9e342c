import Foundation

/// Where a user's Recourse settings live: `$XDG_CONFIG_HOME/recourse` when that is an absolute
/// path (the XDG rule: a relative one is ignored), else `~/.config/recourse`. Every settings file —
/// config.toml, policy.toml, rates.toml, ladder.toml, themes/, templates/ — is found from here.
public enum ConfigLocation {
    /// The settings directory for an environment.
    public static func directory(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("recourse")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/recourse")
    }

    /// A file or directory in the settings directory.
    public static func file(_ name: String, environment: [String: String]) -> URL {
        directory(environment: environment).appendingPathComponent(name)
    }
}
