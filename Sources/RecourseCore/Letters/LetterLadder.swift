/// Suggests the letter to draft next for a case.
public enum LetterLadder {
    /// A promise broken and not yet answered → `broken-promise`; a case whose next action is a
    /// letter → that letter; otherwise the ladder letter after the highest one approved or sent
    /// (`reminder` when none; `before-action` stays the last).
    public static func suggestedLevel(for detail: CaseDetail, asOf day: LocalDate) -> LetterLevel {
        if let progress = detail.promises.first, case .broken = progress.promise.status(paidTowards: progress.paid, asOf: day),
           !answered(.brokenPromise, in: detail, after: progress.promise.activityId ?? 0) {
            return .brokenPromise
        }
        if let next = detail.collectionCase.nextAction, case .letter(let level) = next {
            return level
        }
        let reached = detail.activities.compactMap { activity -> Int? in
            guard case .letter(let level, let event) = activity.detail, event.hasPrefix("sent") || event.hasPrefix("approved") else { return nil }
            return level.ladderNumber
        }.max() ?? 0
        let ladder: [LetterLevel] = [.reminder, .firm, .final, .beforeAction]
        return ladder[min(reached, ladder.count - 1)]
    }

    /// True when a letter of `level` was drafted after the history entry `activityId`.
    private static func answered(_ level: LetterLevel, in detail: CaseDetail, after activityId: Int64) -> Bool {
        detail.activities.contains { activity in
            guard activity.id > activityId, case .letter(let written, _) = activity.detail else { return false }
            return written == level
        }
    }
}
