import ArgumentParser
import Foundation
import RecourseCore

/// `recourse lawyers`: the directory of lawyers and firms by country, for legal decisions.
struct LawyersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lawyers", abstract: "The lawyers' directory (adding: supervisors and admins).",
        subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    /// `recourse lawyers list [--country CC]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List lawyers, optionally for one country.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Only this country (ISO code).") var country: String?
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() throws {
            let context = try CommandContext.open(global, command: "lawyers list")
            let lawyers = try ReviewDesk(store: context.repository, clock: context.clock, session: context.session)
                .lawyers(country: try country.map { try Country(code: $0) })
            if json {
                try JSONOutput.print(lawyers)
                return
            }
            guard !lawyers.isEmpty else {
                print("No lawyers\(country.map { " for \($0.uppercased())" } ?? ""). Add one with `recourse lawyers add`.")
                return
            }
            var table = TextTable([
                .init(title: "#", alignment: .right, maxWidth: 6), .init(title: "CC", alignment: .left, maxWidth: 2),
                .init(title: "Name", alignment: .left, maxWidth: 30), .init(title: "Firm", alignment: .left, maxWidth: 40),
                .init(title: "E-mail", alignment: .left, maxWidth: 36), .init(title: "Phone", alignment: .left, maxWidth: 20),
            ])
            for lawyer in lawyers {
                table.append([String(lawyer.id), lawyer.country.code, lawyer.name, lawyer.firm, lawyer.email ?? "", lawyer.phone ?? ""])
            }
            table.render().forEach { print($0) }
        }
    }

    /// `recourse lawyers add NAME --firm F --country CC`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a lawyer or firm (supervisors and admins).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The lawyer's name.") var name: String
        @Option(name: .long, help: "The firm.") var firm: String
        @Option(name: .long, help: "Where they act (ISO country code).") var country: String
        @Option(name: .long, help: "E-mail.") var email: String?
        @Option(name: .long, help: "Phone.") var phone: String?

        func run() throws {
            let context = try CommandContext.open(global, command: "lawyers add \(name)")
            let lawyer = try ReviewDesk(store: context.repository, clock: context.clock, session: context.session)
                .addLawyer(name: name, firm: firm, country: try Country(code: country), email: email, phone: phone)
            print("Added lawyer \(lawyer.id): \(lawyer.name), \(lawyer.firm) (\(lawyer.country.code)).")
        }
    }
}
