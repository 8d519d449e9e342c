import Foundation

/// Conversions between instants (`Date`) and the text and local forms Recourse stores and shows.
public enum Timestamp {
    /// `2026-11-29T07:05:00Z`: the instant in UTC, to the second — the stored form.
    public static func utcString(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = LocalDate(daysSinceEpoch: floorDivide(seconds, 86_400))
        let second = seconds - day.daysSinceEpoch * 86_400
        return "\(day)T\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60))Z"
    }

    /// Parses the stored form `YYYY-MM-DDTHH:MM:SSZ`; nil when malformed.
    public static func parseUTC(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(parseUTC(bytes:))
    }

    /// Parses the stored form from UTF-8 bytes; nil when malformed.
    public static func parseUTC(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
              bytes[19] == 90,
              let year = LocalDate.digits(bytes, 0, 4), let month = LocalDate.digits(bytes, 5, 2),
              let dayOfMonth = LocalDate.digits(bytes, 8, 2),
              let day = LocalDate.validated(year: year, month: month, day: dayOfMonth),
              let hour = LocalDate.digits(bytes, 11, 2), let minute = LocalDate.digits(bytes, 14, 2),
              let second = LocalDate.digits(bytes, 17, 2), hour < 24, minute < 60, second < 60 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// The calendar date of an instant in a time zone.
    public static func localDate(of date: Date, in zone: TimeZone) -> LocalDate {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        return LocalDate(daysSinceEpoch: floorDivide(seconds, 86_400))
    }

    /// Minutes since local midnight of an instant in a time zone (0–1439).
    public static func minuteOfDay(of date: Date, in zone: TimeZone) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        return (seconds - floorDivide(seconds, 86_400) * 86_400) / 60
    }

    /// `HH:MM` of an instant in a time zone.
    public static func clockTime(of date: Date, in zone: TimeZone) -> String {
        let minutes = minuteOfDay(of: date, in: zone)
        return "\(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))"
    }

    /// `YYYY-MM-DD HH:MM` of an instant in a time zone.
    public static func localString(of date: Date, in zone: TimeZone) -> String {
        "\(localDate(of: date, in: zone)) \(clockTime(of: date, in: zone))"
    }

    /// The instant of a local wall-clock time in a zone (the earlier one across a DST change).
    public static func instant(of day: LocalDate, minuteOfDay: Int, in zone: TimeZone) -> Date {
        let naive = TimeInterval(day.daysSinceEpoch * 86_400 + minuteOfDay * 60)
        let guess = Date(timeIntervalSince1970: naive - TimeInterval(zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive))))
        let corrected = Date(timeIntervalSince1970: naive - TimeInterval(zone.secondsFromGMT(for: guess)))
        return corrected
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
