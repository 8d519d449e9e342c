/// An explicit, dated table of exchange rates into one base currency.
///
/// Recourse never converts amounts silently: conversion is only for ranking the work queue and
/// for portfolio totals, and it always names the table and its date.
public struct ExchangeRates: Sendable {
    /// The currency everything converts into.
    public let base: Currency
    /// The date the rates were taken, `YYYY-MM-DD`.
    public let asOf: LocalDate
    /// Units of each currency per one unit of `base` (e.g. `GBP: 0.87` with a EUR base).
    public let unitsPerBase: [String: Double]

    /// A table with the given rates.
    public init(base: Currency, asOf: LocalDate, unitsPerBase: [String: Double]) {
        self.base = base
        self.asOf = asOf
        self.unitsPerBase = unitsPerBase
    }

    /// The amount in major units of the base currency, or nil when the table has no rate for it.
    public func approximateBaseUnits(_ money: Money) -> Double? {
        if money.currency == base { return money.approximateMajorUnits }
        guard let rate = unitsPerBase[money.currency.code], rate > 0 else { return nil }
        return money.approximateMajorUnits / rate
    }

    /// Rounded reference rates (units per EUR) used to weigh amounts in the work queue.
    /// Indicative only: they rank cases, they never appear on a letter or a total.
    public static let rankingDefaults = ExchangeRates(
        base: .eur,
        asOf: LocalDate(year: 2025, month: 11, day: 3),
        unitsPerBase: [
            "GBP": 0.88, "USD": 1.15, "CNY": 8.2, "JPY": 177, "CHF": 0.93, "PLN": 4.25,
            "SEK": 10.9, "DKK": 7.46, "CZK": 24.3, "KWD": 0.35, "NOK": 11.7, "HUF": 385,
            "RON": 5.08, "BGN": 1.96, "CAD": 1.62, "AUD": 1.76, "HKD": 8.95, "SGD": 1.5,
            "KRW": 1650, "INR": 102, "BRL": 6.2, "MXN": 21.3, "ZAR": 20, "TRY": 48.5, "AED": 4.23,
        ])
}
