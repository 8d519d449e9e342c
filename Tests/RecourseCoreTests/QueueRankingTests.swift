import Foundation
import Testing
@testable import RecourseCore

@Suite("The work queue")
struct QueueRankingTests {
    let utc = TimeZone(identifier: "UTC") ?? .current
    /// Sunday 29 November 2026, 11:00 UTC.
    let now = Timestamp.instant(of: LocalDate(year: 2026, month: 11, day: 29), minuteOfDay: 11 * 60, in: TimeZone(identifier: "UTC") ?? .current)
    var today: LocalDate { LocalDate(year: 2026, month: 11, day: 29) }

    func candidate(
        _ reference: String, euros: Int64 = 1000, stage: Stage = .amicable, overdueDays: Int = 30,
        nextAction: NextAction? = nil, nextOn: Int? = nil, callbackMinutesAgo: Int? = nil, promise: PromiseProgress? = nil,
        lastCallDaysAgo: Int? = nil, holdDays: Int? = nil, disputed: Bool = false
    ) -> QueueCandidate {
        QueueCandidate(
            caseId: Int64(reference.dropFirst(3)) ?? 0, reference: reference, debtorName: "Debtor \(reference)", debtorCountry: "DE", debtorTimeZone: "Europe/Berlin",
            creditorName: "Creditor", stage: stage, assignee: "anna", outstanding: [Money(minorUnits: euros * 100, currency: .eur)],
            oldestOpenDue: today.adding(days: -overdueDays), nextAction: nextAction, nextActionOn: nextOn.map { today.adding(days: $0) },
            callbackAt: callbackMinutesAgo.map { now.addingTimeInterval(TimeInterval(-60 * $0)) },
            holdUntil: holdDays.map { today.adding(days: $0) }, disputed: disputed, reviewRequested: false, promise: promise,
            lastCallAt: lastCallDaysAgo.map { now.addingTimeInterval(TimeInterval(-86_400 * $0)) })
    }

    func brokenPromise(brokeDaysAgo: Int) -> PromiseProgress {
        let due = today.adding(days: -brokeDaysAgo - 4)
        let promise = Promise(id: 1, amount: Money(minorUnits: 50_000, currency: .eur), madeOn: due.adding(days: -10), dueOn: due, graceDays: 3, active: true)
        return PromiseProgress(promise: promise, paid: .zero(.eur))
    }

    func rank(_ candidates: [QueueCandidate]) -> [QueueEntry] {
        QueueRanking(timeZone: utc).rank(candidates, now: now)
    }

