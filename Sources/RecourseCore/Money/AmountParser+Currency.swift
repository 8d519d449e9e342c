/// Amounts typed with their currency in front (`GBP 120`), and balances in several currencies.
extension AmountParser {
    /// Parses an amount that may start with an ISO 4217 code (`GBP 1,200`); without one it is in `defaultCurrency`.
    public func parse(_ input: String, defaultCurrency: Currency) throws(MoneyError) -> Money {
        let text = input.trimmingWhitespace()
        let prefix = String(text.prefix(3)).uppercased()
        var currency = defaultCurrency
        if text.count > 3, prefix.allSatisfy(\.isLetter), let code = try? Currency(code: prefix) { currency = code }
        return try parse(text, currency: currency)
    }

    /// Parses amounts joined with `+` (`EUR 1,200.00 + GBP 40.00`), the way balances in several
    /// currencies are written; two amounts in one currency are added up.
    public func parseSum(_ input: String, defaultCurrency: Currency) throws(MoneyError) -> [Money] {
        var total = MoneyBag()
        for part in input.split(separator: "+") {
            total.add(try parse(String(part), defaultCurrency: defaultCurrency))
        }
        guard !total.amounts.isEmpty else { throw MoneyError.empty }
        return total.amounts
    }
}
