import Testing
@testable import RecourseCore

@Suite("Amounts typed by people")
struct MoneyParsingTests {
    let english = AmountParser(conventions: .pointDecimal)
    let german = AmountParser(conventions: .commaDecimal)
    let french = AmountParser(conventions: .spaceGrouped)

    @Test("each locale reads its own way of writing 1234.56")
    func localeForms() throws {
        #expect(try english.parse("1,234.56", currency: .eur).minorUnits == 123_456)
        #expect(try german.parse("1.234,56", currency: .eur).minorUnits == 123_456)
        #expect(try french.parse("1 234,56", currency: .eur).minorUnits == 123_456)
        #expect(try french.parse("1\u{202F}234,56", currency: .eur).minorUnits == 123_456)
        #expect(try AmountParser(conventions: .swiss).parse("1'234.56", currency: .eur).minorUnits == 123_456)
    }

    @Test("a form that cannot be misread is accepted in any locale")
    func unambiguousForeignForms() throws {
        #expect(try english.parse("1.234,56", currency: .eur).minorUnits == 123_456)
        #expect(try german.parse("1,234.56", currency: .eur).minorUnits == 123_456)
        #expect(try english.parse("12,5", currency: .eur).minorUnits == 1250)
        #expect(try german.parse("0.125", currency: .kwd).minorUnits == 125)
        #expect(try english.parse("1.234.567", currency: .eur).minorUnits == 123_456_700)
    }

    @Test("a single separator before three digits follows the locale, or is refused as ambiguous")
    func ambiguity() throws {
        #expect(try english.parse("1,234", currency: .eur).minorUnits == 123_400)
        #expect(try german.parse("1.234", currency: .eur).minorUnits == 123_400)
        #expect(throws: MoneyError.ambiguous(input: "1.234", readings: ["1234", "1.234"])) {
            try english.parse("1.234", currency: .eur)
        }
        #expect(throws: MoneyError.self) { try french.parse("1.234", currency: .eur) }
        #expect(try english.parse("1.234", currency: .kwd).minorUnits == 1234)
    }

    @Test("garbage is refused with a message naming it", arguments: ["12a", "1..2", "1,23,4", "€€", "1 2 3", "12.", ".5.", "--5", "1,2345.00"])
    func garbage(_ input: String) {
        #expect(throws: MoneyError.self) { try english.parse(input, currency: .eur) }
    }

    @Test("minor units follow the currency: none for JPY, three for KWD")
    func exponents() throws {
        #expect(try english.parse("150,000", currency: .jpy).minorUnits == 150_000)
        #expect(throws: MoneyError.tooManyDecimals(input: "1.5", currency: "JPY", allowed: 0)) {
            try english.parse("1.5", currency: .jpy)
        }
        #expect(try english.parse("12.345", currency: .kwd).minorUnits == 12_345)
        #expect(throws: MoneyError.self) { try english.parse("12.3456", currency: .kwd) }
        #expect(try english.parse("7.5", currency: .eur).minorUnits == 750)
    }

    @Test("signs and currency codes")
    func signsAndCodes() throws {
        #expect(throws: MoneyError.badSign(input: "-5")) { try english.parse("-5", currency: .eur) }
        #expect(try english.parse("-5", currency: .eur, allowNegative: true).minorUnits == -500)
        #expect(try german.parse("EUR 1.234,56", currency: .eur).minorUnits == 123_456)
        #expect(try german.parse("1.234,56 eur", currency: .eur).minorUnits == 123_456)
        #expect(throws: MoneyError.mixedCurrencies("USD", "EUR")) { try english.parse("USD 10", currency: .eur) }
        #expect(throws: MoneyError.empty) { try english.parse("   ", currency: .eur) }
        #expect(throws: MoneyError.overflow) { try english.parse("99999999999999999999", currency: .eur) }
    }

    @Test("the machine format of JSON accepts only plain decimals")
    func machineFormat() throws {
        #expect(try AmountParser.machine.parse("1234.56", currency: .eur).minorUnits == 123_456)
        #expect(throws: MoneyError.self) { try AmountParser.machine.parse("1,234.56", currency: .eur) }
    }

    @Test("locale names map to conventions")
    func conventions() {
        #expect(NumberConventions.forLocale("de_DE.UTF-8") == .commaDecimal)
        #expect(NumberConventions.forLocale("fr-FR") == .spaceGrouped)
        #expect(NumberConventions.forLocale("de-CH") == .swiss)
        #expect(NumberConventions.forLocale("en_GB.UTF-8") == .pointDecimal)
        #expect(NumberConventions.forLocale("zh-Hans-CN") == .pointDecimal)
        #expect(NumberConventions.fromEnvironment(["LANG": "C.UTF-8"]) == .pointDecimal)
        #expect(NumberConventions.fromEnvironment(["LANG": "pl_PL.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"]) == .commaDecimal)
    }

    @Test("a leading currency code picks the currency; without one the default applies; sums add up per currency")
    func currencyPrefixAndSums() throws {
        let czk = try Currency(code: "CZK")
        #expect(try german.parse("GBP 1.500,00", defaultCurrency: .eur) == Money(minorUnits: 150_000, currency: .gbp))
        #expect(try german.parse("1.500", defaultCurrency: czk) == Money(minorUnits: 150_000, currency: czk))
        #expect(try english.parse("jpy 2,500", defaultCurrency: .eur) == Money(minorUnits: 2_500, currency: .jpy))
        #expect(throws: MoneyError.self) { try english.parse("XYZ 12", defaultCurrency: .eur) }
        #expect(try english.parseSum("CZK 942,594.00 + EUR 40.00", defaultCurrency: czk)
            == [Money(minorUnits: 94_259_400, currency: czk), Money(minorUnits: 4_000, currency: .eur)])
        #expect(try english.parseSum("100 + 23.45 + EUR 1", defaultCurrency: .eur) == [Money(minorUnits: 12_445, currency: .eur)])
        #expect(throws: MoneyError.empty) { try english.parseSum(" + ", defaultCurrency: .eur) }
    }
}
