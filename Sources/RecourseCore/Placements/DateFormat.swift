/// A date layout from a mapping file, such as `dd.MM.yyyy`, `yyyy-MM-dd` or `MM/dd/yyyy`.
///
/// `d`/`dd` day, `M`/`MM` month, `yy`/`yyyy` year (two-digit years are 2000–2099); any other
/// character must appear as written. One-letter tokens also accept two digits.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case day(minDigits: Int), month(minDigits: Int), year(digits: Int), literal(Character)
    }

    /// The layout as written.
    public let pattern: String
    let tokens: [Token]

    /// The layout; throws when it lacks a day, a month or a year.
    public init(_ pattern: String) throws(ValidationError) {
        var tokens: [Token] = []
        var characters = Array(pattern)[...]
        while let first = characters.first {
            let run = characters.prefix(while: { $0 == first }).count
            characters = characters.dropFirst(run)
            switch (first, run) {
            case ("d", 1...2): tokens.append(.day(minDigits: run))
            case ("M", 1...2): tokens.append(.month(minDigits: run))
            case ("y", 2), ("y", 4): tokens.append(.year(digits: run))
            case ("d", _), ("M", _), ("y", _):
                throw ValidationError(field: "date_format", message: "'\(pattern)': use d or dd, M or MM, yy or yyyy")
            default:
                tokens.append(contentsOf: repeatElement(.literal(first), count: run))
            }
        }
        let kinds = tokens.map { token -> Int in
            switch token { case .day: return 0; case .month: return 1; case .year: return 2; case .literal: return 3 }
        }
        guard [0, 1, 2].allSatisfy({ kind in kinds.filter { $0 == kind }.count == 1 }) else {
            throw ValidationError(field: "date_format", message: "'\(pattern)' needs one day, one month and one year (e.g. dd.MM.yyyy)")
        }
        self.pattern = pattern
        self.tokens = tokens
    }

    /// ISO 8601: `yyyy-MM-dd`.
    public static let iso = DateFormat(trusted: [.year(digits: 4), .literal("-"), .month(minDigits: 2), .literal("-"), .day(minDigits: 2)], "yyyy-MM-dd")
    /// German: `dd.MM.yyyy` (also `d.M.yyyy`).
    public static let german = DateFormat(trusted: [.day(minDigits: 1), .literal("."), .month(minDigits: 1), .literal("."), .year(digits: 4)], "dd.MM.yyyy")

    private init(trusted tokens: [Token], _ pattern: String) {
        self.tokens = tokens
        self.pattern = pattern
    }

    /// The date, or nil when the text does not follow the layout or names no real day.
    public func parse(_ text: String) -> LocalDate? {
        var rest = Substring(text.trimmingWhitespace())
        var day = 0, month = 0, year = 0
        func number(min: Int, max: Int) -> Int? {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber }).prefix(max)
            guard digits.count >= min, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return value
        }
        for token in tokens {
            switch token {
            case .day(let minDigits):
                guard let value = number(min: minDigits, max: 2) else { return nil }
                day = value
            case .month(let minDigits):
                guard let value = number(min: minDigits, max: 2) else { return nil }
                month = value
            case .year(let digits):
                guard let value = number(min: digits, max: digits) else { return nil }
                year = digits == 2 ? 2000 + value : value
            case .literal(let character):
                guard rest.first == character else { return nil }
                rest = rest.dropFirst()
            }
        }
        guard rest.isEmpty else { return nil }
        return LocalDate.validated(year: year, month: month, day: day)
    }

    /// The layout as written.
    public var description: String { pattern }
}
