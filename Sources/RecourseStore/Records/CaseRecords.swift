import Foundation
import GRDB
import RecourseCore

/// A row of `collection_case`.
struct CaseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "collection_case"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var reference: String
    var creditorId: Int64
    var debtorId: Int64
    var stage: String
    var closeReason: String?
    var assigneeId: Int64?
    var placedOn: String
    var nextAction: String?
    var nextActionOn: String?
    var callbackAt: String?
    var holdUntil: String?
    var disputed: Bool
    var reviewRequested: Bool
    var oldestOpenDue: String?
    var lastCallAt: String?
    var insolvencyPractitioner: String?

    enum Columns {
        static let reference = Column("reference")
    }

    func domain() throws -> CollectionCase {
        let closeReason = try closeReason.map { text in
            guard let reason = CloseReason(rawValue: text) else {
                throw ValidationError(field: "collection_case.close_reason", message: "unknown reason '\(text)'")
            }
            return reason
        }
        return CollectionCase(
            id: id, reference: reference, stage: try Stage.parse(stage), closeReason: closeReason, assigneeId: assigneeId,
            placedOn: try RowDecoder.requiredDate(placedOn, column: "placed_on"),
            nextAction: nextAction.flatMap(NextAction.init(code:)),
            nextActionOn: try RowDecoder.date(nextActionOn, column: "next_action_on"),
            callbackAt: try RowDecoder.instant(callbackAt, column: "callback_at"),
            holdUntil: try RowDecoder.date(holdUntil, column: "hold_until"),
            disputed: disputed, reviewRequested: reviewRequested)
    }
}

/// A row of `claim`.
struct ClaimRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "claim"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var caseId: Int64
    var invoiceNumber: String
    var issuedOn: String
    var dueOn: String
    var currency: String
    var amountMinor: Int64
    var outstandingMinor: Int64
    var disputed: Bool

    enum Columns {
        static let caseId = Column("case_id")
        static let dueOn = Column("due_on")
        static let id = Column("id")
    }

    func domain(decoder: inout RowDecoder) throws -> Claim {
        let currency = try decoder.currency(currency)
        return Claim(
            id: id, invoiceNumber: invoiceNumber,
            issuedOn: try RowDecoder.requiredDate(issuedOn, column: "claim.issued_on"),
            dueOn: try RowDecoder.requiredDate(dueOn, column: "claim.due_on"),
            amount: Money(minorUnits: amountMinor, currency: currency),
            outstanding: Money(minorUnits: outstandingMinor, currency: currency), disputed: disputed)
    }
}

/// A row of `promise`.
struct PromiseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "promise"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var caseId: Int64
    var activityId: Int64
    var currency: String
    var amountMinor: Int64
    var madeOn: String
    var dueOn: String
    var graceDays: Int
    var active: Bool

    enum Columns {
        static let caseId = Column("case_id")
        static let id = Column("id")
    }

    func domain(decoder: inout RowDecoder) throws -> Promise {
        Promise(
            id: id, amount: Money(minorUnits: amountMinor, currency: try decoder.currency(currency)),
            madeOn: try RowDecoder.requiredDate(madeOn, column: "promise.made_on"),
            dueOn: try RowDecoder.requiredDate(dueOn, column: "promise.due_on"), graceDays: graceDays, active: active,
            activityId: activityId)
    }
}

/// A row of `payment`.
struct PaymentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "payment"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var caseId: Int64
    var activityId: Int64
    var receivedOn: String
    var currency: String
    var amountMinor: Int64
    var creditMinor: Int64
    var reference: String?

    enum Columns {
        static let caseId = Column("case_id")
        static let receivedOn = Column("received_on")
        static let id = Column("id")
    }

    func domain(decoder: inout RowDecoder) throws -> Payment {
        Payment(
            id: id, receivedOn: try RowDecoder.requiredDate(receivedOn, column: "payment.received_on"),
            amount: Money(minorUnits: amountMinor, currency: try decoder.currency(currency)), reference: reference)
    }
}
