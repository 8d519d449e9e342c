/// A calendar half-year: H1 runs 1 January–30 June, H2 1 July–31 December. Statutory reference
/// rates are set per half-year, and the rate tables are keyed by it (`2023H1`).
public struct HalfYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The calendar year.
    public let year: Int
    /// 1 for January–June, 2 for July–December.
    public let half: Int

    /// A validated half-year; throws when `half` is not 1 or 2 or the year is outside 1–9999.
    public init(year: Int, half: Int) throws(ValidationError) {
        guard (1...9999).contains(year), half == 1 || half == 2 else {
            throw ValidationError(field: "half-year", message: "\(year)H\(half) is not a half-year; write e.g. 2023H1 or 2023H2")
        }
        self.year = year
        self.half = half
    }

    /// The half-year a day falls in.
    public init(containing day: LocalDate) {
        let (year, month, _) = day.parts
        self.year = year
        self.half = month <= 6 ? 1 : 2
    }

    /// The first half (January–June) of a year.
    public static func h1(_ year: Int) -> HalfYear { HalfYear(trusted: year, half: 1) }

    /// The second half (July–December) of a year.
    public static func h2(_ year: Int) -> HalfYear { HalfYear(trusted: year, half: 2) }

    private init(trusted year: Int, half: Int) {
        self.year = year
        self.half = half
    }

    /// 1 January or 1 July.
    public var firstDay: LocalDate { LocalDate(year: year, month: half == 1 ? 1 : 7, day: 1) }

    /// 30 June or 31 December.
    public var lastDay: LocalDate { half == 1 ? LocalDate(year: year, month: 6, day: 30) : LocalDate(year: year, month: 12, day: 31) }

    /// The half-year that follows.
    public var next: HalfYear { half == 1 ? HalfYear(trusted: year, half: 2) : HalfYear(trusted: year + 1, half: 1) }

    /// `2023H1`.
    public var description: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "H" + String(half)
    }

    /// Parses `2023H1` / `2023H2` (a lower-case `h` is accepted); throws a message naming the text otherwise.
    public static func parse(_ text: String) throws(ValidationError) -> HalfYear {
        let characters = Array(text)
        guard characters.count == 6, characters[4] == "H" || characters[4] == "h",
              characters[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(String(characters[0..<4])), let half = Int(String(characters[5])),
              (1...9999).contains(year), half == 1 || half == 2 else {
            throw ValidationError(field: "half-year", message: "'\(text)' is not a half-year; write e.g. 2023H1 or 2023H2")
        }
        return HalfYear(trusted: year, half: half)
    }

    /// Orders by year, then half.
    public static func < (lhs: HalfYear, rhs: HalfYear) -> Bool {
        (lhs.year, lhs.half) < (rhs.year, rhs.half)
    }
}

extension HalfYear: Codable {
    /// Decodes from `2023H1`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try HalfYear.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as `2023H1`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
