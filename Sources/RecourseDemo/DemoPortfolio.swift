import Foundation
import RecourseCore

/// A believable, deterministic agency book: creditors, debtor companies worldwide, invoices in their
/// currencies, and a history of calls, letters, promises, payments and stage changes up to `today`.
public struct DemoPortfolio: PortfolioBatch, Sendable {
    /// The seed: the same seed, size, day and admin give the same portfolio.
    public let seed: UInt64
    /// Number of cases.
    public let caseCount: Int
    /// The day the portfolio is anchored on; every date is relative to it.
    public let today: LocalDate
    /// The operating-system login that becomes the admin.
    public let adminLogin: String

    private let debtors: DemoDebtors

    /// A demo portfolio.
    public init(seed: UInt64, caseCount: Int, today: LocalDate, adminLogin: String) {
        self.seed = seed
        self.caseCount = caseCount
        self.today = today
        self.adminLogin = adminLogin
        self.debtors = DemoDebtors(seed: seed)
    }

    /// The caseworkers, each working the countries whose language they speak.
    static let caseworkers: [(user: NewUser, countries: Set<String>)] = [
        (NewUser(login: "anna.schmidt", displayName: "Anna Schmidt", role: .caseworker), ["DE", "AT", "CH", "NL", "DK"]),
        (NewUser(login: "tom.baker", displayName: "Tom Baker", role: .caseworker), ["GB", "IE", "US", "SE", "KW", "BE"]),
        (NewUser(login: "li.wei", displayName: "Li Wei", role: .caseworker), ["CN", "JP"]),
        (NewUser(login: "marta.nowak", displayName: "Marta Nowak", role: .caseworker), ["PL", "CZ"]),
        (NewUser(login: "luca.rossi", displayName: "Luca Rossi", role: .caseworker), ["IT", "ES", "FR"]),
    ]

    /// The second supervisor, who approves letters and decides reviews in the demo history.
    static let supervisor = NewUser(login: "sofia.marin", displayName: "Sofia Marín", role: .supervisor)

    /// The OS login as admin first, then the supervisor and the caseworkers (skipping a clash with the login).
    public var users: [NewUser] {
        let others = [Self.supervisor] + Self.caseworkers.map(\.user)
        return [NewUser(login: adminLogin, displayName: adminLogin, role: .admin)] + others.filter { $0.login != adminLogin }
    }

    /// The agency's clients.
    static let creditorList: [(name: String, country: String, prefix: String, weight: Double)] = [
        ("Nordlicht Logistik GmbH", "DE", "NL", 18), ("Brightwater Components Ltd", "GB", "BWC", 15),
        ("Atelier Lumière SAS", "FR", "AL", 10), ("Van Leeuwen Foodservice B.V.", "NL", "VLF", 12),
        ("Officine Ferraro Group S.p.A.", "IT", "OFG", 9), ("Helvetia Instruments AG", "CH", "HI", 8),
        ("Pacific Rim Electronics Inc.", "US", "PRE", 14), ("Scandia Paper AB", "SE", "SP", 7),
    ]

    /// The creditors as countries.
    public var creditors: [(name: String, country: Country)] {
        Self.creditorList.compactMap { entry in (try? Country(code: entry.country)).map { (entry.name, $0) } }
    }

