/// Adding users and changing roles: admins only, never leaving the repository without an admin.
public struct UserAdministration: Sendable {
    private let directory: any UserDirectory
    private let clock: any Clock

    /// User administration over a directory.
    public init(directory: any UserDirectory, clock: any Clock) {
        self.directory = directory
        self.clock = clock
    }

    /// Adds a user with a role. The display name defaults to the login.
    public func addUser(login: String, displayName: String?, role: Role, by actor: User) throws -> User {
        try requireAdmin(actor, doing: "add users")
        do {
            try User.validateLogin(login)
        } catch {
            throw RecourseError.invalid(error)
        }
        if try directory.user(login: login) != nil { throw RecourseError.duplicateUser(login) }
        let name = displayName?.trimmingWhitespace()
        return try directory.insertUser(
            login: login, displayName: (name?.isEmpty ?? true) ? login : name ?? login, role: role, actor: actor, at: clock.now)
    }

    /// Changes a user's role; refuses to demote the last admin.
    public func setRole(login: String, role: Role, by actor: User) throws {
        try requireAdmin(actor, doing: "change roles")
        guard let target = try directory.user(login: login) else { throw RecourseError.unknownUser(login) }
        if target.role == .admin && role != .admin {
            let admins = try directory.allUsers().filter { $0.role == .admin }
            if admins.count <= 1 {
                throw RecourseError.conflict("'\(login)' is the only admin; make someone else admin first")
            }
        }
        try directory.updateRole(login: login, role: role, actor: actor, at: clock.now)
    }

    private func requireAdmin(_ actor: User, doing what: String) throws {
        guard actor.role.isAdmin else {
            throw RecourseError.notPermitted("only admins may \(what); '\(actor.login)' is a \(actor.role.rawValue)")
        }
    }
}
