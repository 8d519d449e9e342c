/// Words for history entries, shared by the console and the command line.
public enum ActivityDescription {
    /// One line describing a history entry, e.g. `call outbound PTP (promise to pay) with …: note`.
    public static func summary(_ detail: ActivityDetail, money: MoneyFormatter) -> String {
        switch detail {
        case .call(let call):
            var text = "call \(call.direction.rawValue) \(call.outcome.rawValue) (\(call.outcome.meaning))"
            if let contact = call.contactName { text += " with \(contact)" }
            if let minutes = call.durationMinutes { text += ", \(minutes) min" }
            if let detail = call.outcomeDetail { text += " [\(detail)]" }
            if let note = call.note, !note.isEmpty { text += ": \(note)" }
            return text
        case .note(let text): return "note: \(text)"
        case .promise(let amount, let dueOn): return "promise \(money.string(amount)) by \(dueOn)"
        case .letter(let level, let event): return "letter \(level.rawValue) \(event)"
        case .payment(let amount, let receivedOn, let reference):
            return "payment \(money.string(amount)) received \(receivedOn)" + (reference.map { " ref \($0)" } ?? "")
        case .stageChange(let from, let to, let reason):
            return "stage \(from.rawValue) → \(to.rawValue)" + (reason.map { ": \($0)" } ?? "")
        }
    }
}
