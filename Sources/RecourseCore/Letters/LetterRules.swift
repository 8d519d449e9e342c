import Foundation

/// Who may move a letter from one state to the next. Four eyes: only a supervisor (or admin) who did
/// not draft a letter may approve or reject it.
public enum LetterRules {
    /// Why `user` may not submit `letter` for approval, or nil when they may.
    public static func refusalToSubmit(_ letter: Letter, by user: User) -> String? {
        guard letter.state == .draft || letter.state == .rejected else {
            return "letter \(letter.id) is \(letter.state.rawValue); only a draft or a rejected letter can be submitted"
        }
        guard letter.draftedBy == user.login || user.role.canSupervise else {
            return "letter \(letter.id) was drafted by \(letter.draftedBy); only they or a supervisor can submit it"
        }
        return nil
    }

    /// Why `user` may not approve or reject `letter`, or nil when they may. `changes` are the
    /// case's changes since rendering: approval (not rejection) of a stale letter is refused.
    public static func refusalToDecide(_ letter: Letter, by user: User, approving: Bool, changes: [String]) -> String? {
        guard user.role.canSupervise else {
            return "only a supervisor can \(approving ? "approve" : "reject") letters; you are a \(user.role.rawValue)"
        }
        guard letter.draftedBy != user.login else {
            return "four eyes: you drafted letter \(letter.id), so another supervisor must \(approving ? "approve" : "reject") it"
        }
        guard letter.state == .submitted else {
            return "letter \(letter.id) is \(letter.state.rawValue); only a submitted letter can be \(approving ? "approved" : "rejected")"
        }
        if approving, !changes.isEmpty {
            return "letter \(letter.id) is stale (\(changes.joined(separator: "; "))); re-render it before approving"
        }
        return nil
    }

    /// Why `user` may not re-render `letter` from the case as it is now, or nil when they may.
    public static func refusalToRerender(_ letter: Letter, by user: User) -> String? {
        guard letter.state.canRerender else {
            return "letter \(letter.id) is \(letter.state.rawValue) and can no longer be re-rendered"
        }
        guard letter.draftedBy == user.login || user.role.canSupervise else {
            return "letter \(letter.id) was drafted by \(letter.draftedBy); only they or a supervisor can re-render it"
        }
        return nil
    }

    /// Why `user` may not cancel `letter`, or nil when they may.
    public static func refusalToCancel(_ letter: Letter, by user: User) -> String? {
        guard letter.state.isPending else { return "letter \(letter.id) is \(letter.state.rawValue) and cannot be cancelled" }
        guard letter.draftedBy == user.login || user.role.canSupervise else {
            return "letter \(letter.id) was drafted by \(letter.draftedBy); only they or a supervisor can cancel it"
        }
        return nil
    }

    /// A rejection reason, trimmed; refused when empty.
    public static func rejectionReason(_ text: String) throws(ValidationError) -> String {
        let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ValidationError(field: "reason", message: "a rejection needs a reason for the drafter") }
        return reason
    }
}
