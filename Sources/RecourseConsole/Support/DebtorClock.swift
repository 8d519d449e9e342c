import Foundation
import RecourseCore

/// The debtor's local time, and whether it is business hours there (weekdays 08:00–18:00).
final class DebtorClock {
    private var zones: [String: TimeZone] = [:]

    /// `HH:MM` in the zone and whether a call now would land in business hours; nil for an unknown zone.
    func localTime(_ identifier: String, now: Date) -> (text: String, businessHours: Bool)? {
        guard let zone = zone(identifier) else { return nil }
        let minute = Timestamp.minuteOfDay(of: now, in: zone)
        let weekday = Timestamp.localDate(of: now, in: zone).isoWeekday
        let open = weekday <= 5 && minute >= 8 * 60 && minute < 18 * 60
        return (Timestamp.clockTime(of: now, in: zone), open)
    }

    /// The zone for an identifier, looked up once.
    func zone(_ identifier: String) -> TimeZone? {
        if let known = zones[identifier] { return known }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        zones[identifier] = zone
        return zone
    }
}
