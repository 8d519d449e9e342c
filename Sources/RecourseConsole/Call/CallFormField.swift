import RecourseCore

/// A field of the call form, in tab order.
enum CallFormField: Hashable, CaseIterable {
    case contact, contactName, contactRole, contactPhone, direction, outcome, duration
    case promiseAmount, promiseDate, planInstalments, planFirstDate, planFrequency
    case callback, disputeReason, disputedClaims, practitioner, note

    /// The label shown before the field.
    var label: String {
        switch self {
        case .contact: return "Contact"
        case .contactName: return "  Name"
        case .contactRole: return "  Role"
        case .contactPhone: return "  Phone"
        case .direction: return "Direction"
        case .outcome: return "Outcome"
        case .duration: return "Minutes"
        case .promiseAmount: return "Amount"
        case .promiseDate: return "Pay by"
        case .planInstalments: return "Instalments"
        case .planFirstDate: return "First on"
        case .planFrequency: return "Every"
        case .callback: return "Call back"
        case .disputeReason: return "Reason"
        case .disputedClaims: return "Claims"
        case .practitioner: return "Practitioner"
        case .note: return "Notes"
        }
    }

    /// The field of the core's checks this one reports under.
    var checked: [CallField] {
        switch self {
        case .contact: return [.contact]
        case .contactName: return [.contactName]
        case .contactRole: return []
        case .contactPhone: return [.contactPhone]
        case .direction: return []
        case .outcome: return [.outcome]
        case .duration: return [.duration]
        case .promiseAmount: return [.promiseAmount]
        case .promiseDate: return [.promiseDate]
        case .planInstalments: return [.planInstalments]
        case .planFirstDate: return [.planFirstDate]
        case .planFrequency: return [.planFrequency]
        case .callback: return [.callback]
        case .disputeReason: return [.disputeReason]
        case .disputedClaims: return [.disputedClaims]
        case .practitioner: return [.practitioner]
        case .note: return [.note, .caseState]
        }
    }

    /// Choice fields change with ←/→ and space instead of typing.
    var isChoice: Bool { self == .contact || self == .direction || self == .planFrequency }

    /// The fields an outcome asks for.
    static func fields(for outcome: CallOutcome?) -> [CallFormField] {
        switch outcome {
        case .promiseToPay: return [.promiseAmount, .promiseDate]
        case .plan: return [.planInstalments, .planFirstDate, .planFrequency]
        case .callback: return [.callback]
        case .dispute: return [.disputeReason, .disputedClaims]
        case .insolvency: return [.practitioner]
        default: return []
        }
    }
}
