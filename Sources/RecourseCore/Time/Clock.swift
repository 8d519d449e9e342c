import Foundation

/// Where "now" comes from. Nothing in the core calls `Date()` itself.
public protocol Clock: Sendable {
    /// The current instant.
    var now: Date { get }
    /// The user's time zone, which decides what "today" is.
    var timeZone: TimeZone { get }
}

extension Clock {
    /// Today's date in the user's time zone.
    public var today: LocalDate { Timestamp.localDate(of: now, in: timeZone) }
}

/// The real clock of the machine.
public struct SystemClock: Clock {
    /// The user's time zone.
    public let timeZone: TimeZone

    /// The system clock in the given zone (the process's zone by default).
    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
    }

    /// The current instant.
    public var now: Date { Date() }
}

/// A clock pinned to a day (`--today`): the date is fixed, the time of day runs on.
///
/// Evaluating "as of" a date keeps callbacks meaningful: a callback at 10:30 on that day is due
/// once the wall clock passes 10:30.
public struct FixedDayClock: Clock {
    /// The day that counts as today.
    public let day: LocalDate
    /// The user's time zone.
    public let timeZone: TimeZone
    private let wallClock: @Sendable () -> Date

    /// A clock whose date is `day` and whose time of day follows `wallClock`.
    public init(day: LocalDate, timeZone: TimeZone = .current, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.day = day
        self.timeZone = timeZone
        self.wallClock = wallClock
    }

    /// `day` at the wall clock's current time of day.
    public var now: Date {
        let minute = Timestamp.minuteOfDay(of: wallClock(), in: timeZone)
        return Timestamp.instant(of: day, minuteOfDay: minute, in: timeZone)
    }
}

/// A clock that never moves: for tests and reproducible runs.
public struct FrozenClock: Clock {
    /// The instant the clock shows.
    public let now: Date
    /// The user's time zone.
    public let timeZone: TimeZone

    /// A clock stopped at `now`.
    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }
}
