import ArgumentParser
import Foundation
import RecourseCore

/// `recourse agency`: the letterhead and client account every letter prints.
struct AgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency", abstract: "Show or set the agency's letterhead and client account (setting: admins only).",
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    /// `recourse agency show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the agency's details.")
        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() throws {
            let context = try CommandContext.open(global, command: "agency show")
            guard let agency = try context.repository.agencyProfile() else {
                throw RecourseError.conflict("the agency's details are not set; an admin sets them with `recourse agency set`")
            }
            if json {
                try JSONOutput.print(agency)
                return
            }
            print(agency.name)
            agency.addressLines.forEach { print($0) }
            print("Phone \(agency.phone) · \(agency.email)")
            print("Payments to \(agency.beneficiary), IBAN \((try? IBAN(agency.iban).printed) ?? agency.iban), BIC \(agency.bic)")
        }
    }

    /// `recourse agency set …`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the agency's details (admins only).")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The agency's name.") var name: String
        @Option(name: .long, help: "A line of the postal address (repeat for each line).") var address: [String]
        @Option(name: .long, help: "Phone number for debtors.") var phone: String
        @Option(name: .long, help: "E-mail address for debtors.") var email: String
        @Option(name: .long, help: "Holder of the client account.") var beneficiary: String
        @Option(name: .long, help: "The client account's IBAN (checked).") var iban: String
        @Option(name: .long, help: "The bank's BIC.") var bic: String

        func run() throws {
            let context = try CommandContext.open(global, command: "agency set")
            guard context.session.user.role.isAdmin else {
                throw RecourseError.notPermitted("only an admin can set the agency's details; you are a \(context.session.user.role.rawValue)")
            }
            let profile = try AgencyProfile(
                name: name, addressLines: address, phone: phone, email: email, beneficiary: beneficiary, iban: iban, bic: bic)
            try context.repository.setAgencyProfile(profile, actor: context.session.user, at: context.clock.now)
            print("Agency details set: \(profile.name), IBAN \((try? IBAN(profile.iban).printed) ?? profile.iban).")
        }
    }
}
