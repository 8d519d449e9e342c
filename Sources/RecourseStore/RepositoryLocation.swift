import Foundation

/// Where repository files live: `--db`, else `RECOURSE_DB`, else `$XDG_DATA_HOME/recourse/recourse.sqlite`.
public struct RepositoryLocation: Sendable, Equatable {
    /// The directory of the default repository and the demo.
    public let dataDirectory: URL

    /// The data directory from the environment (`XDG_DATA_HOME`, else `~/.local/share`) plus `recourse`.
    public init(environment: [String: String]) {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataDirectory = URL(fileURLWithPath: xdg).appendingPathComponent("recourse")
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataDirectory = URL(fileURLWithPath: home).appendingPathComponent(".local/share/recourse")
        }
    }

    /// The default repository: `<data>/recourse.sqlite`.
    public var defaultRepository: URL { dataDirectory.appendingPathComponent("recourse.sqlite") }

    /// The demo repository beside it: `<data>/demo.sqlite`, so a demo never touches real data.
    public var demoRepository: URL { dataDirectory.appendingPathComponent("demo.sqlite") }

    /// The repository to use: an explicit path, then `RECOURSE_DB`, then the default.
    public func resolve(explicit: String?, environment: [String: String]) -> (url: URL, isDefault: Bool) {
        if let explicit, !explicit.isEmpty { return (URL(fileURLWithPath: explicit), false) }
        if let variable = environment["RECOURSE_DB"], !variable.isEmpty { return (URL(fileURLWithPath: variable), false) }
        return (defaultRepository, true)
    }
}
