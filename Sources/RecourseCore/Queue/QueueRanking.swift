import Foundation

/// Ranks open cases into the order a caseworker should work them, with a reason for each.
///
/// Groups come first — callbacks due now, broken promises not yet followed up, next actions due,
/// then the rest — and within a group a `PriorityScore` of amount, days overdue and stage.
public struct QueueRanking: Sendable {
    /// Converts amounts in other currencies for the amount points.
    public let rates: ExchangeRates
    /// The user's time zone: decides "today" and how callback times are written.
    public let timeZone: TimeZone
    /// The date formatter for reasons (`12-05`).
    private let dateStyle: ReasonDates

    /// A ranking with the given exchange rates and the user's time zone.
    public init(rates: ExchangeRates = .rankingDefaults, timeZone: TimeZone) {
        self.rates = rates
        self.timeZone = timeZone
        self.dateStyle = ReasonDates()
    }

    /// Ranks the candidates as of `now`; the result's `rank` runs from 1.
    public func rank(_ candidates: [QueueCandidate], now: Date) -> [QueueEntry] {
        let today = Timestamp.localDate(of: now, in: timeZone)
        var placed: [(entry: (group: QueueGroup, score: PriorityScore, reason: String, days: Int), index: Int)] = []
        placed.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            placed.append((classify(candidate, now: now, today: today), index))
        }
        placed.sort { lhs, rhs in
            if lhs.entry.group != rhs.entry.group { return lhs.entry.group < rhs.entry.group }
            let left = lhs.entry.score.total, right = rhs.entry.score.total
            if left != right { return left > right }
            if lhs.entry.days != rhs.entry.days { return lhs.entry.days > rhs.entry.days }
            return candidates[lhs.index].reference < candidates[rhs.index].reference
        }
        var entries: [QueueEntry] = []
        entries.reserveCapacity(placed.count)
        for (position, item) in placed.enumerated() {
            entries.append(QueueEntry(
                rank: position + 1, group: item.entry.group, score: item.entry.score,
                reason: item.entry.reason, daysOverdue: item.entry.days, candidate: candidates[item.index]))
        }
        return entries
    }

    /// The points of one case, for explaining its place.
    public func score(_ candidate: QueueCandidate, today: LocalDate) -> PriorityScore {
        var baseUnits = 0.0
        for amount in candidate.outstanding {
            baseUnits += rates.approximateBaseUnits(amount) ?? amount.approximateMajorUnits
        }
        let amountPoints = min(50, Int((10 * log10(1 + max(0, baseUnits))).rounded()))
        let days = candidate.oldestOpenDue.map { max(0, $0.days(until: today)) } ?? 0
        let stagePoints: Int
        switch candidate.stage {
        case .new: stagePoints = 10
        case .amicable: stagePoints = 6
        case .legal: stagePoints = 2
        case .insolvency: stagePoints = 1
        case .closed: stagePoints = 0
        }
        return PriorityScore(amountPoints: amountPoints, overduePoints: min(30, days / 6), stagePoints: stagePoints)
    }

    private func classify(_ candidate: QueueCandidate, now: Date, today: LocalDate) -> (QueueGroup, PriorityScore, String, Int) {
        let score = score(candidate, today: today)
        let days = candidate.oldestOpenDue.map { max(0, $0.days(until: today)) } ?? 0
        if let callback = candidate.callbackAt, callback <= now {
            return (.callbackDue, score, "callback due \(callbackTime(callback, today: today))", days)
        }
        if let progress = candidate.promise, case .broken(let since) = progress.status(asOf: today),
           !followedUp(candidate, since: since) {
            let ago = since.days(until: today)
            return (.brokenPromise, score, ago == 0 ? "promise broken today" : "promise broken \(ago) d ago", days)
        }
        let onHold = candidate.holdUntil.map { $0 > today } ?? false
        if !onHold, !candidate.disputed, let action = candidate.nextAction, let due = candidate.nextActionOn, due <= today {
            let late = due.days(until: today)
            return (.actionDue, score, late == 0 ? "\(action.label) due" : "\(action.label) due \(late) d ago", days)
        }
        return (.other, score, otherReason(candidate, today: today, days: days), days)
    }

    private func followedUp(_ candidate: QueueCandidate, since: LocalDate) -> Bool {
        guard let lastCall = candidate.lastCallAt else { return false }
        return Timestamp.localDate(of: lastCall, in: timeZone) >= since
    }

    private func otherReason(_ candidate: QueueCandidate, today: LocalDate, days: Int) -> String {
        if let hold = candidate.holdUntil, hold > today { return "on hold until \(dateStyle.short(hold, today: today))" }
        if candidate.disputed { return "disputed, paused" }
        if candidate.reviewRequested { return "awaiting review" }
        if let progress = candidate.promise, progress.status(asOf: today) == .pending {
            return "promise due \(dateStyle.short(progress.promise.dueOn, today: today))"
        }
        if let callback = candidate.callbackAt {
            return "callback \(callbackTime(callback, today: today))"
        }
        if let action = candidate.nextAction, let due = candidate.nextActionOn {
            return "\(action.label) \(dateStyle.short(due, today: today))"
        }
        return "\(days) d overdue"
    }

    private func callbackTime(_ instant: Date, today: LocalDate) -> String {
        let day = Timestamp.localDate(of: instant, in: timeZone)
        let time = Timestamp.clockTime(of: instant, in: timeZone)
        return day == today ? time : "\(dateStyle.short(day, today: today)) \(time)"
    }
}

/// Compact dates for reasons: `12-05` within the year, `2027-01-05` beyond it.
private struct ReasonDates: Sendable {
    func short(_ day: LocalDate, today: LocalDate) -> String {
        let text = day.description
        return day.year == today.year ? String(text.dropFirst(5)) : text
    }
}
