import Foundation
import GRDB
import RecourseCore

/// A row of `activity`: one history entry; which columns are set depends on `kind`.
struct ActivityRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "activity"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var caseId: Int64
    var kind: String
    var actorId: Int64
    var occurredAt: String
    var direction: String?
    var contactName: String?
    var outcome: String?
    var durationMinutes: Int?
    var note: String?
    var amountMinor: Int64?
    var currency: String?
    var onDate: String?
    var reference: String?
    var fromStage: String?
    var toStage: String?
    var letterLevel: String?
    var letterEvent: String?
    var outcomeDetail: String?

    enum Columns {
        static let caseId = Column("case_id")
        static let id = Column("id")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Appends the row through one cached statement (history is written in bulk; Codable encoding per row is too slow).
    mutating func append(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO activity (case_id, kind, actor_id, occurred_at, direction, contact_name, outcome, duration_minutes,
              note, amount_minor, currency, on_date, reference, from_stage, to_stage, letter_level, letter_event, outcome_detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                caseId, kind, actorId, occurredAt, direction, contactName, outcome, durationMinutes, note, amountMinor, currency,
                onDate, reference, fromStage, toStage, letterLevel, letterEvent, outcomeDetail,
            ])
        id = db.lastInsertedRowID
    }

    /// An empty row of a kind, to be filled by `init(caseId:actorId:at:detail:)`.
    init(caseId: Int64, actorId: Int64, occurredAt: Date, detail: ActivityDetail) {
        self.caseId = caseId
        self.kind = detail.kind
        self.actorId = actorId
        self.occurredAt = Timestamp.utcString(occurredAt)
        switch detail {
        case .call(let call):
            direction = call.direction.rawValue
            contactName = call.contactName
            outcome = call.outcome.rawValue
            durationMinutes = call.durationMinutes
            note = call.note
            outcomeDetail = call.outcomeDetail
        case .note(let text):
            note = text
        case .promise(let amount, let dueOn):
            amountMinor = amount.minorUnits
            currency = amount.currency.code
            onDate = dueOn.description
        case .letter(let level, let event):
            letterLevel = level.rawValue
            letterEvent = event
        case .payment(let amount, let receivedOn, let reference):
            amountMinor = amount.minorUnits
            currency = amount.currency.code
            onDate = receivedOn.description
            self.reference = reference
        case .stageChange(let from, let to, let reason):
            fromStage = from.rawValue
            toStage = to.rawValue
            note = reason
        }
    }

    /// The domain entry, with the actor's login.
    func domain(actor: String, decoder: inout RowDecoder) throws -> Activity {
        guard let id, let at = Timestamp.parseUTC(occurredAt) else {
            throw ValidationError(field: "activity.occurred_at", message: "unreadable activity row")
        }
        return Activity(id: id, actor: actor, occurredAt: at, detail: try detail(decoder: &decoder))
    }

    private func detail(decoder: inout RowDecoder) throws -> ActivityDetail {
        func money() throws -> Money {
            guard let amountMinor, let currency else { throw bad("amount") }
            return Money(minorUnits: amountMinor, currency: try decoder.currency(currency))
        }
        func date() throws -> LocalDate {
            guard let onDate else { throw bad("on_date") }
            return try LocalDate.parse(onDate, field: "activity.on_date")
        }
        switch kind {
        case "call":
            guard let outcomeText = outcome, let outcome = CallOutcome(rawValue: outcomeText),
                  let directionText = direction, let direction = CallDirection(rawValue: directionText) else { throw bad("outcome") }
            return .call(CallRecord(
                direction: direction, contactName: contactName, outcome: outcome, durationMinutes: durationMinutes, note: note,
                outcomeDetail: outcomeDetail))
        case "note":
            return .note(note ?? "")
        case "promise":
            return .promise(amount: try money(), dueOn: try date())
        case "letter":
            guard let levelText = letterLevel, let level = LetterLevel(rawValue: levelText) else { throw bad("letter_level") }
            return .letter(level: level, event: letterEvent ?? "")
        case "payment":
            return .payment(amount: try money(), receivedOn: try date(), reference: reference)
        case "stage-change":
            return .stageChange(from: try Stage.parse(fromStage ?? ""), to: try Stage.parse(toStage ?? ""), reason: note)
        default:
            throw bad("kind")
        }
    }

    private func bad(_ column: String) -> ValidationError {
        ValidationError(field: "activity.\(column)", message: "activity \(id ?? 0) of kind '\(kind)' is unreadable")
    }
}
