import Foundation
import RecourseCore
import RecourseStore

/// The `import placements` use case: read the file, validate every row (all or nothing), then
/// match and write in one transaction — or, for a dry run, work it all out and store nothing.
public struct PlacementImport: Sendable {
    /// The repository to import into.
    public let repository: SQLiteRepository
    /// How to read the file.
    public let mapping: PlacementMapping

    /// A use case.
    public init(repository: SQLiteRepository, mapping: PlacementMapping = .defaults) {
        self.repository = repository
        self.mapping = mapping
    }

    /// Imports the file at `path` for a creditor. Throws `PlacementRejected` listing every bad row
    /// (nothing stored), or a repository or validation error.
    public func run(
        path: String, creditor: String, creditorCountry: Country?, actorId: Int64, today: LocalDate, at: Date, dryRun: Bool,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> PlacementSummary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RecourseError.invalid(ValidationError(field: "file", message: "cannot read \(path)"))
        }
        let bytes = [UInt8](data)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let file = try PlacementParser(mapping: mapping).parse(bytes, name: name)
        let request = PlacementRequest(
            file: file, sha256: repository.fingerprint(of: bytes), creditorName: creditor, creditorCountry: creditorCountry, actorId: actorId,
            today: today, at: at, dryRun: dryRun)
        return try repository.importPlacements(request, progress: progress)
    }
}
