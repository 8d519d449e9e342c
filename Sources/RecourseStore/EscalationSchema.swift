import GRDB

/// Migration v4: the ladder cursor, review reasons, the lawyers' directory, legal matters,
/// insolvency claims, recorded decisions and ladder runs.
enum EscalationSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE collection_case ADD COLUMN ladder_next INTEGER CHECK (ladder_next >= 0);
            ALTER TABLE collection_case ADD COLUMN ladder_due_on TEXT;
            ALTER TABLE collection_case ADD COLUMN review_reason TEXT CHECK (review_reason IN
              ('ladder-exhausted', 'refused-to-pay', 'broken-promises', 'reported-insolvency', 'proposed', 'plan-approval'));
            ALTER TABLE collection_case ADD COLUMN review_note TEXT;
            ALTER TABLE collection_case ADD COLUMN review_requested_by INTEGER REFERENCES user(id);
            ALTER TABLE collection_case ADD COLUMN review_requested_on TEXT;
            CREATE TABLE lawyer (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CHECK (name <> ''),
              firm TEXT NOT NULL,
              country TEXT NOT NULL CHECK (length(country) = 2),
              email TEXT,
              phone TEXT,
              UNIQUE (name, firm, country)
            );
            CREATE TABLE legal_matter (
              case_id INTEGER PRIMARY KEY REFERENCES collection_case(id),
              lawyer_id INTEGER NOT NULL REFERENCES lawyer(id),
              instructed_on TEXT NOT NULL,
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              estimate_minor INTEGER NOT NULL CHECK (estimate_minor >= 0),
              next_step TEXT NOT NULL,
              court_reference TEXT,
              costs_minor INTEGER CHECK (costs_minor >= 0)
            );
            CREATE TABLE legal_hearing (
              case_id INTEGER NOT NULL REFERENCES legal_matter(case_id),
              on_date TEXT NOT NULL,
              PRIMARY KEY (case_id, on_date)
            ) WITHOUT ROWID;
            CREATE TABLE insolvency_claim (
              case_id INTEGER PRIMARY KEY REFERENCES collection_case(id),
              practitioner TEXT NOT NULL CHECK (practitioner <> ''),
              filing_deadline TEXT NOT NULL,
              filed_on TEXT
            );
            CREATE TABLE insolvency_amount (
              case_id INTEGER NOT NULL REFERENCES insolvency_claim(case_id),
              currency TEXT NOT NULL CHECK (length(currency) = 3),
              claimed_minor INTEGER NOT NULL CHECK (claimed_minor >= 0),
              admitted_minor INTEGER NOT NULL DEFAULT 0 CHECK (admitted_minor >= 0),
              dividend_minor INTEGER NOT NULL DEFAULT 0 CHECK (dividend_minor >= 0),
              PRIMARY KEY (case_id, currency)
            ) WITHOUT ROWID;
            CREATE TABLE review_decision (
              id INTEGER PRIMARY KEY,
              case_id INTEGER NOT NULL REFERENCES collection_case(id),
              decision TEXT NOT NULL CHECK (decision IN ('legal', 'insolvency', 'extend', 'writeoff', 'return', 'approve-plan', 'decline-plan')),
              reason TEXT NOT NULL,
              actor_id INTEGER NOT NULL REFERENCES user(id),
              decided_at TEXT NOT NULL
            );
            CREATE INDEX review_decision_by_case ON review_decision(case_id);
            CREATE TABLE escalation_run (
              id INTEGER PRIMARY KEY,
              run_on TEXT NOT NULL,
              actor_id INTEGER NOT NULL REFERENCES user(id),
              started_at TEXT NOT NULL,
              summary TEXT NOT NULL
            );
            CREATE INDEX case_in_review ON collection_case(review_requested) WHERE review_requested = 1;
            """)
        try backfillReviewReasons(db)
    }

    /// Gives every case waiting for review a reason: the last call's `RTP` or `INSOLV`, else the
    /// ladder ran out. Run after the migration and after a portfolio is written.
    static func backfillReviewReasons(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE collection_case SET review_reason = coalesce((
                SELECT CASE a.outcome WHEN 'RTP' THEN 'refused-to-pay' WHEN 'INSOLV' THEN 'reported-insolvency' END
                FROM activity a WHERE a.case_id = collection_case.id AND a.kind = 'call' ORDER BY a.id DESC LIMIT 1
              ), 'ladder-exhausted'),
              review_requested_on = coalesce(review_requested_on,
                CASE WHEN next_action = 'review' THEN next_action_on END,
                (SELECT substr(a.occurred_at, 1, 10) FROM activity a WHERE a.case_id = collection_case.id ORDER BY a.id DESC LIMIT 1))
            WHERE review_requested = 1 AND review_reason IS NULL;
            UPDATE collection_case SET
              review_requested_by = (SELECT a.actor_id FROM activity a WHERE a.case_id = collection_case.id AND a.kind = 'call'
                                     ORDER BY a.id DESC LIMIT 1),
              review_note = (SELECT a.note FROM activity a WHERE a.case_id = collection_case.id AND a.kind = 'call'
                             ORDER BY a.id DESC LIMIT 1)
            WHERE review_requested = 1 AND review_reason IN ('refused-to-pay', 'reported-insolvency') AND review_requested_by IS NULL;
            """)
    }
}
