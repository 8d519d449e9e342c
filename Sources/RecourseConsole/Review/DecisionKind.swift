import RecourseCore

/// The decisions a supervisor takes on a review item, each with its dialog's fields.
enum DecisionKind: Hashable, CaseIterable {
    case legal, insolvency, extend, writeOff, returnToCaseworker, approvePlan, declinePlan

    /// The decision a key asks for, if the action is one.
    init?(action: ConsoleAction) {
        switch action {
        case .decideLegal: self = .legal
        case .decideInsolvency: self = .insolvency
        case .extendAmicable: self = .extend
        case .writeOff: self = .writeOff
        case .returnToCaseworker: self = .returnToCaseworker
        case .approvePlan: self = .approvePlan
        case .declinePlan: self = .declinePlan
        default: return nil
        }
    }

    /// The dialog's title, before the case reference.
    var title: String {
        switch self {
        case .legal: return "Legal collection"
        case .insolvency: return "Insolvency claim"
        case .extend: return "Extend amicable collection"
        case .writeOff: return "Write off"
        case .returnToCaseworker: return "Back to the caseworker"
        case .approvePlan: return "Approve the payment plan"
        case .declinePlan: return "Decline the payment plan"
        }
    }

    /// The fields, in tab order.
    var fields: [DecisionField] {
        switch self {
        case .legal: return [.lawyer, .costs, .nextStep]
        case .insolvency: return [.practitioner, .deadline, .claimed]
        case .extend: return [.until, .reason]
        case .writeOff, .declinePlan: return [.reason]
        case .returnToCaseworker: return [.note]
        case .approvePlan: return []
        }
    }

    /// Only items waiting for a plan decision take `a` and `d`; they take nothing else.
    var isPlanDecision: Bool { self == .approvePlan || self == .declinePlan }
}

/// A field of a decision dialog.
enum DecisionField: Hashable, CaseIterable {
    case lawyer, costs, nextStep, practitioner, deadline, claimed, until, reason, note

    /// The label before the field.
    var label: String {
        switch self {
        case .lawyer: return "Lawyer"
        case .costs: return "Est. costs"
        case .nextStep: return "Next step"
        case .practitioner: return "Practitioner"
        case .deadline: return "File by"
        case .claimed: return "Claim"
        case .until: return "Until"
        case .reason: return "Reason"
        case .note: return "Note"
        }
    }

    /// The field a core `ValidationError` names, as this dialog calls it.
    init?(coreField: String) {
        switch coreField {
        case "lawyer": self = .lawyer
        case "costs": self = .costs
        case "next step": self = .nextStep
        case "practitioner": self = .practitioner
        case "deadline": self = .deadline
        case "claimed": self = .claimed
        case "until": self = .until
        case "reason": self = .reason
        case "note": self = .note
        default: return nil
        }
    }
}
