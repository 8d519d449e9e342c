import GRDB
import RecourseCore

/// The repository schema, as GRDB migrations. Constraints live in the schema, not only in code.
enum Schema {
    /// All migrations, in order. A file with a migration not listed here was written by a newer Recourse.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-portfolio") { db in
            try db.execute(sql: "PRAGMA application_id = \(RepositoryFile.applicationID)")
            try createPeople(db)
            try createCases(db)
            try createHistory(db)
        }
        migrator.registerMigration("v2-calls") { db in
            try createCallTables(db)
        }
        migrator.registerMigration("v3-letters") { db in
            try createLetterTables(db)
        }
        migrator.registerMigration("v4-escalation") { db in
            try EscalationSchema.create(db)
        }
        migrator.registerMigration("v5-placements") { db in try PlacementSchema.create(db) }
        migrator.registerMigration("v6-payments") { db in try PaymentImportSchema.create(db) }
        return migrator
    }

    private static func createCallTables(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE activity ADD COLUMN outcome_detail TEXT;
            ALTER TABLE collection_case ADD COLUMN insolvency_practitioner TEXT;
            CREATE TABLE payment_plan (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              activity_id INTEGER NOT NULL REFERENCES activity(id),
              frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'fortnightly', 'monthly')),
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
              awaiting_approval INTEGER NOT NULL CHECK (awaiting_approval IN (0, 1)),
              active INTEGER NOT NULL CHECK (active IN (0, 1))
            );
            CREATE UNIQUE INDEX plan_one_active_per_case ON payment_plan(case_id) WHERE active = 1;
            CREATE INDEX plan_by_case ON payment_plan(case_id);
            CREATE TABLE plan_instalment (
              plan_id INTEGER NOT NULL REFERENCES payment_plan(id),
              number INTEGER NOT NULL CHECK (number >= 1),
              due_on TEXT NOT NULL,
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              PRIMARY KEY (plan_id, number)
            ) WITHOUT ROWID;
            """)
    }

    private static func createLetterTables(_ db: Database) throws {
        let levels = LetterLevel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let states = LetterState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE letter (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              level TEXT NOT NULL CHECK (level IN (\(levels))),
              language TEXT NOT NULL CHECK (language <> ''),
              state TEXT NOT NULL CHECK (state IN (\(states))),
              drafted_by INTEGER NOT NULL REFERENCES user(id),
              drafted_at TEXT NOT NULL,
              rendered_at TEXT NOT NULL,
              body TEXT NOT NULL CHECK (body <> ''),
              merge_data TEXT NOT NULL,
              basis TEXT NOT NULL,
              total_due TEXT NOT NULL,
              submitted_at TEXT,
              decided_by INTEGER REFERENCES user(id),
              decided_at TEXT,
              reject_reason TEXT,
              cancel_reason TEXT,
              sent_at TEXT,
              outbox_file TEXT,
              CHECK (decided_by IS NULL OR decided_by <> drafted_by),
              CHECK (state <> 'rejected' OR (reject_reason IS NOT NULL AND reject_reason <> '')),
              CHECK (state NOT IN ('approved', 'sent') OR decided_by IS NOT NULL),
              CHECK (state <> 'sent' OR (sent_at IS NOT NULL AND outbox_file IS NOT NULL)),
              CHECK (state <> 'cancelled' OR cancel_reason IS NOT NULL)
            );
            CREATE INDEX letter_by_case ON letter(case_id);
            CREATE INDEX letter_by_state ON letter(state);
            """)
    }

    private static func createPeople(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE repository_info (
              key TEXT PRIMARY KEY NOT NULL,
              value TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE user (
              id INTEGER PRIMARY KEY,
              login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
              display_name TEXT NOT NULL CHECK (display_name <> ''),
              role TEXT NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'admin')),
              created_at TEXT NOT NULL
            );
            CREATE TABLE audit (
              id INTEGER PRIMARY KEY,
              at TEXT NOT NULL,
              os_login TEXT NOT NULL,
              acting_as TEXT NOT NULL,
              action TEXT NOT NULL
            );
            CREATE TABLE creditor (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE CHECK (name <> ''),
              country TEXT NOT NULL CHECK (length(country) = 2)
            );
            CREATE TABLE debtor (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CHECK (name <> ''),
              country TEXT NOT NULL CHECK (length(country) = 2),
              language TEXT NOT NULL CHECK (language <> ''),
              time_zone TEXT NOT NULL CHECK (time_zone <> ''),
              registration_id TEXT,
              vat_id TEXT,
              address_line1 TEXT NOT NULL,
              address_line2 TEXT,
              postal_code TEXT NOT NULL,
              city TEXT NOT NULL
            );
            CREATE TABLE contact (
              id INTEGER PRIMARY KEY,
              debtor_id INTEGER NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
              name TEXT NOT NULL CHECK (name <> ''),
              role TEXT NOT NULL,
              phone TEXT,
              email TEXT,
              phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1))
            );
            CREATE INDEX contact_by_debtor ON contact(debtor_id);
            """)
    }

    private static func createCases(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE collection_case (
              id INTEGER PRIMARY KEY,
              reference TEXT NOT NULL UNIQUE,
              creditor_id INTEGER NOT NULL REFERENCES creditor(id),
              debtor_id INTEGER NOT NULL REFERENCES debtor(id),
              stage TEXT NOT NULL CHECK (stage IN ('new', 'amicable', 'legal', 'insolvency', 'closed')),
              close_reason TEXT CHECK (close_reason IN ('paid', 'settled', 'withdrawn', 'written-off', 'uncollectable')),
              assignee_id INTEGER REFERENCES user(id),
              placed_on TEXT NOT NULL,
              next_action TEXT,
              next_action_on TEXT,
              callback_at TEXT,
              hold_until TEXT,
              disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
              review_requested INTEGER NOT NULL DEFAULT 0 CHECK (review_requested IN (0, 1)),
              oldest_open_due TEXT,
              last_call_at TEXT,
              CHECK ((stage = 'closed') = (close_reason IS NOT NULL)),
              CHECK ((next_action IS NULL) = (next_action_on IS NULL))
            );
            CREATE INDEX case_open_by_assignee ON collection_case(assignee_id) WHERE stage <> 'closed';
            CREATE INDEX case_by_debtor ON collection_case(debtor_id);
            CREATE INDEX case_by_creditor ON collection_case(creditor_id);
            CREATE TABLE claim (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              invoice_number TEXT NOT NULL CHECK (invoice_number <> ''),
              issued_on TEXT NOT NULL,
              due_on TEXT NOT NULL,
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              outstanding_minor INTEGER NOT NULL CHECK (outstanding_minor BETWEEN 0 AND amount_minor),
              disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
              CHECK (due_on >= issued_on),
              UNIQUE (case_id, invoice_number)
            );
            CREATE TABLE case_balance (
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              outstanding_minor INTEGER NOT NULL CHECK (outstanding_minor >= 0),
              PRIMARY KEY (case_id, currency)
            ) WITHOUT ROWID;
            """)
    }

    private static func createHistory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE activity (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              kind TEXT NOT NULL CHECK (kind IN ('call', 'note', 'promise', 'letter', 'payment', 'stage-change')),
              actor_id INTEGER NOT NULL REFERENCES user(id),
              occurred_at TEXT NOT NULL,
              direction TEXT CHECK (direction IN ('outbound', 'inbound')),
              contact_name TEXT,
              outcome TEXT CHECK (outcome IN ('PTP', 'PLAN', 'PAID', 'CB', 'DISP', 'RTP', 'INSOLV', 'NOINV', 'LM', 'NA', 'WN', 'TP')),
              duration_minutes INTEGER CHECK (duration_minutes >= 0),
              note TEXT,
              amount_minor INTEGER,
              currency TEXT,
              on_date TEXT,
              reference TEXT,
              from_stage TEXT,
              to_stage TEXT,
              letter_level TEXT,
              letter_event TEXT,
              CHECK (kind <> 'call' OR (outcome IS NOT NULL AND direction IS NOT NULL)),
              CHECK (kind <> 'note' OR note IS NOT NULL),
              CHECK (kind NOT IN ('promise', 'payment') OR (amount_minor > 0 AND currency IS NOT NULL AND on_date IS NOT NULL)),
              CHECK (kind <> 'stage-change' OR (from_stage IS NOT NULL AND to_stage IS NOT NULL)),
              CHECK (kind <> 'letter' OR (letter_level IS NOT NULL AND letter_event IS NOT NULL))
            );
            CREATE INDEX activity_by_case ON activity(case_id, id);
            CREATE TRIGGER activity_is_append_only_update BEFORE UPDATE ON activity
              BEGIN SELECT RAISE(ABORT, 'activity history is append-only'); END;
            CREATE TRIGGER activity_is_append_only_delete BEFORE DELETE ON activity
              BEGIN SELECT RAISE(ABORT, 'activity history is append-only'); END;
            CREATE TABLE promise (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              activity_id INTEGER NOT NULL REFERENCES activity(id),
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              made_on TEXT NOT NULL,
              due_on TEXT NOT NULL,
              grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
              active INTEGER NOT NULL CHECK (active IN (0, 1)),
              CHECK (due_on >= made_on)
            );
            CREATE UNIQUE INDEX promise_one_active_per_case ON promise(case_id) WHERE active = 1;
            CREATE INDEX promise_by_case ON promise(case_id);
            CREATE TABLE payment (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              activity_id INTEGER NOT NULL REFERENCES activity(id),
              received_on TEXT NOT NULL,
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              credit_minor INTEGER NOT NULL DEFAULT 0 CHECK (credit_minor BETWEEN 0 AND amount_minor),
              reference TEXT
            );
            CREATE INDEX payment_by_case ON payment(case_id, received_on);
            CREATE TABLE payment_allocation (
              payment_id INTEGER NOT NULL REFERENCES payment(id),
              claim_id INTEGER NOT NULL REFERENCES claim(id),
              amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
              PRIMARY KEY (payment_id, claim_id)
            ) WITHOUT ROWID;
            CREATE INDEX allocation_by_claim ON payment_allocation(claim_id);
            """)
    }
}
