import GRDB
import RecourseCore

/// Migration `v5-placements`: the import log and the keys placement imports match debtors on.
enum PlacementSchema {
    /// Adds `import_batch`, the debtor matching keys (filled for existing debtors) and their indexes,
    /// and the optional IBAN and payment reference a placement file may bring.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE debtor ADD COLUMN name_key TEXT;
            ALTER TABLE debtor ADD COLUMN registration_key TEXT;
            ALTER TABLE debtor ADD COLUMN vat_key TEXT;
            ALTER TABLE debtor ADD COLUMN iban TEXT;
            ALTER TABLE claim ADD COLUMN payment_reference TEXT;
            CREATE TABLE import_batch (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL CHECK (kind IN ('placements')),
              file_name TEXT NOT NULL CHECK (file_name <> ''),
              sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
              creditor_id INTEGER NOT NULL REFERENCES creditor(id),
              actor_id INTEGER NOT NULL REFERENCES user(id),
              imported_at TEXT NOT NULL,
              rows INTEGER NOT NULL CHECK (rows >= 0),
              debtors_new INTEGER NOT NULL CHECK (debtors_new >= 0),
              cases_new INTEGER NOT NULL CHECK (cases_new >= 0),
              cases_extended INTEGER NOT NULL CHECK (cases_extended >= 0),
              claims_new INTEGER NOT NULL CHECK (claims_new >= 0),
              duplicates INTEGER NOT NULL CHECK (duplicates >= 0),
              changed INTEGER NOT NULL CHECK (changed >= 0)
            );
            CREATE INDEX import_batch_by_sha ON import_batch(sha256);
            """)
        try backfillKeys(db)
        try db.execute(sql: """
            CREATE INDEX debtor_by_name_key ON debtor(name_key, country);
            CREATE INDEX debtor_by_registration ON debtor(registration_key, country) WHERE registration_key IS NOT NULL;
            CREATE INDEX debtor_by_vat ON debtor(vat_key) WHERE vat_key IS NOT NULL;
            """)
    }

    /// Computes the matching keys of debtors written before this migration.
    private static func backfillKeys(_ db: Database) throws {
        let update = try db.cachedStatement(sql: "UPDATE debtor SET name_key = ?, registration_key = ?, vat_key = ? WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, name, registration_id, vat_id FROM debtor")
        for row in rows {
            let keys = DebtorKeys(name: row[1], registrationId: row[2], vatId: row[3])
            try update.execute(arguments: [keys.name, keys.registration, keys.vat, row[0] as Int64])
        }
    }
}

/// The values a debtor is matched on, as stored in `debtor.name_key`, `registration_key`, `vat_key`.
struct DebtorKeys {
    let name: String
    let registration: String?
    let vat: String?

    init(name: String, registrationId: String?, vatId: String?) {
        self.name = DebtorNameKey.of(name)
        self.registration = registrationId.map(DebtorNameKey.identifier).flatMap { $0.isEmpty ? nil : $0 }
        self.vat = vatId.map(DebtorNameKey.identifier).flatMap { $0.isEmpty ? nil : $0 }
    }
}
