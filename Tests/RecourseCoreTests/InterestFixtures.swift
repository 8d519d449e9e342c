@testable import RecourseCore

/// The rate table of domain/statutory-interest.md (2022H1–2025H2), in basis points, for core tests
/// that must not depend on the bundled TOML file.
enum InterestFixtures {
    static let documented: RateTable = {
        let halves: [HalfYear] = (2022...2025).flatMap { [HalfYear.h1($0), HalfYear.h2($0)] }
        let ecb = [0, 0, 250, 400, 450, 425, 315, 215]
        let basiszins = [-88, -88, 162, 312, 362, 337, 227, 127]
        let boe = [25, 125, 350, 500, 525, 525, 475, 425]
        var table = RateTable()
        for (index, half) in halves.enumerated() {
            table.set(.ecbMainRefinancing, half, basisPoints: ecb[index])
            table.set(.germanBaseRate, half, basisPoints: basiszins[index])
            table.set(.bankOfEnglandReference, half, basisPoints: boe[index])
        }
        return table
    }()

    static let calculator = StatutoryInterest(rates: documented)

    static func day(_ text: String) throws -> LocalDate { try LocalDate.parse(text) }

    static func eur(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .eur) }

    static func gbp(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .gbp) }
}
