import ArgumentParser
import RecourseCore

/// Options every subcommand accepts, before or after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The repository file (default: $RECOURSE_DB, else the data directory).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Evaluate as of this day instead of today.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as another user (admins only; recorded in the audit log).", valueName: "login"))
    var actAs: String?

    /// The names of the options, for moving them behind the subcommand.
    static let valueOptions: Set<String> = ["--db", "--today", "--as"]

    mutating func validate() throws {
        if let today {
            do {
                _ = try LocalDate.parse(today, field: "--today")
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The `--today` day, when given.
    var todayDate: LocalDate? {
        today.flatMap { try? LocalDate.parse($0) }
    }
}

/// Lets `recourse --db F queue` mean `recourse queue --db F`: global options given before the
/// subcommand are moved behind it, where every subcommand declares them.
enum ArgumentOrder {
    static func normalise(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            guard GlobalOptions.valueOptions.contains(name) else { break }
            leading.append(argument)
            if !argument.contains("=") && index + 1 < arguments.count {
                leading.append(arguments[index + 1])
                index += 1
            }
            index += 1
        }
        guard !leading.isEmpty else { return arguments }
        var rest = Array(arguments[index...])
        if let terminator = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: leading, at: terminator)
            return rest
        }
        return rest + leading
    }
}
