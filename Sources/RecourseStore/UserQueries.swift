import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: UserDirectory, AuditLog, PortfolioSummaryReading {
    /// Every user, by login.
    public func allUsers() throws -> [User] {
        try read { db in
            try UserRecord.order(UserRecord.Columns.login).fetchAll(db).map { try $0.domain() }
        }
    }

    /// The user with this login, or nil.
    public func user(login: String) throws -> User? {
        try read { db in
            try UserRecord.filter(UserRecord.Columns.login == login).fetchOne(db)?.domain()
        }
    }

    /// Adds a user and records who did it.
    public func insertUser(login: String, displayName: String, role: Role, actor: User, at: Date) throws -> User {
        try write { db in
            var record = UserRecord(
                id: nil, login: login, displayName: displayName, role: role.rawValue, createdAt: Timestamp.utcString(at))
            try record.insert(db)
            try Self.audit(db, osLogin: actor.login, actingAs: actor.login, action: "users add \(login) --role \(role.rawValue)", at: at)
            return try record.domain()
        }
    }

    /// Changes a user's role and records who did it.
    public func updateRole(login: String, role: Role, actor: User, at: Date) throws {
        try write { db in
            try db.execute(sql: "UPDATE user SET role = ? WHERE login = ?", arguments: [role.rawValue, login])
            try Self.audit(db, osLogin: actor.login, actingAs: actor.login, action: "users set-role \(login) \(role.rawValue)", at: at)
        }
    }

    /// Records that `osLogin` ran `command` as `actingAs`.
    public func recordAudit(osLogin: String, actingAs: String, command: String, at: Date) throws {
        try write { db in
            try Self.audit(db, osLogin: osLogin, actingAs: actingAs, action: command, at: at)
        }
    }

    static func audit(_ db: Database, osLogin: String, actingAs: String, action: String, at: Date) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, os_login, acting_as, action) VALUES (?, ?, ?, ?)",
            arguments: [Timestamp.utcString(at), osLogin, actingAs, action])
    }

    /// Counts of cases per stage, users, debtors and creditors.
    public func portfolioSummary() throws -> PortfolioSummary {
        try read { db in
            var byStage: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT stage, count(*) FROM collection_case GROUP BY stage") {
                byStage[row[0]] = row[1]
            }
            let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            let kind = try String.fetchOne(db, sql: "SELECT value FROM repository_info WHERE key = 'kind'")
            return PortfolioSummary(
                casesByStage: byStage, users: try count("user"), debtors: try count("debtor"),
                creditors: try count("creditor"), isDemo: kind == "demo")
        }
    }
}
