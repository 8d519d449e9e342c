import GRDB
import RecourseCore

/// Finds the debtor a placement row is about — in the rows already placed from the file, else in
/// the repository — by registration id (within the country), else VAT id, else normalised name
/// and country; creates the debtor when none matches. A name match is refused when the two carry
/// different registration or VAT ids: same name, different company.
struct DebtorMatcher {
    /// A debtor the import has seen, and the ids it is known by.
    struct Match {
        let id: Int64
        let isNew: Bool
        let registration: String?
        let vat: String?
    }

    private var byRegistration: [String: Match] = [:]
    private var byVat: [String: Match] = [:]
    private var byName: [String: [Match]] = [:]
    private(set) var created = 0

    mutating func match(_ row: PlacementRow, db: Database) throws -> Match {
        let debtor = row.debtor
        let keys = DebtorKeys(name: debtor.name, registrationId: debtor.registrationId, vatId: debtor.vatId)
        let country = debtor.country.code
        let registrationKey = keys.registration.map { country + "|" + $0 }
        let nameKey = country + "|" + keys.name
        let found = try local(registrationKey: registrationKey, vat: keys.vat, nameKey: nameKey, keys: keys)
            ?? stored(keys: keys, country: country, db: db)
        let match = try found ?? insert(row, keys: keys, db: db)
        if let registrationKey, byRegistration[registrationKey] == nil { byRegistration[registrationKey] = match }
        if let vat = keys.vat, byVat[vat] == nil { byVat[vat] = match }
        if !(byName[nameKey]?.contains { $0.id == match.id } ?? false) { byName[nameKey, default: []].append(match) }
        return match
    }

    private func compatible(_ candidate: Match, _ keys: DebtorKeys) -> Bool {
        if let mine = keys.registration, let theirs = candidate.registration, mine != theirs { return false }
        if let mine = keys.vat, let theirs = candidate.vat, mine != theirs { return false }
        return true
    }

    private func local(registrationKey: String?, vat: String?, nameKey: String, keys: DebtorKeys) throws -> Match? {
        if let registrationKey, let match = byRegistration[registrationKey] { return match }
        if let vat, let match = byVat[vat] { return match }
        return byName[nameKey]?.first { compatible($0, keys) }
    }

    private func stored(keys: DebtorKeys, country: String, db: Database) throws -> Match? {
        func first(_ sql: String, _ arguments: StatementArguments) throws -> Match? {
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
            return rows.lazy.map { Match(id: $0[0], isNew: false, registration: $0[1], vat: $0[2]) }.first { compatible($0, keys) }
        }
        let columns = "SELECT id, registration_key, vat_key FROM debtor"
        if let registration = keys.registration,
           let match = try first("\(columns) WHERE registration_key = ? AND country = ? ORDER BY id LIMIT 1", [registration, country]) {
            return match
        }
        if let vat = keys.vat, let match = try first("\(columns) WHERE vat_key = ? ORDER BY id LIMIT 1", [vat]) {
            return match
        }
        return try first("\(columns) WHERE name_key = ? AND country = ? ORDER BY id", [keys.name, country])
    }

    private mutating func insert(_ row: PlacementRow, keys: DebtorKeys, db: Database) throws -> Match {
        let debtor = row.debtor
        try db.cachedStatement(sql: """
            INSERT INTO debtor (name, country, language, time_zone, registration_id, vat_id, address_line1, address_line2,
              postal_code, city, name_key, registration_key, vat_key, iban) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                debtor.name, debtor.country.code, debtor.language.identifier, debtor.timeZone, debtor.registrationId,
                debtor.vatId, debtor.address.lines.first ?? "", debtor.address.lines.dropFirst().first,
                debtor.address.postalCode, debtor.address.city, keys.name, keys.registration, keys.vat, row.iban?.electronic,
            ])
        let id = db.lastInsertedRowID
        let contact = try db.cachedStatement(sql: """
            INSERT INTO contact (debtor_id, name, role, phone, email, phone_invalid) VALUES (?, ?, ?, ?, ?, 0)
            """)
        for person in debtor.contacts {
            try contact.execute(arguments: [id, person.name, person.role, person.phone, person.email])
        }
        created += 1
        return Match(id: id, isNew: true, registration: keys.registration, vat: keys.vat)
    }
}
