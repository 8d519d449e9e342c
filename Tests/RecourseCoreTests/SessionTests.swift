import Foundation
import Testing
@testable import RecourseCore

/// An in-memory user directory for the session and administration rules.
final class MemoryDirectory: UserDirectory, AuditLog, @unchecked Sendable {
    var users: [User]
    var audits: [(String, String, String)] = []

    init(_ users: [User]) {
        self.users = users
    }

    func allUsers() throws -> [User] { users }
    func user(login: String) throws -> User? { users.first { $0.login == login } }
    func insertUser(login: String, displayName: String, role: Role, actor: User, at: Date) throws -> User {
        let user = User(id: Int64(users.count + 1), login: login, displayName: displayName, role: role)
        users.append(user)
        return user
    }
    func updateRole(login: String, role: Role, actor: User, at: Date) throws {
        users = users.map { $0.login == login ? User(id: $0.id, login: $0.login, displayName: $0.displayName, role: role) : $0 }
    }
    func recordAudit(osLogin: String, actingAs: String, command: String, at: Date) throws {
        audits.append((osLogin, actingAs, command))
    }
}

@Suite("Who is acting")
struct SessionTests {
    let clock = FrozenClock(now: Date(timeIntervalSince1970: 1_795_000_000), timeZone: TimeZone(identifier: "UTC") ?? .current)
    let admin = User(id: 1, login: "root", displayName: "Root", role: .admin)
    let anna = User(id: 2, login: "anna", displayName: "Anna", role: .caseworker)

    @Test("the OS login must be a user")
    func unknownLogin() {
        let directory = MemoryDirectory([admin])
        #expect(throws: RecourseError.notAUser("mallory")) {
            try Session.resolve(osLogin: "mallory", actingAs: nil, command: "queue", directory: directory, clock: clock)
        }
    }

    @Test("an admin may act as someone else, and it is audited")
    func adminActsAs() throws {
        let directory = MemoryDirectory([admin, anna])
        let session = try Session.resolve(osLogin: "root", actingAs: "anna", command: "queue", directory: directory, clock: clock)
        #expect(session.user == anna)
        #expect(session.isActingAsOther)
        #expect(directory.audits.count == 1)
        #expect(directory.audits.first?.1 == "anna")
    }

    @Test("a caseworker may not use --as")
    func caseworkerRefused() {
        let directory = MemoryDirectory([admin, anna])
        #expect(throws: RecourseError.self) {
            try Session.resolve(osLogin: "anna", actingAs: "root", command: "queue", directory: directory, clock: clock)
        }
        #expect(directory.audits.isEmpty)
    }

    @Test("only admins add users; logins are checked; the last admin stays an admin")
    func administration() throws {
        let directory = MemoryDirectory([admin, anna])
        let administration = UserAdministration(directory: directory, clock: clock)
        #expect(throws: RecourseError.self) { try administration.addUser(login: "bob", displayName: nil, role: .caseworker, by: anna) }
        #expect(throws: RecourseError.self) { try administration.addUser(login: "-rf", displayName: nil, role: .caseworker, by: admin) }
        #expect(throws: RecourseError.duplicateUser("anna")) {
            try administration.addUser(login: "anna", displayName: nil, role: .caseworker, by: admin)
        }
        let bob = try administration.addUser(login: "bob", displayName: "  ", role: .supervisor, by: admin)
        #expect(bob.displayName == "bob")
        #expect(throws: RecourseError.self) { try administration.setRole(login: "root", role: .caseworker, by: admin) }
        try administration.setRole(login: "bob", role: .admin, by: admin)
        try administration.setRole(login: "root", role: .caseworker, by: admin)
        #expect(try directory.user(login: "root")?.role == .caseworker)
    }
}
