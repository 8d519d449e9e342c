import Foundation
import RecourseCore
import RecourseDemo
@testable import RecourseStore

/// Small demo repositories on temp files.
enum DemoFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 29)

    static func repository(in directory: TemporaryDirectory, name: String = "demo.sqlite", cases: Int, seed: UInt64 = 7) throws -> SQLiteRepository {
        let repository = try SQLiteRepository.open(path: directory.path(name), mode: .createIfNeeded(creator: "admin"))
        let portfolio = DemoPortfolio(seed: seed, caseCount: cases, today: today, adminLogin: "admin")
        try repository.writePortfolio(portfolio, kind: "demo", info: [:], at: Date(timeIntervalSince1970: 1_795_000_000))
        return repository
    }
}
