/// Who is at the keyboard: the operating-system login, and the user they act as.
public struct Session: Hashable, Sendable {
    /// The user every action is recorded against.
    public let user: User
    /// The operating-system login that started Recourse.
    public let osLogin: String

    /// True when an admin acts as someone else (`--as`).
    public var isActingAsOther: Bool { user.login != osLogin }

    /// A session.
    public init(user: User, osLogin: String) {
        self.user = user
        self.osLogin = osLogin
    }

    /// Resolves the session: the login must be a user; `--as` is for admins only and is audited.
    public static func resolve(
        osLogin: String, actingAs: String?, command: String, directory: some UserDirectory & AuditLog, clock: any Clock
    ) throws -> Session {
        guard let own = try directory.user(login: osLogin) else { throw RecourseError.notAUser(osLogin) }
        guard let other = actingAs, other != osLogin else { return Session(user: own, osLogin: osLogin) }
        guard own.role.isAdmin else {
            throw RecourseError.notPermitted("only admins may act as another user (--as); '\(osLogin)' is a \(own.role.rawValue)")
        }
        guard let target = try directory.user(login: other) else { throw RecourseError.unknownUser(other) }
        try directory.recordAudit(osLogin: osLogin, actingAs: target.login, command: command, at: clock.now)
        return Session(user: target, osLogin: osLogin)
    }
}
