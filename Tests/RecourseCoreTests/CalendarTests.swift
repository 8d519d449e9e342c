import Foundation
import Testing
@testable import RecourseCore

@Suite("Dates and instants")
struct CalendarTests {
    @Test("strict YYYY-MM-DD parsing", arguments: ["2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "", "2026-01-01T00:00"])
    func rejectsMalformedDates(_ text: String) {
        #expect(throws: ValidationError.self) { try LocalDate.parse(text) }
    }

    @Test("round trip and arithmetic")
    func arithmetic() throws {
        let date = try LocalDate.parse("2024-02-28")
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(try LocalDate.parse("2026-01-31").adding(months: 1).description == "2026-02-28")
        #expect(try LocalDate.parse("2023-01-01").days(until: LocalDate.parse("2023-06-30")) == 180)
        #expect(LocalDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(try LocalDate.parse("1969-12-31").daysSinceEpoch == -1)
    }

    @Test("weekdays and business days")
    func weekdays() throws {
        let friday = try LocalDate.parse("2026-11-27")
        #expect(friday.isoWeekday == 5)
        #expect(friday.addingBusinessDays(1).description == "2026-11-30")
        #expect(try LocalDate.parse("2026-11-29").isWeekend)
    }

    @Test("instants are stored in UTC and read back")
    func storedInstants() throws {
        let instant = Date(timeIntervalSince1970: 1_795_000_000)
        let text = Timestamp.utcString(instant)
        #expect(text == "2026-11-18T11:06:40Z")
        #expect(Timestamp.parseUTC(text) == instant)
        #expect(Timestamp.parseUTC("2026-11-18 08:26:40") == nil)
    }

    @Test("local wall-clock times convert through daylight saving")
    func zones() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let summer = Timestamp.instant(of: try LocalDate.parse("2026-07-01"), minuteOfDay: 10 * 60 + 30, in: berlin)
        #expect(Timestamp.utcString(summer) == "2026-07-01T08:30:00Z")
        let winter = Timestamp.instant(of: try LocalDate.parse("2026-12-01"), minuteOfDay: 10 * 60 + 30, in: berlin)
        #expect(Timestamp.utcString(winter) == "2026-12-01T09:30:00Z")
        #expect(Timestamp.clockTime(of: winter, in: berlin) == "10:30")
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        #expect(Timestamp.localDate(of: winter, in: tokyo).description == "2026-12-01")
    }

    @Test("a --today clock keeps the day and lets the time of day run")
    func fixedDayClock() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let wall = Date(timeIntervalSince1970: 1_795_000_000)  // 11:06:40 UTC
        let clock = FixedDayClock(day: try LocalDate.parse("2026-03-02"), timeZone: utc, wallClock: { wall })
        #expect(Timestamp.utcString(clock.now) == "2026-03-02T11:06:00Z")
        #expect(clock.today.description == "2026-03-02")
    }
}

@Suite("Countries and languages")
struct GeographyTests {
    @Test("ISO 3166 codes are checked")
    func countries() throws {
        #expect(try Country(code: "de").code == "DE")
        #expect(try Country(code: "CN").englishName == "China")
        #expect(throws: ValidationError.self) { try Country(code: "XX") }
        #expect(throws: ValidationError.self) { try Country(code: "DEU") }
    }

    @Test("BCP-47 tags are checked and normalised")
    func languages() throws {
        #expect(try LanguageTag("zh_hans_cn").identifier == "zh-Hans-CN")
        #expect(try LanguageTag("en-gb").identifier == "en-GB")
        #expect(try LanguageTag("de").language == "de")
        #expect(throws: ValidationError.self) { try LanguageTag("german") }
        #expect(throws: ValidationError.self) { try LanguageTag("e") }
    }
}
