import GRDB

/// Migration v6: imported payment files (one row per entry, so a second import changes nothing),
/// the unmatched payments, and how each payment was matched.
enum PaymentImportSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE payment ADD COLUMN match_method TEXT
              CHECK (match_method IN ('rf', 'case-reference', 'invoice', 'amount-and-name', 'manual'));
            CREATE TABLE unmatched_payment (
              id INTEGER PRIMARY KEY,
              received_on TEXT NOT NULL,
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              payer TEXT,
              reference TEXT,
              remittance TEXT,
              why TEXT NOT NULL,
              status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'not-ours')),
              imported_by INTEGER NOT NULL REFERENCES user(id),
              imported_at TEXT NOT NULL,
              decided_by INTEGER REFERENCES user(id),
              decided_at TEXT,
              reason TEXT,
              case_id INTEGER REFERENCES collection_case(id),
              payment_id INTEGER REFERENCES payment(id),
              CHECK ((status = 'open') = (decided_by IS NULL)),
              CHECK (status <> 'assigned' OR payment_id IS NOT NULL),
              CHECK (status <> 'not-ours' OR reason IS NOT NULL)
            );
            CREATE INDEX unmatched_open ON unmatched_payment(status) WHERE status = 'open';
            CREATE TABLE imported_entry (
              file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
              entry_id TEXT NOT NULL CHECK (entry_id <> ''),
              imported_at TEXT NOT NULL,
              payment_id INTEGER REFERENCES payment(id),
              unmatched_id INTEGER REFERENCES unmatched_payment(id),
              CHECK ((payment_id IS NULL) <> (unmatched_id IS NULL)),
              PRIMARY KEY (file_sha256, entry_id)
            ) WITHOUT ROWID;
            """)
    }
}
