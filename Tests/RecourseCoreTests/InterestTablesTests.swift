import Foundation
import Testing
@testable import RecourseCore

@Suite("Statutory interest: half-years and rate tables")
struct InterestTablesTests {
    @Test("a half-year from a day, its first and last days, the next one, its text")
    func halfYears() throws {
        let june = HalfYear(containing: try LocalDate.parse("2024-06-30"))
        #expect(june == .h1(2024))
        #expect(HalfYear(containing: try LocalDate.parse("2024-07-01")) == .h2(2024))
        #expect(june.firstDay == (try LocalDate.parse("2024-01-01")))
        #expect(june.lastDay == (try LocalDate.parse("2024-06-30")))
        #expect(HalfYear.h2(2024).lastDay == (try LocalDate.parse("2024-12-31")))
        #expect(june.next == .h2(2024))
        #expect(HalfYear.h2(2024).next == .h1(2025))
        #expect(june.description == "2024H1")
        #expect(HalfYear.h1(2024) < HalfYear.h2(2024))
        #expect(HalfYear.h2(2023) < HalfYear.h1(2024))
    }

    @Test("parsing accepts 2023H1 and 2023h2, refuses anything else with a message")
    func parsing() throws {
        #expect(try HalfYear.parse("2023H1") == .h1(2023))
        #expect(try HalfYear.parse("2023h2") == .h2(2023))
        for bad in ["2023H3", "2023H0", "23H1", "2023-H1", "2023H1 ", "", "２０２３H1"] {
            #expect(throws: ValidationError.self) { try HalfYear.parse(bad) }
        }
        #expect(throws: ValidationError.self) { try HalfYear(year: 2023, half: 3) }
        do {
            _ = try HalfYear.parse("2023H3")
            Issue.record("2023H3 parsed")
        } catch {
            #expect(error.description.contains("'2023H3' is not a half-year"))
        }
    }

    @Test("half-years encode as their text")
    func coding() throws {
        let data = try JSONEncoder().encode([HalfYear.h2(2025)])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2025H2\"]")
        #expect(try JSONDecoder().decode([HalfYear].self, from: data) == [.h2(2025)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([HalfYear].self, from: Data("[\"2025H5\"]".utf8)) }
    }

    @Test("merging: overrides win, other rates stay")
    func merging() {
        var base = RateTable()
        base.set(.ecbMainRefinancing, .h1(2025), basisPoints: 315)
        base.set(.germanBaseRate, .h1(2025), basisPoints: 227)
        var overrides = RateTable()
        overrides.set(.ecbMainRefinancing, .h1(2025), basisPoints: 300)
        overrides.set(.ecbMainRefinancing, .h1(2026), basisPoints: -10)
        let merged = base.merging(overrides)
        #expect(merged.rate(.ecbMainRefinancing, .h1(2025)) == 300)
        #expect(merged.rate(.ecbMainRefinancing, .h1(2026)) == -10)
        #expect(merged.rate(.germanBaseRate, .h1(2025)) == 227)
        #expect(merged.rate(.bankOfEnglandReference, .h1(2025)) == nil)
        #expect(merged.halfYears(.ecbMainRefinancing) == [.h1(2025), .h1(2026)])
        #expect(RateTable.empty.rate(.ecbMainRefinancing, .h1(2025)) == nil)
    }

    @Test("statutory rate = reference + margin: EU/NL/IT/GB +8, DE +9, FR +10")
    func margins() throws {
        let calculator = InterestFixtures.calculator
        let half = HalfYear.h2(2023)
        #expect(try calculator.statutoryRate(.euDefault, half) == 1_200)
        #expect(try calculator.statutoryRate(.netherlands, half) == 1_200)
        #expect(try calculator.statutoryRate(.italy, half) == 1_200)
        #expect(try calculator.statutoryRate(.france, half) == 1_400)
        #expect(try calculator.statutoryRate(.germany, half) == 1_212)
        #expect(try calculator.statutoryRate(.unitedKingdom, half) == 1_300)
        // A negative Basiszinssatz (2022H1: -0.88) still gives 8.12%.
        #expect(try calculator.statutoryRate(.germany, .h1(2022)) == 812)
    }
}
