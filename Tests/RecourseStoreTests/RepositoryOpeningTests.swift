import Foundation
import GRDB
import Testing
@testable import RecourseStore

@Suite("Opening repository files")
struct RepositoryOpeningTests {
    @Test("a new repository is created from empty, owner-only, with its creator as admin")
    func createsFromEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("nested/dir/recourse.sqlite")
        let repository = try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice"))
        let users = try repository.allUsers()
        #expect(users.map(\.login) == ["alice"])
        #expect(users.first?.role == .admin)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let tables = try repository.pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        #expect(tables.contains("collection_case") && tables.contains("activity") && tables.contains("payment_allocation"))
        let appID = try repository.pool.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(appID == RepositoryFile.applicationID)
        try repository.close()
        // Reopening keeps the first admin and adds nobody.
        let again = try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "bob"))
        #expect(try again.allUsers().map(\.login) == ["alice"])
    }

    @Test("a missing file is reported, not created, when only reading")
    func missing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("none.sqlite")
        #expect(throws: RepositoryError.missing(path: path)) { try SQLiteRepository.open(path: path, mode: .existing) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a text file is refused and left untouched")
    func textFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.txt")
        let content = Data("Meeting notes: call Müller GmbH on Monday.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: RepositoryError.notADatabase(path: path)) {
            try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("another program's SQLite database is refused and left untouched")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: RepositoryError.foreignDatabase(path: path)) {
            try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a repository written by a newer schema is refused and left untouched")
    func newerSchema() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("future.sqlite")
        try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice")).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: RepositoryError.newerSchema(path: path)) { try SQLiteRepository.open(path: path, mode: .existing) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a damaged file gives an error, not a crash")
    func corruptFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("damaged.sqlite")
        try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice")).close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in 100..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) {
            let repository = try SQLiteRepository.open(path: path, mode: .existing)
            _ = try repository.allUsers()
        }
    }

    @Test("an unreadable file is reported with the reason", .enabled(if: geteuid() != 0, "root reads every file"))
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("locked.sqlite")
        try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "alice")).close()
        chmod(path, 0)
        defer { chmod(path, 0o600) }
        #expect(throws: RepositoryError.unreadable(path: path, reason: "permission denied")) {
            try SQLiteRepository.open(path: path, mode: .existing)
        }
    }

    @Test("the history is append-only, enforced by the schema")
    func appendOnly() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 5)
        #expect(throws: DatabaseError.self) {
            try repository.pool.write { db in try db.execute(sql: "UPDATE activity SET note = 'rewritten'") }
        }
        #expect(throws: DatabaseError.self) {
            try repository.pool.write { db in try db.execute(sql: "DELETE FROM activity") }
        }
    }
}
