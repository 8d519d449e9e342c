/// The statutory late-payment interest calculator for B2B debts (see docs: statutory interest).
///
/// Conventions: interest runs from the day after the due date through the calculation date
/// inclusive; actual/365 also in leap years; periods split where the rate or the principal
/// changes; each period's interest rounded half-up to the minor unit, then summed; simple interest
/// except in the Netherlands, where unpaid interest is added to the principal every year.
public struct StatutoryInterest: Sendable {
    /// The reference rates the calculator reads; a period whose rate is missing is an error.
    public let rates: RateTable

    /// Days in the interest year (actual/365, also in leap years).
    public static let daysPerYear = 365

    /// A calculator over a rate table.
    public init(rates: RateTable) {
        self.rates = rates
    }

    /// Interest on one claim from the day after `dueOn` through `through` inclusive.
    ///
    /// `reductions` are payments applied to this claim: the principal drops from the day after each
    /// one (interest runs on the paid part through the payment date). The GB rate is the reference
    /// rate of the half-year in which interest starts, fixed for the life of the debt.
    public func claimInterest(
        label: String, principal: Money, dueOn: LocalDate, through: LocalDate, jurisdiction: InterestJurisdiction,
        reductions: [(on: LocalDate, amount: Money)] = []
    ) throws(InterestError) -> ClaimInterest {
        let currency = principal.currency
        if principal.isNegative { throw .negativeAmount(label: label, amount: principal.decimalString) }
        var reducedOn: [LocalDate: Int64] = [:]
        for reduction in reductions {
            guard reduction.amount.currency == currency else {
                throw .currencyMismatch(label: label, claim: currency.code, other: reduction.amount.currency.code)
            }
            if reduction.amount.isNegative { throw .negativeAmount(label: label, amount: reduction.amount.decimalString) }
            guard let total = InterestArithmetic.sum(reducedOn[reduction.on, default: 0], reduction.amount.minorUnits) else {
                throw .overflow(label: label)
            }
            reducedOn[reduction.on] = total
        }
        let start = dueOn.adding(days: 1)
        let late = through >= start && jurisdiction.hasStatutoryInterest
        let periods = late
            ? try PeriodBuilder(
                calculator: self, label: label, jurisdiction: jurisdiction, start: start, through: through,
                principal: principal, reducedOn: reducedOn
            ).build()
            : []
        var open = principal.minorUnits
        for (day, amount) in reducedOn where day <= through { open = max(0, open - amount) }
        var total: Int64 = 0
        for period in periods {
            guard let sum = InterestArithmetic.sum(total, period.interest.minorUnits) else { throw .overflow(label: label) }
            total = sum
        }
        return ClaimInterest(
            label: label, principal: principal, dueOn: dueOn, jurisdiction: jurisdiction, periods: periods,
            interest: Money(minorUnits: total, currency: currency), openPrincipal: Money(minorUnits: open, currency: currency),
            compensation: late ? Self.fixedCompensation(principal: principal, jurisdiction: jurisdiction) : nil)
    }

    /// Simple interest for a fraction of a year: principal × rate × numerator / denominator, rounded
    /// half-up to the minor unit. A period of `days` uses `numerator: days, denominator: 365`; other
    /// fractions (a quarter: 1/4) let published examples stated in fractions of a year be checked.
    public static func interest(
        on principal: Money, rateBasisPoints: Int, numerator: Int, denominator: Int
    ) throws(InterestError) -> Money {
        guard let factor = InterestArithmetic.product(Int64(rateBasisPoints), Int64(numerator)),
              let divisor = InterestArithmetic.product(10_000, Int64(denominator)),
              let minor = InterestArithmetic.roundedProduct(principal.minorUnits, times: factor, over: divisor) else {
            throw .overflow(label: "interest on \(principal.currency.code) \(principal.decimalString)")
        }
        return Money(minorUnits: minor, currency: principal.currency)
    }

    /// The statutory rate for a half-year (reference rate plus margin) in basis points.
    public func statutoryRate(_ jurisdiction: InterestJurisdiction, _ half: HalfYear) throws(InterestError) -> Int {
        guard let series = jurisdiction.referenceSeries else { return 0 }
        guard let reference = rates.rate(series, half) else {
            throw .missingRate(jurisdiction: jurisdiction, series: series, half: half)
        }
        return reference + jurisdiction.marginBasisPoints
    }
}

/// Splits one claim's interest into periods: at half-years (not GB), the day after each payment,
/// and (NL) each anniversary of the start of interest, where unpaid interest joins the principal.
private struct PeriodBuilder {
    let calculator: StatutoryInterest
    let label: String
    let jurisdiction: InterestJurisdiction
    let start: LocalDate
    let through: LocalDate
    let principal: Money
    let reducedOn: [LocalDate: Int64]

    func build() throws(InterestError) -> [InterestPeriod] {
        var breaks: Set<LocalDate> = []
        if jurisdiction.splitsAtHalfYears {
            var half = HalfYear(containing: start).next
            while half.firstDay <= through {
                breaks.insert(half.firstDay)
                half = half.next
            }
        }
        for day in reducedOn.keys where day >= start && day < through { breaks.insert(day.adding(days: 1)) }
        var anniversaries: Set<LocalDate> = []
        if jurisdiction.compoundsAnnually {
            var years = 1
            while start.adding(months: 12 * years) <= through {
                anniversaries.insert(start.adding(months: 12 * years))
                years += 1
            }
        }
        breaks.formUnion(anniversaries)
        let fixedRate = jurisdiction.splitsAtHalfYears ? nil : HalfYear(containing: start)
        let currency = principal.currency

        var running = principal.minorUnits
        for (day, amount) in reducedOn where day < start { running = max(0, running - amount) }
        var uncapitalised: Int64 = 0
        var periods: [InterestPeriod] = []
        let starts = [start] + breaks.sorted()
        for (index, from) in starts.enumerated() {
            if anniversaries.contains(from) {
                guard let sum = InterestArithmetic.sum(running, uncapitalised) else { throw .overflow(label: label) }
                running = sum
                uncapitalised = 0
            }
            if from > start, let paid = reducedOn[from.adding(days: -1)] { running = max(0, running - paid) }
            let last = index + 1 < starts.count ? starts[index + 1].adding(days: -1) : through
            guard running > 0 else { continue }
            let rate = try calculator.statutoryRate(jurisdiction, fixedRate ?? HalfYear(containing: from))
            let days = from.days(until: last) + 1
            let base = Money(minorUnits: running, currency: currency)
            let interest = try StatutoryInterest.interest(
                on: base, rateBasisPoints: rate, numerator: days, denominator: StatutoryInterest.daysPerYear)
            periods.append(InterestPeriod(from: from, through: last, days: days, rateBasisPoints: rate, principal: base, interest: interest))
            guard let sum = InterestArithmetic.sum(uncapitalised, interest.minorUnits) else { throw .overflow(label: label) }
            uncapitalised = sum
        }
        return periods
    }
}
