import Foundation
import RecourseCore

/// How a letter in one language writes amounts and dates, and the words the renderer adds.
/// Shipped languages have their own conventions; a language added by a user template gets its
/// locale's date format, its number separators, and English table headings.
public struct LetterLocale {
    /// The language code, e.g. `de`.
    public let code: String
    /// Table headings and legal phrases.
    public let vocabulary: LetterVocabulary
    private let conventions: NumberConventions
    private let currencyAfterAmount: Bool
    private let dates: DateFormatter
    private let shortDates: DateFormatter
    private let formatted = FormattedDates()

    /// The conventions for a language code.
    public init(code: String) {
        self.code = code
        let shipped = LetterLanguage(rawValue: code)
        vocabulary = LetterVocabulary.forLanguage(shipped ?? .english)
        conventions = shipped?.numberConventions ?? NumberConventions.forLocale(code)
        currencyAfterAmount = shipped?.currencyAfterAmount ?? false
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: shipped?.localeIdentifier ?? code)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        dates = formatter
        let short = DateFormatter()
        short.locale = formatter.locale
        short.timeZone = formatter.timeZone
        short.dateStyle = .medium
        short.timeStyle = .none
        shortDates = short
    }

    /// An amount as this language writes it: `1.234,56 EUR`, `EUR 1,234.56`.
    public func money(_ amount: Money) -> String {
        let number = MoneyFormatter(conventions: conventions).number(amount)
        return currencyAfterAmount ? "\(number) \(amount.currency.code)" : "\(amount.currency.code) \(number)"
    }

    /// A date as a table column writes it: `15.03.2026`, `15 Mar 2026`.
    public func shortDate(_ day: LocalDate) -> String {
        formatted.text(for: day, short: true) { shortDates.string(from: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400)) }
    }

    /// A date as this language writes it in a letter: `15. März 2026`, `15 March 2026`, `2026年3月15日`.
    public func date(_ day: LocalDate) -> String {
        formatted.text(for: day, short: false) { dates.string(from: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400)) }
    }

    /// A rate in basis points as a percentage: `10,62 %` / `10.62%`.
    public func rate(basisPoints: Int) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = abs(basisPoints)
        let fraction = magnitude % 100
        let text = "\(sign)\(magnitude / 100)\(conventions.decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction)"
        return currencyAfterAmount ? "\(text) %" : "\(text)%"
    }
}

/// Dates already written by a locale: a letter run writes the same few hundred days thousands of
/// times, and formatting through ICU is the slow part of a letter. One per locale, never shared
/// between threads.
final class FormattedDates {
    private var long: [Int: String] = [:]
    private var short: [Int: String] = [:]

    /// The text for a day, formatted once.
    func text(for day: LocalDate, short isShort: Bool, format: () -> String) -> String {
        if let cached = isShort ? short[day.daysSinceEpoch] : long[day.daysSinceEpoch] { return cached }
        let text = format()
        if isShort { short[day.daysSinceEpoch] = text } else { long[day.daysSinceEpoch] = text }
        return text
    }
}
