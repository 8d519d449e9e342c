import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository {
    /// Creates a new repository at `path` filled with a batch — all or nothing.
    ///
    /// The file is built beside the target without a journal (nothing else can see it yet), flushed
    /// to disk, then moved into place in one rename; a failure leaves no file behind. This is how a
    /// 100,000-case demo is written in seconds rather than through the shared write-ahead log.
    public static func create(
        path: String, creator: String, batch: some PortfolioBatch & Sendable, kind: String, info: [String: String],
        at: Date, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> SQLiteRepository {
        guard try RepositoryFile.inspect(path) == .absent else {
            throw RepositoryError.sqlite(path: path, detail: "a file exists already; remove it first")
        }
        let partial = path + ".partial-\(getpid())"
        try? FileManager.default.removeItem(atPath: partial)
        try RepositoryFile.createPrivate(partial)
        do {
            try build(partial, creator: creator, batch: batch, kind: kind, info: info, at: at, progress: progress)
            guard rename(partial, path) == 0 else {
                throw RepositoryError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw RepositoryError.wrap(error, path: path)
        }
        return try open(path: path, mode: .existing)
    }

    private static func build(
        _ partial: String, creator: String, batch: some PortfolioBatch & Sendable, kind: String, info: [String: String],
        at: Date, progress: @escaping @Sendable (Int) -> Void
    ) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA locking_mode = EXCLUSIVE;
                PRAGMA cache_size = -65536;
                PRAGMA temp_store = MEMORY;
                """)
        }
        let queue = try DatabaseQueue(path: partial, configuration: configuration)
        try Schema.migrator.migrate(queue)
        try queue.inDatabase { db in
            try db.execute(
                sql: "INSERT INTO user (login, display_name, role, created_at) VALUES (?, ?, 'admin', ?)",
                arguments: [creator, creator, Timestamp.utcString(at)])
            try db.execute(
                sql: "INSERT INTO repository_info (key, value) VALUES ('created_at', ?), ('created_by', ?)",
                arguments: [Timestamp.utcString(at), creator])
            try db.inTransaction {
                try PortfolioWriter.writeAll(batch, into: db, kind: kind, info: info, at: at, progress: progress)
                return .commit
            }
        }
        try queue.close()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: partial))
        try handle.synchronize()
        try handle.close()
    }
}
