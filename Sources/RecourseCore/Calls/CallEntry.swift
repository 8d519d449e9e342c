/// Who was spoken to on a call.
public enum ContactChoice: Hashable, Sendable {
    /// Nobody in particular (no answer, voicemail).
    case none
    /// One of the debtor's contacts.
    case existing(Int64)
    /// Somebody new, added to the debtor's contacts with the call.
    case new(name: String, role: String, phone: String)
}

/// How often a payment plan's instalments fall due.
public enum PlanFrequency: String, Hashable, Sendable, CaseIterable, Codable {
    /// Every 7 days.
    case weekly
    /// Every 14 days.
    case fortnightly
    /// The same day each month.
    case monthly

    /// The date of instalment `index` (0-based) of a plan starting `first`.
    public func date(of index: Int, from first: LocalDate) -> LocalDate {
        switch self {
        case .weekly: return first.adding(days: 7 * index)
        case .fortnightly: return first.adding(days: 14 * index)
        case .monthly: return first.adding(months: index)
        }
    }
}

/// A call as typed into the form or given on the command line: raw text, checked by `CallLogger`.
public struct CallEntry: Hashable, Sendable {
    /// The case's reference.
    public var reference: String
    /// Who was spoken to.
    public var contact: ContactChoice = .none
    /// Outbound unless the debtor called.
    public var direction: CallDirection = .outbound
    /// The outcome code as typed (`PTP`, `cb`…).
    public var outcome: String = ""
    /// Minutes, optional.
    public var duration: String = ""
    /// The notes, any length, any script.
    public var note: String = ""
    /// `PTP`: the amount, in the user's locale.
    public var promiseAmount: String = ""
    /// `PTP`: the date, `YYYY-MM-DD`.
    public var promiseDate: String = ""
    /// `PLAN`: how many instalments.
    public var planInstalments: String = ""
    /// `PLAN`: the first instalment's date.
    public var planFirstDate: String = ""
    /// `PLAN`: weekly, fortnightly or monthly.
    public var planFrequency: String = "monthly"
    /// `CB`: `YYYY-MM-DD HH:MM` in the debtor's local time.
    public var callback: String = ""
    /// `DISP`: why.
    public var disputeReason: String = ""
    /// `DISP`: which claims, by invoice number or position (`1,3`); empty means all.
    public var disputedClaims: String = ""
    /// `INSOLV`: the practitioner, if known.
    public var practitioner: String = ""

    /// An empty entry for a case.
    public init(reference: String) {
        self.reference = reference
    }
}

/// The fields of a call entry, for errors shown next to them.
public enum CallField: String, Hashable, Sendable, CaseIterable {
    case contact, contactName, contactPhone, outcome, duration, note
    case promiseAmount, promiseDate, planInstalments, planFirstDate, planFrequency
    case callback, disputeReason, disputedClaims, practitioner, caseState
}

/// Everything wrong with a call entry, field by field; empty when it can be saved.
public struct CallProblems: Error, Hashable, Sendable, CustomStringConvertible {
    /// One message per field.
    public var messages: [CallField: String] = [:]

    /// No problems.
    public init() {}

    /// Records a problem with a field (the first one per field is kept).
    public mutating func add(_ field: CallField, _ message: String) {
        if messages[field] == nil { messages[field] = message }
    }

    /// True when there is nothing wrong.
    public var isEmpty: Bool { messages.isEmpty }

    /// `field: message` lines in field order, for the command line.
    public var description: String {
        CallField.allCases.compactMap { field in messages[field].map { "\(field.rawValue): \($0)" } }.joined(separator: "\n")
    }
}
