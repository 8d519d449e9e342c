import ArgumentParser
import Foundation
import RecourseCore
import RecourseImport

/// `recourse import`: bring data from outside into the repository.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import placement files (admins) and payments (supervisors).",
        subcommands: [PlacementsImportCommand.self, ImportPaymentsCommand.self])
}

/// `recourse import placements FILE.csv --creditor NAME`: a creditor's invoices, one row each.
struct PlacementsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: "Import a placement file: one CSV row per invoice, with the debtor's details.",
        discussion: """
            All or nothing: any bad row refuses the whole file, every problem listed as \
            file:line:column (header): message. The same invoice (creditor and invoice number) is \
            one claim however often it is imported; a changed amount is reported, not applied. \
            Debtors are matched by registration id, VAT id, or name and country; one creditor's \
            invoices against one debtor go on one case. New cases start in stage new, unassigned, \
            with a call due today.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The CSV file (`,` `;` or tab delimited, UTF-8).", valueName: "file.csv")) var file: String
    @Option(name: .long, help: ArgumentHelp("The creditor (created if new).", valueName: "name")) var creditor: String
    @Option(name: .long, help: ArgumentHelp("The creditor's country, required when the creditor is new.", valueName: "CC"))
    var creditorCountry: String?
    @Option(name: .long, help: ArgumentHelp("A mapping file naming the client's columns (TOML).", valueName: "file.toml"))
    var mapping: String?
    @Flag(name: .long, help: "Report what would happen; store nothing.") var dryRun = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    mutating func validate() throws {
        if creditor.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--creditor must not be empty") }
    }

    func run() throws {
        let country: Country?
        do {
            country = try creditorCountry.map { code throws(RecourseCore.ValidationError) in try Country(code: code) }
        } catch {
            throw RecourseError.invalid(RecourseCore.ValidationError(field: "--creditor-country", message: error.message))
        }
        let mappingRules = try mapping.map { path throws(PlacementMappingError) in try PlacementMappingFile.load(path: path) } ?? .defaults
        let context = try CommandContext.open(global, command: "import placements")
        defer { try? context.repository.close() }
        guard context.session.user.role == .admin else {
            throw RecourseError.notPermitted("only an admin can import placements; you are a \(context.session.user.role.rawValue)")
        }
        let progress = ProgressLine(total: 1, label: "Importing placements", unit: "rows")
        let summary: PlacementSummary
        do {
            summary = try PlacementImport(repository: context.repository, mapping: mappingRules).run(
                path: file, creditor: creditor.trimmingCharacters(in: .whitespaces), creditorCountry: country,
                actorId: context.session.user.id, today: context.clock.today, at: context.clock.now, dryRun: dryRun,
                progress: { progress.update($0, of: $1) })
        } catch let rejected as PlacementRejected {
            progress.finish()
            if json { try JSONOutput.print(PlacementRejectionJSON(rejected)) }
            throw rejected
        }
        progress.finish()
        if json {
            try JSONOutput.print(summary)
        } else {
            print(PlacementReport.text(summary))
        }
    }
}