    /// The case with a 0-based index; deterministic and independent of the other cases.
    public func makeCase(index: Int) -> NewCase {
        var random = DemoRandom(seed: seed, stream: 1, index: index)
        let debtorNumber = index >= 40 && random.chance(0.06) ? random.int(0...(index - 1)) : index
        let (newDebtor, profile, city) = debtors.make(number: debtorNumber)
        let creditor = Self.creditorList[random.weightedIndex(Self.creditorList.map(\.weight))]
        let caseworker = (Self.caseworkers.first { $0.countries.contains(profile.code) } ?? Self.caseworkers[1]).user.login
        let zone = TimeZone(identifier: city.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let mainCurrency = currency(profile.currency)
        let placedOn = today.adding(days: -(random.chance(0.45) ? random.int(0...60) : random.int(0...330)))
        let claims = makeClaims(random: &random, profile: profile, prefix: creditor.prefix, main: mainCurrency, placedOn: placedOn)
        let fate = decideFate(random: &random, placedOn: placedOn)
        var story = CaseStory(
            random: random, today: today, debtor: newDebtor.debtor, zone: zone, caseworker: caseworker,
            supervisor: Self.supervisor.login, claims: claims, mainCurrency: mainCurrency)
        let next = story.live(placedOn: placedOn, fate: fate)
        let unassigned = story.stage == .new && story.random.chance(0.3)
        return NewCase(
            reference: CollectionCase.reference(forNumber: index + 1), creditorName: creditor.name, debtor: newDebtor,
            assignee: unassigned ? nil : caseworker, placedOn: placedOn, stage: story.stage, closeReason: story.closeReason,
            nextAction: story.stage == .closed ? nil : next, callbackAt: story.callbackAt, holdUntil: story.holdUntil,
            disputed: story.disputed, reviewRequested: story.reviewRequested, claims: story.claims, history: story.events)
    }

    /// 1–6 invoices, all overdue by the placement day: the oldest 20–120 days before it.
    private func makeClaims(
        random: inout DemoRandom, profile: CountryProfile, prefix: String, main: Currency, placedOn: LocalDate
    ) -> [NewClaim] {
        let count = random.weightedIndex([35, 25, 15, 12, 8, 5]) + 1
        let oldest = placedOn.adding(days: -random.int(20...120))
        let latest = placedOn.adding(days: -5)
        var dues = [oldest]
        for _ in 1..<count {
            dues.append(oldest.adding(days: random.int(0...max(0, oldest.days(until: latest)))))
        }
        dues.sort()
        var used = Set<String>()
        return dues.enumerated().map { position, due in
            let foreign = position == count - 1 && count > 1 && main != .eur && random.chance(0.05)
            let currency = foreign ? Currency.eur : main
            let euros = exp(random.unit() * (log(60_000.0) - log(250.0)) + log(250.0))
            let major = euros * (foreign ? 1 : profile.unitsPerEuro)
            let minor = currency.exponent == 0
                ? Int64((major / 10).rounded()) * 10
                : Int64((major * Double(currency.minorUnitsPerMajor)).rounded())
            var number = "\(prefix)-\(due.year)-\(random.digits(5))"
            while !used.insert(number).inserted { number = "\(prefix)-\(due.year)-\(random.digits(5))" }
            return NewClaim(
                invoiceNumber: number, issuedOn: due.adding(days: -random.pick([14, 30, 30, 30, 45, 60])), dueOn: due,
                amount: Money(minorUnits: max(minor, 1), currency: currency), disputed: false)
        }
    }

    private func decideFate(random: inout DemoRandom, placedOn: LocalDate) -> CaseStory.Fate {
        let age = placedOn.days(until: today)
        if age <= 2 { return random.chance(0.85) ? .fresh : .amicable }
        let roll = random.unit()
        if age <= 50 {
            if roll < 0.10 { return .closed(.paid, on: placedOn.adding(days: random.int(3...age))) }
            if roll < 0.12 { return .closed(.withdrawn, on: placedOn.adding(days: random.int(3...age))) }
            return .amicable
        }
        if roll < 0.20 { return .legal(on: placedOn.adding(days: random.int(46...age))) }
        if roll < 0.26 { return .insolvency(on: placedOn.adding(days: random.int(10...age))) }
        if roll < 0.72 { return .closed(closeReason(random: &random), on: placedOn.adding(days: random.int(10...age))) }
        return .amicable
    }

    private func closeReason(random: inout DemoRandom) -> CloseReason {
        [CloseReason.paid, .settled, .withdrawn, .writtenOff, .uncollectable][random.weightedIndex([55, 15, 10, 12, 8])]
    }

    /// Profile currencies are constants checked by the demo tests; they are never user input.
    private func currency(_ code: String) -> Currency {
        guard let currency = try? Currency(code: code) else { preconditionFailure("demo profile currency '\(code)' is unknown") }
        return currency
    }
}
