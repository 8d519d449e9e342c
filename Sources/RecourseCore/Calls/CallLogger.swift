import Foundation

/// Logging a call: checks the entry against the case and the policy, works out what the call
/// changes (promise, plan, dispute, callback, next action, flags) and writes it in one go.
/// The console's form and `recourse call log` share it, so both give the same messages.
public struct CallLogger: Sendable {
    private let recorder: any CallRecording
    private let cases: any CaseReading
    private let clock: any Clock
    /// The rules applied.
    public let policy: CallPolicy
    private let amounts: AmountParser
    private let money: MoneyFormatter

    /// A logger writing through `recorder`.
    public init(recorder: any CallRecording, cases: any CaseReading, clock: any Clock, policy: CallPolicy, conventions: NumberConventions) {
        self.recorder = recorder
        self.cases = cases
        self.clock = clock
        self.policy = policy
        self.amounts = AmountParser(conventions: conventions)
        self.money = MoneyFormatter(conventions: conventions)
    }

    /// Checks the entry; the write on success, every problem by field otherwise.
    public func prepare(_ entry: CallEntry, detail: CaseDetail, session: Session) -> Result<CallWrite, CallProblems> {
        var checker = CallEntryCheck(entry: entry, detail: detail, session: session, clock: clock, policy: policy, amounts: amounts, money: money)
        return checker.run()
    }

    /// Checks and records the call; throws `CallProblems` or the repository's refusal.
    @discardableResult
    public func log(_ entry: CallEntry, session: Session) throws -> CallWrite {
        let detail = try CaseLookup(repository: cases, clock: clock).detail(reference: entry.reference)
        switch prepare(entry, detail: detail, session: session) {
        case .failure(let problems): throw problems
        case .success(let write):
            try recorder.recordCall(write)
            return write
        }
    }

    /// The currency a promise or plan on this case is in: the one with the most outstanding.
    public static func mainCurrency(of detail: CaseDetail) -> Currency? {
        detail.balance.outstanding.nonZero.max { $0.approximateMajorUnits < $1.approximateMajorUnits }?.currency
            ?? detail.claims.first?.amount.currency
    }
}
