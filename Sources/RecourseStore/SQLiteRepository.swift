import Foundation
import GRDB
import RecourseCore

/// The Recourse repository in one SQLite file (WAL, foreign keys on), shared safely by several processes.
public final class SQLiteRepository: Sendable {
    /// The file's path.
    public let path: String
    let pool: DatabasePool

    /// How to treat a missing or empty file.
    public enum OpenMode: Sendable, Equatable {
        /// The file must exist and be a Recourse repository.
        case existing
        /// Create the repository if absent or empty; `creator` becomes its first admin.
        case createIfNeeded(creator: String)
    }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens (and if asked, creates) the repository at `path`.
    ///
    /// A file that is not a Recourse repository, or one written by a newer schema, is refused and
    /// left untouched. A new file is created readable and writable by its owner only.
    public static func open(path: String, mode: OpenMode) throws -> SQLiteRepository {
        let state = try RepositoryFile.inspect(path)
        switch (state, mode) {
        case (.absent, .existing), (.empty, .existing):
            throw RepositoryError.missing(path: path)
        case (.absent, .createIfNeeded):
            try RepositoryFile.createPrivate(path)
        default:
            break
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
        let repository = SQLiteRepository(path: path, pool: pool)
        do {
            try repository.prepareSchema()
            if case .createIfNeeded(let creator) = mode {
                try repository.bootstrapFirstAdmin(login: creator)
            }
        } catch {
            try? pool.close()
            throw RepositoryError.wrap(error, path: path)
        }
        return repository
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(15)
        configuration.label = "recourse"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    private func prepareSchema() throws {
        let migrator = Schema.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw RepositoryError.newerSchema(path: path)
        }
        let pending = try pool.read { try !migrator.hasCompletedMigrations($0) }
        try migrator.migrate(pool)
        if pending {
            // Put the application id into the file's header now, so the file is recognised as ours.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
    }

    private func bootstrapFirstAdmin(login: String) throws {
        try pool.write { db in
            let users = try Int.fetchOne(db, sql: "SELECT count(*) FROM user") ?? 0
            guard users == 0 else { return }
            try db.execute(
                sql: "INSERT INTO user (login, display_name, role, created_at) VALUES (?, ?, 'admin', ?)",
                arguments: [login, login, Timestamp.utcString(Date())])
            try db.execute(
                sql: "INSERT OR IGNORE INTO repository_info (key, value) VALUES ('created_at', ?), ('created_by', ?)",
                arguments: [Timestamp.utcString(Date()), login])
        }
    }

    /// Closes the file; further use throws.
    public func close() throws {
        try pool.close()
    }

    /// Runs a read, translating SQLite errors into messages about the file.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }

    /// Runs one write transaction, translating SQLite errors into messages about the file.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }

    /// A value of `repository_info`, or nil.
    public func info(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM repository_info WHERE key = ?", arguments: [key]) }
    }
}

extension SQLiteRepository {
    /// Folds the write-ahead log into the main file (after a bulk write).
    public func checkpoint() throws {
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }
}
