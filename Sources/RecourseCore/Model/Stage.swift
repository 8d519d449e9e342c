/// Where a case stands on the road from placement to closure.
public enum Stage: String, Codable, Sendable, CaseIterable {
    /// Placed, not yet worked.
    case new
    /// Calls and letters: amicable collection.
    case amicable
    /// With a lawyer: court, enforcement.
    case legal
    /// A claim lodged with an insolvency practitioner.
    case insolvency
    /// Finished, with a reason.
    case closed

    /// True for every stage but `closed`.
    public var isOpen: Bool { self != .closed }

    /// Parses a stage name, naming the choices when wrong.
    public static func parse(_ text: String) throws(ValidationError) -> Stage {
        guard let stage = Stage(rawValue: text.lowercased()) else {
            throw ValidationError(field: "stage", message: "'\(text)' is not a stage; use \(Stage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return stage
    }
}

/// Why a case was closed.
public enum CloseReason: String, Codable, Sendable, CaseIterable {
    /// Paid in full.
    case paid
    /// Settled for less by agreement.
    case settled
    /// Withdrawn by the creditor.
    case withdrawn
    /// Written off after review.
    case writtenOff = "written-off"
    /// Cannot be collected (debtor gone, no assets).
    case uncollectable
}

/// Dunning letter levels: the ladder's four, and the ones that answer a promise or plan.
public enum LetterLevel: String, Codable, Sendable, CaseIterable {
    /// Letter 1: friendly reminder.
    case reminder
    /// Letter 2: firm reminder.
    case firm
    /// Letter 3: final demand.
    case final
    /// Letter 4: letter before action (pre-legal notice).
    case beforeAction = "before-action"
    /// Confirms a promise to pay.
    case promiseConfirmation = "promise-confirmation"
    /// Follows a broken promise.
    case brokenPromise = "broken-promise"
    /// Confirms a payment plan.
    case planConfirmation = "plan-confirmation"

    /// The position on the ladder (1–4), nil for letters outside it.
    public var ladderNumber: Int? {
        switch self {
        case .reminder: return 1
        case .firm: return 2
        case .final: return 3
        case .beforeAction: return 4
        default: return nil
        }
    }
}
