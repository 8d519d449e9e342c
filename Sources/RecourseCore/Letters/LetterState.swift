/// Where a letter stands: `draft → submitted → approved → sent`, or `rejected` back to the drafter, or `cancelled`.
public enum LetterState: String, Codable, Sendable, CaseIterable {
    /// Rendered, not yet put forward for approval.
    case draft
    /// Waiting for a supervisor who did not draft it.
    case submitted
    /// Approved; waits in the outbox export.
    case approved
    /// Exported to the outbox for printing and posting.
    case sent
    /// Refused by a supervisor, with a reason; back with the drafter.
    case rejected
    /// No longer applies (case paid, closed or disputed, or withdrawn by hand).
    case cancelled

    /// True while the letter may still go out: draft, submitted, approved or rejected (being reworked).
    public var isPending: Bool {
        switch self {
        case .draft, .submitted, .approved, .rejected: return true
        case .sent, .cancelled: return false
        }
    }

    /// True when the text may be rendered again from the case as it is now.
    public var canRerender: Bool { self == .draft || self == .submitted || self == .rejected }

    /// Parses a state name, naming the choices when wrong.
    public static func parse(_ text: String) throws(ValidationError) -> LetterState {
        guard let state = LetterState(rawValue: text.lowercased()) else {
            throw ValidationError(field: "state", message: "'\(text)' is not a letter state; use \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return state
    }
}

extension LetterLevel {
    /// Parses a level name, naming the choices when wrong.
    public static func parse(_ text: String) throws(ValidationError) -> LetterLevel {
        guard let level = LetterLevel(rawValue: text.lowercased()) else {
            throw ValidationError(field: "level", message: "'\(text)' is not a letter level; use \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return level
    }

    /// A short English label for lists, e.g. `letter 2 · firm`.
    public var label: String {
        ladderNumber.map { "letter \($0) · \(rawValue)" } ?? rawValue
    }
}
