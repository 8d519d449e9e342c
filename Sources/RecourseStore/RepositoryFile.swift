import Foundation
import GRDB

/// Checks made on a file before SQLite touches it, so a foreign file is never modified.
enum RepositoryFile {
    /// `PRAGMA application_id` of Recourse repositories: "RCRS".
    static let applicationID: Int32 = 0x5243_5253

    /// What is at a path.
    enum State {
        /// Nothing there.
        case absent
        /// A zero-length file, or an SQLite database with no tables: safe to initialise.
        case empty
        /// A Recourse repository.
        case recourse
    }

    /// Inspects the file at `path`, throwing for anything that is not ours or cannot be read.
    static func inspect(_ path: String) throws -> State {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        if isDirectory.boolValue { throw RepositoryError.unreadable(path: path, reason: "it is a directory") }
        guard manager.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw RepositoryError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw RepositoryError.unreadable(path: path, reason: error.localizedDescription)
        }
        if header.isEmpty { return .empty }
        let magic = Array("SQLite format 3\u{0}".utf8)
        guard header.count == 100, Array(header.prefix(16)) == magic else {
            throw RepositoryError.notADatabase(path: path)
        }
        let bytes = Array(header)
        let appID = Int32(bitPattern: UInt32(bytes[68]) << 24 | UInt32(bytes[69]) << 16 | UInt32(bytes[70]) << 8 | UInt32(bytes[71]))
        if appID == applicationID { return .recourse }
        if appID != 0 { throw RepositoryError.foreignDatabase(path: path) }
        // The header on disk may lag behind a write-ahead log: ask SQLite, read-only.
        let (tables, sqlAppID) = try contents(path)
        if sqlAppID == applicationID { return .recourse }
        if tables > 0 { throw RepositoryError.foreignDatabase(path: path) }
        return .empty
    }

    private static func contents(_ path: String) throws -> (tables: Int, applicationID: Int32) {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0,
                 try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
            }
        } catch {
            throw RepositoryError.wrap(error, path: path)
        }
    }

    /// Creates an empty file readable and writable by its owner only, and its directory if needed.
    static func createPrivate(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw RepositoryError.unreadable(path: path, reason: "cannot create directory \(directory)")
            }
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw RepositoryError.unreadable(path: path, reason: reason)
        }
        close(descriptor)
    }
}
