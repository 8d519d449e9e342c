import Foundation
import GRDB
import GRDBSQLite
import RecourseCore

/// Steps a prepared statement with SQLite's C API and reads columns without boxing them.
///
/// Used only for the bulk scans behind the work queue, where GRDB's `Row` decoding of 100,000
/// rows costs more than the query itself. Everything else reads through GRDB records.
struct RawRows {
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }
    private let path: String

    /// Prepares `sql` with positional arguments.
    init(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(), path: String) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        self.path = path
    }

    /// Moves to the next row; false at the end. SQLite errors become repository errors.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        throw RepositoryError.wrap(DatabaseError(resultCode: ResultCode(rawValue: code), message: message), path: path)
    }

    /// True when the column is NULL.
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The column as an integer (0 for NULL).
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The column as a Boolean.
    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    /// The column as text (invalid UTF-8 repaired), nil for NULL.
    func string(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column as text, the empty string for NULL.
    func text(_ column: Int32) -> String { string(column) ?? "" }

    /// The column's raw UTF-8 bytes, given to `body` without copying (empty for NULL).
    func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let count = Int(sqlite3_column_bytes(handle, column))
        return body(UnsafeBufferPointer(start: sqlite3_column_text(handle, column), count: count))
    }

    /// A stored `YYYY-MM-DD`, nil for NULL; a malformed value names the column.
    func date(_ column: Int32, name: String) throws -> LocalDate? {
        if isNull(column) { return nil }
        guard let date = withBytes(column, LocalDate.parse(bytes:)) else {
            throw ValidationError(field: name, message: "'\(text(column))' is not a stored date")
        }
        return date
    }

    /// A stored `YYYY-MM-DDTHH:MM:SSZ`, nil for NULL; a malformed value names the column.
    func instant(_ column: Int32, name: String) throws -> Date? {
        if isNull(column) { return nil }
        guard let date = withBytes(column, Timestamp.parseUTC(bytes:)) else {
            throw ValidationError(field: name, message: "'\(text(column))' is not a stored timestamp")
        }
        return date
    }
}
