/// What a user may do. Each role includes the rights of the ones before it.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    /// Works the queue, logs calls, drafts letters, proposes escalation.
    case caseworker
    /// Also approves letters (never their own), decides escalations and out-of-policy promises.
    case supervisor
    /// Also manages users, imports, policies; may act as another user (`--as`, audited).
    case admin

    /// True for supervisors and admins.
    public var canSupervise: Bool { self >= .supervisor }
    /// True for admins.
    public var isAdmin: Bool { self == .admin }

    private var rank: Int {
        switch self {
        case .caseworker: return 0
        case .supervisor: return 1
        case .admin: return 2
        }
    }

    /// Orders by rights: caseworker < supervisor < admin.
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// Parses `caseworker`, `supervisor` or `admin`, naming the choices when wrong.
    public static func parse(_ text: String) throws(ValidationError) -> Role {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw ValidationError(field: "role", message: "'\(text)' is not a role; use caseworker, supervisor or admin")
        }
        return role
    }
}

/// A person who uses Recourse, identified by their operating-system login.
public struct User: Hashable, Sendable, Codable, Identifiable {
    /// Row id in the repository.
    public let id: Int64
    /// The operating-system login, e.g. `anna.schmidt`.
    public let login: String
    /// The name shown on screens and letters.
    public let displayName: String
    /// What the user may do.
    public let role: Role

    /// A user.
    public init(id: Int64, login: String, displayName: String, role: Role) {
        self.id = id
        self.login = login
        self.displayName = displayName
        self.role = role
    }

    /// Checks a login's shape: 1–64 characters of letters, digits, `.`, `_`, `-`, not starting with `-`.
    public static func validateLogin(_ login: String) throws(ValidationError) {
        let allowed = login.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "_" || $0 == "-" }
        guard !login.isEmpty, login.count <= 64, allowed, !login.hasPrefix("-") else {
            throw ValidationError(field: "login", message: "'\(login)' is not a login name (letters, digits, '.', '_', '-')")
        }
    }
}
