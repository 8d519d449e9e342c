import Foundation
import RecourseCore

/// The stable JSON of `recourse queue --json`.
struct QueueJSON: Encodable {
    struct Score: Encodable {
        let total: Int
        let amount: Int
        let overdue: Int
        let stage: Int
    }

    struct Debtor: Encodable {
        let name: String
        let country: String
        let timeZone: String
    }

    struct Action: Encodable {
        let action: String
        let on: LocalDate
    }

    struct Row: Encodable {
        let rank: Int
        let reference: String
        let group: String
        let score: Score
        let reason: String
        let debtor: Debtor
        let creditor: String
        let stage: String
        let assignee: String?
        let outstanding: [Money]
        let daysOverdue: Int
        let nextAction: Action?
        let callbackAt: String?
    }

    let asOf: LocalDate
    let scope: String
    let total: Int
    let cases: [Row]

    init(entries: [QueueEntry], limit: Int?, asOf: LocalDate, scope: String, timeZone: TimeZone) {
        self.asOf = asOf
        self.scope = scope
        self.total = entries.count
        self.cases = entries.prefix(limit ?? entries.count).map { entry in
            let candidate = entry.candidate
            return Row(
                rank: entry.rank, reference: candidate.reference, group: entry.group.name,
                score: Score(
                    total: entry.score.total, amount: entry.score.amountPoints, overdue: entry.score.overduePoints,
                    stage: entry.score.stagePoints),
                reason: entry.reason(in: timeZone),
                debtor: Debtor(name: candidate.debtorName, country: candidate.debtorCountry, timeZone: candidate.debtorTimeZone),
                creditor: candidate.creditorName, stage: candidate.stage.rawValue, assignee: candidate.assignee,
                outstanding: candidate.outstanding, daysOverdue: entry.daysOverdue,
                nextAction: both(candidate.nextAction, candidate.nextActionOn).map { Action(action: $0.code, on: $1) },
                callbackAt: candidate.callbackAt.map(Timestamp.utcString))
        }
    }
}

/// Both values, or nil when either is missing.
func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
