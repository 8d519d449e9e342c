import Foundation
import RecourseCore

/// The life of one demo case so far: claims, calls, letters, promises, payments and its current stage.
struct CaseStory {
    var random: DemoRandom
    let today: LocalDate
    let debtor: Debtor
    let zone: TimeZone
    let caseworker: String
    let supervisor: String
    var claims: [NewClaim]
    var events: [HistoryEvent] = []
    /// Unpaid per currency code, tracked as events are added.
    var outstanding: [String: Int64] = [:]
    var mainCurrency: Currency
    var stage: Stage = .new
    var closeReason: CloseReason?
    var disputed = false
    var reviewRequested = false
    var callbackAt: Date?
    var holdUntil: LocalDate?
    /// The active promise's last day to keep it, and whether it was kept.
    var promise: (dueOn: LocalDate, lastDay: LocalDate, kept: Bool)?

    init(random: DemoRandom, today: LocalDate, debtor: Debtor, zone: TimeZone, caseworker: String, supervisor: String,
         claims: [NewClaim], mainCurrency: Currency) {
        self.random = random
        self.today = today
        self.debtor = debtor
        self.zone = zone
        self.caseworker = caseworker
        self.supervisor = supervisor
        self.claims = claims
        self.mainCurrency = mainCurrency
        for claim in claims { outstanding[claim.amount.currency.code, default: 0] += claim.amount.minorUnits }
    }

    /// A time within the debtor's business hours on a day, as an instant.
    mutating func businessInstant(_ day: LocalDate, from: Int = 9 * 60, to: Int = 17 * 60 + 30) -> Date {
        Timestamp.instant(of: day, minuteOfDay: random.int(from...to), in: zone)
    }

    /// Adds an event, keeping the history in time order.
    mutating func add(_ kind: HistoryEvent.Kind, at: Date, actor: String? = nil) {
        if let last = events.last, at < last.at {
            events.append(HistoryEvent(at: last.at.addingTimeInterval(60), actor: actor ?? caseworker, kind: kind))
        } else {
            events.append(HistoryEvent(at: at, actor: actor ?? caseworker, kind: kind))
        }
    }

    /// Moves the stage and records it.
    mutating func move(to newStage: Stage, on day: LocalDate, reason: String?, actor: String? = nil) {
        guard newStage != stage else { return }
        add(.stageChange(from: stage, to: newStage, reason: reason), at: businessInstant(day), actor: actor)
        stage = newStage
    }

    /// What is still owed in the main currency.
    var mainOutstanding: Money {
        Money(minorUnits: outstanding[mainCurrency.code] ?? 0, currency: mainCurrency)
    }

    /// Records a payment (never more than is owed in its currency).
    mutating func pay(_ amount: Money, on day: LocalDate) {
        let owed = outstanding[amount.currency.code] ?? 0
        let paid = min(owed, amount.minorUnits)
        guard paid > 0 else { return }
        outstanding[amount.currency.code] = owed - paid
        let reference = "TRF \(random.digits(10))"
        add(.payment(amount: Money(minorUnits: paid, currency: amount.currency), receivedOn: day, reference: reference),
            at: Timestamp.instant(of: day, minuteOfDay: 6 * 60, in: zone))
    }

    /// Pays everything owed, in every currency.
    mutating func payInFull(on day: LocalDate) {
        for (code, owed) in outstanding.sorted(by: { $0.key < $1.key }) where owed > 0 {
            if let currency = try? Currency(code: code) { pay(Money(minorUnits: owed, currency: currency), on: day) }
        }
    }

    /// A round share of what is owed: whole major units, at least one.
    mutating func share(_ fraction: Double) -> Money {
        let perMajor = mainCurrency.minorUnitsPerMajor
        let owed = mainOutstanding.minorUnits
        if fraction >= 1 { return mainOutstanding }
        let major = max(1, Int64((Double(owed) * fraction / Double(perMajor)).rounded(.down)))
        return Money(minorUnits: min(owed, major * perMajor), currency: mainCurrency)
    }

    /// A contact's name, or nil for a company without contacts.
    mutating func contactName() -> String? {
        debtor.contacts.isEmpty ? nil : random.pick(debtor.contacts).name
    }

    /// The number of the oldest open invoice, for notes.
    var firstInvoice: String { claims.first?.invoiceNumber ?? "the invoice" }
}
