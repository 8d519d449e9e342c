import ArgumentParser

/// `recourse import`: bring data in from files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import files into the repository.", subcommands: [ImportPaymentsCommand.self])
}
