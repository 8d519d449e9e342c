/// Reads amounts typed by a person in their locale, refusing anything that could be read two ways.
///
/// `1,234.56`, `1.234,56` and `1 234,56` are all accepted when their reading is certain; `1.234`
/// typed by an English user for a currency with two decimals is refused as ambiguous.
public struct AmountParser: Sendable {
    /// The locale conventions that settle a single separator followed by exactly three digits.
    public let conventions: NumberConventions
    private let machineOnly: Bool

    /// A parser for input written with the given conventions.
    public init(conventions: NumberConventions) {
        self.conventions = conventions
        self.machineOnly = false
    }

    private init(machine: Void) {
        self.conventions = .pointDecimal
        self.machineOnly = true
    }

    /// The strict machine format of JSON and files: `1234.56`, no grouping.
    public static let machine = AmountParser(machine: ())

    private static let spaceLike: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}"]

    /// Parses `input` as an amount of `currency`. Negative amounts are refused unless allowed.
    public func parse(_ input: String, currency: Currency, allowNegative: Bool = false) throws(MoneyError) -> Money {
        var text = Substring(input.trimmingWhitespace())
        guard !text.isEmpty else { throw MoneyError.empty }
        text = try stripCurrencyCode(text, currency: currency, input: input)
        var negative = false
        if let first = text.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            text = text.dropFirst()
            text = Substring(String(text).trimmingWhitespace())
        }
        if negative && !allowNegative { throw MoneyError.badSign(input: input) }
        guard !text.isEmpty else { throw MoneyError.empty }

        let (integerDigits, fractionDigits) = try machineOnly
            ? splitMachine(text, input: input)
            : splitHuman(text, currency: currency, input: input)
        if fractionDigits.count > currency.exponent {
            throw MoneyError.tooManyDecimals(input: input, currency: currency.code, allowed: currency.exponent)
        }
        let padded = fractionDigits + String(repeating: "0", count: currency.exponent - fractionDigits.count)
        var minor: Int64 = 0
        for character in integerDigits + padded {
            guard let digit = character.wholeNumberValue else {
                throw MoneyError.unexpectedCharacter(input: input, character: character)
            }
            let (times, overflowA) = minor.multipliedReportingOverflow(by: 10)
            let (plus, overflowB) = times.addingReportingOverflow(Int64(digit))
            if overflowA || overflowB { throw MoneyError.overflow }
            minor = plus
        }
        return Money(minorUnits: negative ? -minor : minor, currency: currency)
    }

    private func stripCurrencyCode(_ text: Substring, currency: Currency, input: String) throws(MoneyError) -> Substring {
        var text = text
        let leading = text.prefix(while: { $0.isLetter })
        if leading.count == 3 {
            try checkCode(String(leading), currency: currency, input: input)
            text = Substring(String(text.dropFirst(3)).trimmingWhitespace())
        }
        let trailing = String(text.reversed().prefix(while: { $0.isLetter }).reversed())
        if trailing.count == 3 {
            try checkCode(trailing, currency: currency, input: input)
            text = Substring(String(text.dropLast(3)).trimmingWhitespace())
        }
        return text
    }

    private func checkCode(_ code: String, currency: Currency, input: String) throws(MoneyError) {
        let upper = code.uppercased()
        if upper == currency.code { return }
        if Currency.known[upper] != nil { throw MoneyError.mixedCurrencies(upper, currency.code) }
        throw MoneyError.unexpectedCharacter(input: input, character: code.first ?? "?")
    }

    private func splitMachine(_ text: Substring, input: String) throws(MoneyError) -> (String, String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { throw MoneyError.badGrouping(input: input) }
        for character in text where !(character.isASCII && character.isNumber) && character != "." {
            throw MoneyError.unexpectedCharacter(input: input, character: character)
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fraction.isEmpty { throw MoneyError.badGrouping(input: input) }
        return (String(whole), fraction)
    }

    private func splitHuman(_ text: Substring, currency: Currency, input: String) throws(MoneyError) -> (String, String) {
        var points = 0, commas = 0, spaces = 0
        var lastMark: Character?
        for character in text {
            if character.isASCII && character.isNumber { continue }
            if character == "." { points += 1; lastMark = "." }
            else if character == "," { commas += 1; lastMark = "," }
            else if Self.spaceLike.contains(character) { spaces += 1 }
            else { throw MoneyError.unexpectedCharacter(input: input, character: character) }
        }
        let decimal: Character? = try decideDecimalMark(
            text, points: points, commas: commas, spaces: spaces, lastMark: lastMark, currency: currency, input: input)
        var integerPart = text
        var fraction = ""
        if let decimal, let index = text.lastIndex(of: decimal) {
            integerPart = text[..<index]
            fraction = String(text[text.index(after: index)...])
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw MoneyError.badGrouping(input: input)
            }
        }
        return (try ungroup(integerPart, input: input), fraction)
    }

    private func decideDecimalMark(
        _ text: Substring, points: Int, commas: Int, spaces: Int, lastMark: Character?,
        currency: Currency, input: String
    ) throws(MoneyError) -> Character? {
        if points > 0 && commas > 0 {
            guard let lastMark else { return nil }
            let count = lastMark == "." ? points : commas
            if count != 1 { throw MoneyError.badGrouping(input: input) }
            return lastMark
        }
        guard let mark = lastMark else { return nil }
        let count = mark == "." ? points : commas
        if count > 1 { return nil }
        if spaces > 0 { return mark }
        guard let index = text.firstIndex(of: mark) else { return nil }
        let before = text[..<index]
        let after = text[text.index(after: index)...]
        if after.count != 3 || before.isEmpty || before == "0" { return mark }
        if mark == conventions.groupingSeparator { return nil }
        if mark == conventions.decimalSeparator && currency.exponent >= 3 { return mark }
        throw MoneyError.ambiguous(
            input: input,
            readings: ["\(before)\(after)", "\(before).\(after)"])
    }

    private func ungroup(_ integerPart: Substring, input: String) throws(MoneyError) -> String {
        let groups = integerPart.split(
            omittingEmptySubsequences: false,
            whereSeparator: { !($0.isASCII && $0.isNumber) })
        guard let first = groups.first, !first.isEmpty else { throw MoneyError.badGrouping(input: input) }
        if groups.count == 1 { return String(first) }
        let separators = Set(integerPart.filter { !($0.isASCII && $0.isNumber) }.map { Self.spaceLike.contains($0) ? " " : $0 })
        guard separators.count == 1, first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            throw MoneyError.badGrouping(input: input)
        }
        return groups.joined()
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (Unicode-aware).
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
