import ArgumentParser
import Foundation
import RecourseCore

/// `recourse users`: list, add and change the roles of the people who use the repository.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "List and manage users (adding and changing roles: admins only).",
        subcommands: [List.self, Add.self, SetRole.self], defaultSubcommand: List.self)

    /// `recourse users list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users.")
        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() throws {
            let context = try CommandContext.open(global, command: "users list")
            let users = try context.repository.allUsers()
            if json {
                try JSONOutput.print(users.map { ["login": $0.login, "name": $0.displayName, "role": $0.role.rawValue] })
                return
            }
            var table = TextTable([
                .init(title: "Login", alignment: .left, maxWidth: 32), .init(title: "Name", alignment: .left, maxWidth: 32),
                .init(title: "Role", alignment: .left, maxWidth: 10),
            ])
            for user in users { table.append([user.login, user.displayName, user.role.rawValue]) }
            table.render().forEach { print($0) }
        }
    }

    /// `recourse users add NAME --role R`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The user's operating-system login.") var login: String
        @Option(name: .long, help: "caseworker, supervisor or admin.") var role: String
        @Option(name: .long, help: "The name shown on screens and letters.") var name: String?

        func run() throws {
            let context = try CommandContext.open(global, command: "users add \(login)", access: .createIfMissing)
            let role = try Role.parse(self.role)
            let user = try UserAdministration(directory: context.repository, clock: context.clock)
                .addUser(login: login, displayName: name, role: role, by: context.session.user)
            print("Added \(user.login) (\(user.displayName)) as \(user.role.rawValue).")
        }
    }

    /// `recourse users set-role NAME ROLE`.
    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change a user's role (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The user's login.") var login: String
        @Argument(help: "caseworker, supervisor or admin.") var role: String

        func run() throws {
            let context = try CommandContext.open(global, command: "users set-role \(login) \(role)")
            let role = try Role.parse(self.role)
            try UserAdministration(directory: context.repository, clock: context.clock)
                .setRole(login: login, role: role, by: context.session.user)
            print("\(login) is now \(role.rawValue).")
        }
    }
}
