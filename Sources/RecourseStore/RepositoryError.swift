import GRDB

/// Why a repository file could not be opened or used. Every case names the file and what to do.
public enum RepositoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path (and creating one was not asked for).
    case missing(path: String)
    /// The file exists but is not an SQLite database (e.g. a text file).
    case notADatabase(path: String)
    /// An SQLite database that belongs to another program.
    case foreignDatabase(path: String)
    /// Written by a newer Recourse with a schema this version does not know.
    case newerSchema(path: String)
    /// The file or its directory cannot be read or written.
    case unreadable(path: String, reason: String)
    /// The database is damaged.
    case corrupt(path: String, detail: String)
    /// Another process held the file locked for too long.
    case locked(path: String)
    /// The disk is full.
    case diskFull(path: String)
    /// The file is read-only for this user.
    case readOnly(path: String)
    /// Another SQLite error, with SQLite's message.
    case sqlite(path: String, detail: String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .missing(let path):
            return "no repository at \(path); run `recourse demo` to try Recourse on a demo portfolio"
        case .notADatabase(let path):
            return "\(path) is not a Recourse repository (it is not an SQLite database); it was left untouched"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another program, not a Recourse repository; it was left untouched"
        case .newerSchema(let path):
            return "\(path) was written by a newer version of Recourse; upgrade Recourse to open it (the file was left untouched)"
        case .unreadable(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .corrupt(let path, let detail):
            return "\(path) is damaged (\(detail)); restore it from a backup — `recourse check` reports what is wrong"
        case .locked(let path):
            return "\(path) is locked by another Recourse for too long; try again"
        case .diskFull(let path):
            return "the disk holding \(path) is full; nothing was saved"
        case .readOnly(let path):
            return "\(path) is read-only for you; ask the owner for write access (see README, sharing a repository)"
        case .sqlite(let path, let detail):
            return "\(path): \(detail)"
        }
    }

    /// Translates an SQLite error into a message about the file.
    static func wrap(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB: return RepositoryError.notADatabase(path: path)
        case .SQLITE_CORRUPT: return RepositoryError.corrupt(path: path, detail: error.message ?? "corrupt")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return RepositoryError.unreadable(path: path, reason: error.message ?? "permission denied")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return RepositoryError.locked(path: path)
        case .SQLITE_FULL: return RepositoryError.diskFull(path: path)
        case .SQLITE_READONLY: return RepositoryError.readOnly(path: path)
        case .SQLITE_IOERR: return RepositoryError.unreadable(path: path, reason: error.message ?? "input/output error")
        default: return RepositoryError.sqlite(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
