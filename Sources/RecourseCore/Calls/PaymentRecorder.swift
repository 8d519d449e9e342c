import Foundation

/// Recording money received on a case: checked here, allocated and applied by the repository
/// with the core's rules (oldest claims first, promises kept, fully paid cases closed).
public struct PaymentRecorder: Sendable {
    private let recorder: any PaymentRecording
    private let cases: any CaseReading
    private let clock: any Clock
    private let policy: CallPolicy
    private let amounts: AmountParser

    /// A recorder writing through `recorder`.
    public init(recorder: any PaymentRecording, cases: any CaseReading, clock: any Clock, policy: CallPolicy, conventions: NumberConventions) {
        self.recorder = recorder
        self.cases = cases
        self.clock = clock
        self.policy = policy
        self.amounts = AmountParser(conventions: conventions)
    }

    /// Records a payment of `amount` (in the user's locale; a leading currency code picks another
    /// currency of the case) received on `date`.
    public func record(reference: String, amount: String, date: String, bankReference: String?, session: Session) throws -> PaymentOutcome {
        let detail = try CaseLookup(repository: cases, clock: clock).detail(reference: reference)
        guard detail.collectionCase.stage != .closed else {
            throw RecourseError.conflict("\(detail.collectionCase.reference) is closed; a payment on a closed case goes to unmatched payments")
        }
        let currencies = detail.claims.map(\.amount.currency)
        guard let main = CallLogger.mainCurrency(of: detail) else { throw RecourseError.conflict("\(reference) has no claims") }
        let trimmed = amount.trimmingWhitespace()
        let currency = currencies.first { trimmed.uppercased().hasPrefix($0.code) } ?? main
        let money: Money
        do {
            money = try amounts.parse(trimmed, currency: currency)
        } catch {
            throw RecourseError.invalid(ValidationError(field: "amount", message: error.description))
        }
        guard money.isPositive else { throw RecourseError.invalid(ValidationError(field: "amount", message: "must be more than zero")) }
        let day: LocalDate
        do {
            day = try LocalDate.parse(date.trimmingWhitespace(), field: "date")
        } catch {
            throw RecourseError.invalid(error)
        }
        guard day <= clock.today else {
            throw RecourseError.invalid(ValidationError(field: "date", message: "\(day) is in the future; record payments once received"))
        }
        let cleanReference = bankReference?.trimmingWhitespace()
        return try recorder.recordPayment(PaymentWrite(
            caseId: detail.collectionCase.id, reference: detail.collectionCase.reference, actor: session.user, at: clock.now,
            receivedOn: day, amount: money, bankReference: cleanReference?.isEmpty == false ? cleanReference : nil),
            graceDays: policy.promiseGraceDays)
    }
}
