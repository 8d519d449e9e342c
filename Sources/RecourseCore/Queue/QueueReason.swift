import Foundation

/// Why a case holds its place in the queue; turned into words only when shown.
public enum QueueReason: Hashable, Sendable {
    /// A requested callback whose time has come.
    case callbackDue(at: Date)
    /// A promise broke on this day and nobody has called since.
    case promiseBroken(since: LocalDate)
    /// The next action was due on this day.
    case actionDue(NextAction, since: LocalDate)
    /// A supervisor's hold runs until this day.
    case onHold(until: LocalDate)
    /// An open dispute pauses the case.
    case disputed
    /// Awaiting a supervisor's escalation decision.
    case awaitingReview
    /// A promise is pending until this day.
    case promiseDue(on: LocalDate)
    /// A callback later on.
    case callbackLater(at: Date)
    /// The next action, not yet due.
    case actionLater(NextAction, on: LocalDate)
    /// Nothing scheduled: days past due of the oldest open claim.
    case overdue(days: Int)

    /// The words for the queue, e.g. `callback due 10:30`, `promise broken 3 d ago`, `letter 2 due`.
    public func text(today: LocalDate, timeZone: TimeZone) -> String {
        func short(_ day: LocalDate) -> String {
            let text = day.description
            return day.year == today.year ? String(text.dropFirst(5)) : text
        }
        func time(_ instant: Date) -> String {
            let day = Timestamp.localDate(of: instant, in: timeZone)
            let clock = Timestamp.clockTime(of: instant, in: timeZone)
            return day == today ? clock : "\(short(day)) \(clock)"
        }
        switch self {
        case .callbackDue(let at): return "callback due \(time(at))"
        case .promiseBroken(let since):
            let ago = since.days(until: today)
            return ago == 0 ? "promise broken today" : "promise broken \(ago) d ago"
        case .actionDue(let action, let since):
            let late = since.days(until: today)
            return late == 0 ? "\(action.label) due" : "\(action.label) due \(late) d ago"
        case .onHold(let until): return "on hold until \(short(until))"
        case .disputed: return "disputed, paused"
        case .awaitingReview: return "awaiting review"
        case .promiseDue(let on): return "promise due \(short(on))"
        case .callbackLater(let at): return "callback \(time(at))"
        case .actionLater(let action, let on): return "\(action.label) on \(short(on))"
        case .overdue(let days): return "\(days) d overdue"
        }
    }
}
