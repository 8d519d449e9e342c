import Foundation
import Testing
@testable import RecourseCore

@Suite("Money arithmetic and formatting")
struct MoneyArithmeticTests {
    @Test("amounts in different currencies are never added")
    func mixedCurrencies() throws {
        let euros = Money(minorUnits: 1000, currency: .eur)
        let pounds = Money(minorUnits: 1000, currency: .gbp)
        #expect(throws: MoneyError.mixedCurrencies("EUR", "GBP")) { try euros.adding(pounds) }
        #expect(throws: MoneyError.mixedCurrencies("EUR", "GBP")) { try euros.subtracting(pounds) }
        #expect(try euros.adding(euros).minorUnits == 2000)
        #expect(throws: MoneyError.overflow) { try Money(minorUnits: .max, currency: .eur).adding(euros) }
    }

    @Test("unknown currency codes are refused")
    func unknownCurrency() throws {
        #expect(throws: MoneyError.unknownCurrency("XYZ")) { try Currency(code: "XYZ") }
        #expect(try Currency(code: "chf").code == "CHF")
        for code in ["EUR", "GBP", "USD", "CNY", "JPY", "CHF", "PLN", "SEK", "DKK", "CZK", "KWD"] {
            #expect(Currency.known[code] != nil, "\(code) must be known")
        }
    }

    @Test("formatting follows the locale and the currency's exponent")
    func formatting() {
        let amount = Money(minorUnits: 123_456_789, currency: .eur)
        #expect(MoneyFormatter(conventions: .pointDecimal).string(amount) == "EUR 1,234,567.89")
        #expect(MoneyFormatter(conventions: .commaDecimal).string(amount) == "EUR 1.234.567,89")
        #expect(MoneyFormatter(conventions: .spaceGrouped).string(amount) == "EUR 1 234 567,89")
        #expect(MoneyFormatter(conventions: .pointDecimal).string(Money(minorUnits: 5_000_000, currency: .jpy)) == "JPY 5,000,000")
        #expect(MoneyFormatter(conventions: .pointDecimal).string(Money(minorUnits: 1_005, currency: .kwd)) == "KWD 1.005")
        #expect(MoneyFormatter(conventions: .pointDecimal).number(Money(minorUnits: -5, currency: .eur)) == "-0.05")
    }

    @Test("JSON carries decimal strings, never floats, and reads them back")
    func json() throws {
        let amount = Money(minorUnits: 123_456, currency: .kwd)
        let data = try JSONEncoder().encode(amount)
        #expect(String(decoding: data, as: UTF8.self).contains("\"123.456\""))
        #expect(try JSONDecoder().decode(Money.self, from: data) == amount)
        #expect(Money(minorUnits: -7, currency: .eur).decimalString == "-0.07")
    }

    @Test("a bag keeps one amount per currency")
    func bag() {
        var bag = MoneyBag()
        bag.add(Money(minorUnits: 100, currency: .usd))
        bag.add(Money(minorUnits: 250, currency: .eur))
        bag.add(Money(minorUnits: 50, currency: .usd))
        #expect(bag.amounts.map(\.currency.code) == ["EUR", "USD"])
        #expect(bag.amount(in: .usd).minorUnits == 150)
        #expect(bag.amount(in: .gbp).isZero)
    }
}
