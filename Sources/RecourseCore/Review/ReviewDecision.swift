import Foundation

/// What a supervisor decides on a reviewed case. Every decision is recorded with actor and reason.
public enum ReviewDecision: Hashable, Sendable {
    /// Hand the case to a lawyer or firm in the debtor's country.
    case legal(lawyerId: Int64, estimatedCosts: Money, nextStep: String)
    /// Lodge a claim with the insolvency practitioner.
    case insolvency(practitioner: String, filingDeadline: LocalDate, claimed: [Money])
    /// Keep collecting amicably until a day, for a reason.
    case extend(until: LocalDate, reason: String)
    /// Give up on the debt, for a reason.
    case writeOff(reason: String)
    /// Send the case back to its caseworker with a note.
    case returnToCaseworker(note: String)
    /// Approve the payment plan waiting for approval.
    case approvePlan
    /// Decline the payment plan waiting for approval, for a reason.
    case declinePlan(reason: String)

    /// The decision's name as typed on the command line: `legal`, `insolvency`, `extend`, `writeoff`, `return`, `approve-plan`, `decline-plan`.
    public var name: String {
        switch self {
        case .legal: return "legal"
        case .insolvency: return "insolvency"
        case .extend: return "extend"
        case .writeOff: return "writeoff"
        case .returnToCaseworker: return "return"
        case .approvePlan: return "approve-plan"
        case .declinePlan: return "decline-plan"
        }
    }

    /// The stage the case moves to, if it moves.
    public var newStage: Stage? {
        switch self {
        case .legal: return .legal
        case .insolvency: return .insolvency
        case .writeOff: return .closed
        default: return nil
        }
    }

    /// The decision in words for the timeline.
    public var summary: String {
        let formatter = MoneyFormatter(conventions: .pointDecimal)
        switch self {
        case .legal(_, let costs, let nextStep): return "to legal collection; estimated costs \(formatter.string(costs)); next: \(nextStep)"
        case .insolvency(let practitioner, let deadline, let claimed):
            return "insolvency claim with \(practitioner), file by \(deadline), claim \(claimed.map(formatter.string).joined(separator: " + "))"
        case .extend(let until, let reason): return "amicable collection extended until \(until): \(reason)"
        case .writeOff(let reason): return "written off: \(reason)"
        case .returnToCaseworker(let note): return "back to the caseworker: \(note)"
        case .approvePlan: return "payment plan approved"
        case .declinePlan(let reason): return "payment plan declined: \(reason)"
        }
    }

    /// Checks the decision's own data (reasons present, dates ahead, amounts positive) as of a day.
    public func validate(asOf day: LocalDate) throws(ValidationError) {
        func text(_ value: String, _ field: String) throws(ValidationError) {
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(field: field, message: "a \(name) decision needs a \(field)")
            }
        }
        switch self {
        case .legal(_, let costs, let nextStep):
            guard !costs.isNegative else { throw ValidationError(field: "costs", message: "estimated costs cannot be negative") }
            try text(nextStep, "next step")
        case .insolvency(let practitioner, let deadline, let claimed):
            try text(practitioner, "practitioner")
            guard deadline >= day else { throw ValidationError(field: "deadline", message: "the filing deadline \(deadline) has passed") }
            guard claimed.contains(where: \.isPositive) else { throw ValidationError(field: "claimed", message: "the claim needs an amount") }
        case .extend(let until, let reason):
            guard until > day else { throw ValidationError(field: "until", message: "extend until a day after \(day)") }
            try text(reason, "reason")
        case .writeOff(let reason), .declinePlan(let reason): try text(reason, "reason")
        case .returnToCaseworker(let note): try text(note, "note")
        case .approvePlan: break
        }
    }
}

/// A lawyer or firm in the repository's directory, by country.
public struct Lawyer: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// The lawyer's name.
    public let name: String
    /// The firm.
    public let firm: String
    /// Where they act.
    public let country: Country
    /// E-mail.
    public let email: String?
    /// Phone.
    public let phone: String?

    /// A directory entry.
    public init(id: Int64, name: String, firm: String, country: Country, email: String?, phone: String?) {
        self.id = id
        self.name = name
        self.firm = firm
        self.country = country
        self.email = email
        self.phone = phone
    }
}
