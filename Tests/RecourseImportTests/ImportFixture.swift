import Foundation
import GRDB
import RecourseCore
import RecourseImport
import RecourseStore

/// A fresh repository in a temp directory, and helpers to write placement files and import them.
final class ImportFixture: @unchecked Sendable {
    let directory: TemporaryDirectory
    let repository: SQLiteRepository
    static let today = LocalDate(year: 2026, month: 11, day: 30)

    init() throws {
        directory = try TemporaryDirectory()
        repository = try SQLiteRepository.open(path: directory.path("r.sqlite"), mode: .createIfNeeded(creator: "admin"))
    }

    /// Writes a file (text, optionally preceded by a BOM) and returns its path.
    func write(_ name: String, _ text: String, bom: Bool = false) throws -> String {
        let path = directory.path(name)
        var bytes = bom ? [UInt8]([0xEF, 0xBB, 0xBF]) : []
        bytes += Array(text.utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports a file for `ACME GmbH` (DE).
    func importFile(_ path: String, mapping: PlacementMapping = .defaults, dryRun: Bool = false, creditor: String = "ACME GmbH") throws -> PlacementSummary {
        try PlacementImport(repository: repository, mapping: mapping).run(
            path: path, creditor: creditor, creditorCountry: try Country(code: "DE"), actorId: 1, today: Self.today,
            at: Date(timeIntervalSince1970: 1_800_000_000), dryRun: dryRun)
    }

    /// The first column of every row a query returns, as text.
    func query(_ sql: String) throws -> [String] {
        let queue = try DatabaseQueue(path: repository.path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: sql) }
    }

    /// Counts rows of a table.
    func count(_ table: String) throws -> Int {
        Int(try query("SELECT count(*) FROM \(table)").first ?? "") ?? -1
    }
}
