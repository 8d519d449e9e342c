import Foundation
import GRDB
import RecourseCore

extension SQLiteRepository: AgencyProfileStoring {
    /// The agency's details from `repository_info`, or nil when not yet set.
    public func agencyProfile() throws -> AgencyProfile? {
        try read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT value FROM repository_info WHERE key = 'agency'") else { return nil }
            do {
                return try JSONDecoder().decode(AgencyProfile.self, from: Data(text.utf8))
            } catch {
                throw ValidationError(field: "agency", message: "the stored agency details are not readable (\(error)); set them again with `recourse agency set`")
            }
        }
    }

    /// Stores the agency's details and records who changed them.
    public func setAgencyProfile(_ profile: AgencyProfile, actor: User, at: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(profile), as: UTF8.self)
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO repository_info (key, value) VALUES ('agency', ?)", arguments: [text])
            try Self.audit(db, osLogin: actor.login, actingAs: actor.login, action: "agency set \(profile.name)", at: at)
        }
    }
}