    @Test("callbacks due now first, then broken promises, then due actions, then the rest")
    func groups() {
        let entries = rank([
            candidate("RC-4", euros: 90_000, overdueDays: 200),
            candidate("RC-3", nextAction: .letter(.firm), nextOn: 0),
            candidate("RC-2", promise: brokenPromise(brokeDaysAgo: 3)),
            candidate("RC-1", euros: 10, callbackMinutesAgo: 30),
        ])
        #expect(entries.map(\.candidate.reference) == ["RC-1", "RC-2", "RC-3", "RC-4"])
        #expect(entries.map(\.group) == [.callbackDue, .brokenPromise, .actionDue, .other])
        #expect(entries.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("each row says why it is there")
    func reasons() {
        let entries = rank([
            candidate("RC-1", callbackMinutesAgo: 30),
            candidate("RC-2", promise: brokenPromise(brokeDaysAgo: 3)),
            candidate("RC-3", nextAction: .letter(.firm), nextOn: 0),
            candidate("RC-4", nextAction: .call, nextOn: -3),
            candidate("RC-5", overdueDays: 61),
            candidate("RC-6", nextAction: .call, nextOn: 0, holdDays: 5),
            candidate("RC-7", nextAction: .call, nextOn: -1, disputed: true),
            candidate("RC-8", nextAction: .call, nextOn: 4),
        ])
        let reasons = Dictionary(uniqueKeysWithValues: entries.map { ($0.candidate.reference, $0.reason(in: utc)) })
        #expect(reasons["RC-1"] == "callback due 10:30")
        #expect(reasons["RC-2"] == "promise broken 3 d ago")
        #expect(reasons["RC-3"] == "letter 2 due")
        #expect(reasons["RC-4"] == "call due 3 d ago")
        #expect(reasons["RC-5"] == "61 d overdue")
        #expect(reasons["RC-6"] == "on hold until 12-04")
        #expect(reasons["RC-7"] == "disputed, paused")
        #expect(reasons["RC-8"] == "call on 12-03")
    }

    @Test("a broken promise followed up by a call leaves the broken-promise group")
    func followedUp() {
        let entries = rank([
            candidate("RC-1", promise: brokenPromise(brokeDaysAgo: 5), lastCallDaysAgo: 1),
            candidate("RC-2", promise: brokenPromise(brokeDaysAgo: 5), lastCallDaysAgo: 9),
        ])
        #expect(entries.first { $0.candidate.reference == "RC-1" }?.group == .other)
        #expect(entries.first { $0.candidate.reference == "RC-2" }?.group == .brokenPromise)
    }

    @Test("legal and insolvency cases are followed up by others, not the broken-promise group")
    func brokenPromiseInLegal() {
        let entries = rank([candidate("RC-1", stage: .legal, promise: brokenPromise(brokeDaysAgo: 2))])
        #expect(entries.first?.group == .other)
    }

    @Test("a callback later today is not due yet")
    func futureCallback() {
        let entries = rank([candidate("RC-1", callbackMinutesAgo: -90)])
        #expect(entries.first?.group == .other)
        #expect(entries.first?.reason(in: utc) == "callback 12:30")
    }

    @Test("within a group: larger, older and newer-stage cases first; the score explains it")
    func scoring() {
        let entries = rank([
            candidate("RC-1", euros: 1_000, overdueDays: 30, nextAction: .call, nextOn: 0),
            candidate("RC-2", euros: 100_000, overdueDays: 30, nextAction: .call, nextOn: 0),
            candidate("RC-3", euros: 1_000, overdueDays: 180, nextAction: .call, nextOn: 0),
            candidate("RC-4", euros: 1_000, stage: .new, overdueDays: 30, nextAction: .call, nextOn: 0),
        ])
        // 180 days overdue (30 points) outweighs a hundred times the amount (50 vs 30 points).
        #expect(entries.map(\.candidate.reference) == ["RC-3", "RC-2", "RC-4", "RC-1"])
        let big = entries[1].score
        #expect(big.amountPoints == 50 && big.overduePoints == 5 && big.stagePoints == 6)
        #expect(entries[0].score.total == 30 + 30 + 6)
        #expect(entries[2].score.total == 30 + 5 + 10)
        #expect(entries[3].score.total == 30 + 5 + 6)
    }

    @Test("ties go to the older case (lower id), so the order is stable")
    func stableOrder() {
        let entries = rank([candidate("RC-9"), candidate("RC-3"), candidate("RC-5")])
        #expect(entries.map(\.candidate.reference) == ["RC-3", "RC-5", "RC-9"])
    }

    @Test("amounts in other currencies weigh by the dated ranking table")
    func currencies() {
        let yen = QueueCandidate(
            caseId: 1, reference: "RC-1", debtorName: "株式会社山田精工", debtorCountry: "JP", debtorTimeZone: "Asia/Tokyo",
            creditorName: "C", stage: .amicable, assignee: nil, outstanding: [Money(minorUnits: 17_700_000, currency: .jpy)],
            oldestOpenDue: today, nextAction: nil, nextActionOn: nil, callbackAt: nil, holdUntil: nil, disputed: false,
            reviewRequested: false, promise: nil, lastCallAt: nil)
        // JPY 17.7 million at 177 per euro is about EUR 100,000: the full 50 amount points.
        #expect(QueueRanking(timeZone: utc).score(yen, today: today).amountPoints == 50)
    }
}

@Suite("Re-ranking after one case changed")
struct QueueRerankTests {
    @Test("the changed case moves to where a full ranking would put it; ranks are renumbered")
    func matchesFullRanking() {
        let tests = QueueRankingTests()
        let candidates = (1...40).map { number in
            tests.candidate("RC-\(100 + number)", euros: Int64(number * 731 % 5000 + 10), overdueDays: number * 37 % 200,
                            nextAction: .call, nextOn: number % 3 - 1)
        }
        let ranking = QueueRanking(timeZone: tests.utc)
        let before = ranking.rank(candidates, now: tests.now)
        let changed = tests.candidate("RC-117", euros: 90_000, overdueDays: 150, callbackMinutesAgo: 5)
        let incremental = ranking.reranked(before, removing: changed.caseId, inserting: changed, now: tests.now)
        let full = ranking.rank(candidates.map { $0.caseId == changed.caseId ? changed : $0 }, now: tests.now)
        #expect(incremental.map(\.candidate.reference) == full.map(\.candidate.reference))
        #expect(incremental.map(\.rank) == Array(1...40))
        #expect(incremental.first?.candidate.reference == "RC-117")
        let removed = ranking.reranked(before, removing: changed.caseId, inserting: nil, now: tests.now)
        #expect(removed.count == 39 && removed.map(\.rank) == Array(1...39))
    }
}
