import Foundation

/// Ranks open cases into the order a caseworker should work them, with a reason for each.
///
/// Groups come first — callbacks due now, broken promises not yet followed up by a call (in the
/// amicable stages; in legal and insolvency the lawyer or practitioner follows up), next actions
/// due, then the rest — and within a group a `PriorityScore` of amount, days overdue and stage;
/// equal scores go to the case with more days overdue, then to the older case (lower case id).
public struct QueueRanking: Sendable {
    /// Converts amounts in other currencies for the amount points.
    public let rates: ExchangeRates
    /// The user's time zone: decides "today" and how callback times are written.
    public let timeZone: TimeZone

    /// A ranking with the given exchange rates and the user's time zone.
    public init(rates: ExchangeRates = .rankingDefaults, timeZone: TimeZone) {
        self.rates = rates
        self.timeZone = timeZone
    }

    /// Ranks the candidates as of `now`; the result's `rank` runs from 1.
    public func rank(_ candidates: [QueueCandidate], now: Date) -> [QueueEntry] {
        let today = Timestamp.localDate(of: now, in: timeZone)
        let startOfToday = Timestamp.instant(of: today, minuteOfDay: 0, in: timeZone)
        var placements: [Placement] = []
        placements.reserveCapacity(candidates.count)
        var keys: [(key: UInt64, index: Int)] = []
        keys.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let placement = classify(candidate, index: index, now: now, today: today, startOfToday: startOfToday)
            placements.append(placement)
            keys.append((sortKey(placement, caseId: candidate.caseId), index))
        }
        keys.sort { $0.key < $1.key }
        var entries: [QueueEntry] = []
        entries.reserveCapacity(placements.count)
        for (position, item) in keys.enumerated() {
            let placement = placements[item.index]
            entries.append(QueueEntry(
                rank: position + 1, group: placement.group, score: placement.score, reasonCode: placement.reason,
                daysOverdue: placement.days, candidate: candidates[item.index], today: today))
        }
        return entries
    }

    /// The order as one number: group, then higher score, then more days overdue, then lower case id.
    private func sortKey(_ placement: Placement, caseId: Int64) -> UInt64 {
        Self.sortKey(group: placement.group, score: placement.score.total, days: placement.days, caseId: caseId)
    }

    private static func sortKey(group: QueueGroup, score: Int, days: Int, caseId: Int64) -> UInt64 {
        let group = UInt64(group.rawValue) & 0x7
        let score = UInt64(255 - min(255, max(0, score)))
        let days = UInt64(0xFFFF - min(0xFFFF, max(0, days)))
        let id = UInt64(max(0, caseId)) & 0x0FFF_FFFF_FFFF
        return group << 61 | score << 53 | days << 37 | min(id, 0x1F_FFFF_FFFF)
    }

    private static func sortKey(_ entry: QueueEntry) -> UInt64 {
        sortKey(group: entry.group, score: entry.score.total, days: entry.daysOverdue, caseId: entry.candidate.caseId)
    }

    /// A ranked queue after one case changed: its old row is taken out and its new one (if it is
    /// still open) put in its place by binary search; the rest keep their order. Ranks are renumbered.
    public func reranked(_ entries: [QueueEntry], removing caseId: Int64, inserting candidate: QueueCandidate?, now: Date) -> [QueueEntry] {
        var result = entries
        var firstChanged = result.count
        if let index = result.firstIndex(where: { $0.candidate.caseId == caseId }) {
            result.remove(at: index)
            firstChanged = index
        }
        let today = Timestamp.localDate(of: now, in: timeZone)
        if let candidate {
            let placement = classify(candidate, index: 0, now: now, today: today, startOfToday: Timestamp.instant(of: today, minuteOfDay: 0, in: timeZone))
            let key = sortKey(placement, caseId: candidate.caseId)
            var low = 0, high = result.count
            while low < high {
                let middle = (low + high) / 2
                if Self.sortKey(result[middle]) < key { low = middle + 1 } else { high = middle }
            }
            result.insert(QueueEntry(
                rank: low + 1, group: placement.group, score: placement.score, reasonCode: placement.reason,
                daysOverdue: placement.days, candidate: candidate, today: today), at: low)
            firstChanged = min(firstChanged, low)
        }
        for index in firstChanged..<result.count where result[index].rank != index + 1 {
            let entry = result[index]
            result[index] = QueueEntry(
                rank: index + 1, group: entry.group, score: entry.score, reasonCode: entry.reasonCode,
                daysOverdue: entry.daysOverdue, candidate: entry.candidate, today: entry.today)
        }
        return result
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

    /// Where one candidate goes, before ordering.
    private struct Placement {
        let group: QueueGroup
        let score: PriorityScore
        let days: Int
        let reason: QueueReason
        let index: Int
    }

    private func classify(_ candidate: QueueCandidate, index: Int, now: Date, today: LocalDate, startOfToday: Date) -> Placement {
        let score = score(candidate, today: today)
        let days = candidate.oldestOpenDue.map { max(0, $0.days(until: today)) } ?? 0
        func place(_ group: QueueGroup, _ reason: QueueReason) -> Placement {
            Placement(group: group, score: score, days: days, reason: reason, index: index)
        }
        if let callback = candidate.callbackAt, callback <= now {
            return place(.callbackDue, .callbackDue(at: callback))
        }
        if candidate.stage == .new || candidate.stage == .amicable,
           let progress = candidate.promise, case .broken(let since) = progress.status(asOf: today),
           !followedUp(candidate, since: since, today: today, startOfToday: startOfToday) {
            return place(.brokenPromise, .promiseBroken(since: since))
        }
        let onHold = candidate.holdUntil.map { $0 > today } ?? false
        if !onHold, !candidate.disputed, let action = candidate.nextAction, let due = candidate.nextActionOn, due <= today {
            return place(.actionDue, .actionDue(action, since: due))
        }
        return place(.other, otherReason(candidate, today: today, days: days))
    }

    /// True when a call was logged on or after the day the promise broke.
    private func followedUp(_ candidate: QueueCandidate, since: LocalDate, today: LocalDate, startOfToday: Date) -> Bool {
        guard let lastCall = candidate.lastCallAt else { return false }
        // The start of the broken day, found from the start of today without another zone lookup.
        let brokenStart = startOfToday.addingTimeInterval(TimeInterval(-86_400 * since.days(until: today)))
        return lastCall >= brokenStart
    }

    private func otherReason(_ candidate: QueueCandidate, today: LocalDate, days: Int) -> QueueReason {
        if let hold = candidate.holdUntil, hold > today { return .onHold(until: hold) }
        if candidate.disputed { return .disputed }
        if candidate.reviewRequested { return .awaitingReview }
        if let progress = candidate.promise, progress.status(asOf: today) == .pending {
            return .promiseDue(on: progress.promise.dueOn)
        }
        if let callback = candidate.callbackAt { return .callbackLater(at: callback) }
        if let action = candidate.nextAction, let due = candidate.nextActionOn { return .actionLater(action, on: due) }
        return .overdue(days: days)
    }
}
