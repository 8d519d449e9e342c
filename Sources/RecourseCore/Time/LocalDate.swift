import Foundation

/// A calendar date without a time or a zone (a due date, a promise date), proleptic Gregorian.
public struct LocalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01; the single source of truth for comparisons and arithmetic.
    public let daysSinceEpoch: Int

    /// The date from days since 1970-01-01.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// A date from its parts. The parts must form a valid date; use `parse` for user input.
    public init(year: Int, month: Int, day: Int) {
        self.daysSinceEpoch = LocalDate.days(year: year, month: month, day: day)
    }

    /// A validated date from its parts, nil when the day does not exist (e.g. 2026-02-30).
    public static func validated(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` strictly; throws a message naming the field otherwise.
    public static func parse(_ text: String, field: String = "date") throws(ValidationError) -> LocalDate {
        var text = text
        guard let parsed = text.withUTF8(parse(bytes:)) else {
            throw ValidationError(field: field, message: "'\(text)' is not a date; use YYYY-MM-DD, e.g. 2026-03-31")
        }
        return parsed
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes; nil when malformed or not a real day.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,
              let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2) else { return nil }
        return validated(year: year, month: month, day: day)
    }

    /// The decimal number in `count` ASCII digits from `start`, nil if any is not a digit.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// Year, month and day.
    public var parts: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year.
    public var year: Int { parts.year }
    /// The month, 1–12.
    public var month: Int { parts.month }
    /// The day of the month, 1–31.
    public var day: Int { parts.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let weekday = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> LocalDate {
        let (year, month, day) = parts
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return LocalDate(year: newYear, month: newMonth, day: min(day, LocalDate.daysIn(month: newMonth, year: newYear)))
    }

    /// The next weekday on or after `self + days` (skips Saturday and Sunday).
    public func addingBusinessDays(_ days: Int) -> LocalDate {
        var date = self
        var remaining = days
        while remaining > 0 {
            date = date.adding(days: 1)
            if !date.isWeekend { remaining -= 1 }
        }
        return date
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = parts
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    /// Orders by day.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    /// True for leap years of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension LocalDate: Codable {
    /// Decodes from `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LocalDate.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Zero-padded two-digit decimal, e.g. `07`.
func twoDigits(_ value: Int) -> String {
    value < 10 && value >= 0 ? "0" + String(value) : String(value)
}
