import Foundation
import GRDB
import RecourseCore
import Testing
@testable import RecourseStore

@Suite("Portfolio reads and integrity")
struct PortfolioStoreTests {
    @Test("the queue reads every open case with balances; the detail reads a case whole")
    func queueAndDetail() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 120)
        let summary = try repository.portfolioSummary()
        let candidates = try repository.queueCandidates(assignee: nil, asOf: DemoFixture.today)
        #expect(candidates.count == summary.openCases)
        #expect(summary.isDemo)
        #expect(candidates.allSatisfy { !$0.outstanding.isEmpty || $0.stage == .closed || true })
        let mine = try repository.queueCandidates(assignee: "anna.schmidt", asOf: DemoFixture.today)
        #expect(!mine.isEmpty && mine.allSatisfy { $0.assignee == "anna.schmidt" })

        let detail = try #require(try repository.caseDetail(reference: "RC-000001", asOf: DemoFixture.today))
        #expect(detail.debtor.name == "Müller Präzisionstechnik GmbH")
        #expect(!detail.claims.isEmpty)
        #expect(!detail.debtor.contacts.isEmpty)
        #expect(detail.activities.map(\.id) == detail.activities.map(\.id).sorted(by: >))
        #expect(try repository.caseDetail(reference: "RC-999999", asOf: DemoFixture.today) == nil)
    }

    @Test("a case's queue row and its detail agree on balance and promise")
    func readModelsAgree() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 150)
        let candidates = try repository.queueCandidates(assignee: nil, asOf: DemoFixture.today)
        for candidate in candidates.prefix(60) {
            let detail = try #require(try repository.caseDetail(reference: candidate.reference, asOf: DemoFixture.today))
            #expect(detail.balance.outstanding.nonZero == candidate.outstanding, "\(candidate.reference)")
            #expect(detail.balance.oldestOpenDue == candidate.oldestOpenDue, "\(candidate.reference)")
            #expect(detail.activePromise?.paid == candidate.promise?.paid, "\(candidate.reference)")
        }
    }

    @Test("the integrity check passes on a written portfolio and finds tampering")
    func integrity() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 80)
        #expect(try repository.checkIntegrity().passed)
        try repository.pool.write { db in
            try db.execute(sql: "UPDATE claim SET outstanding_minor = outstanding_minor - 1 WHERE id = (SELECT min(id) FROM claim WHERE outstanding_minor > 0)")
        }
        let report = try repository.checkIntegrity()
        #expect(!report.passed)
        let failed = report.checks.filter { !$0.passed }.map(\.name)
        #expect(failed.contains("claims: outstanding = amount - payments allocated"))
        #expect(failed.contains("case balances = sum of claims"))
    }

    @Test("the same seed writes the same repository")
    func deterministic() throws {
        let directory = try TemporaryDirectory()
        let first = try DemoFixture.repository(in: directory, name: "a.sqlite", cases: 60)
        let second = try DemoFixture.repository(in: directory, name: "b.sqlite", cases: 60)
        let third = try DemoFixture.repository(in: directory, name: "c.sqlite", cases: 60, seed: 8)
        let tables = ["debtor", "contact", "collection_case", "claim", "case_balance", "activity", "promise", "payment", "payment_allocation"]
        func dump(_ repository: SQLiteRepository) throws -> [String] {
            try repository.pool.read { db in
                try tables.flatMap { table in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" } }
            }
        }
        #expect(try dump(first) == dump(second))
        #expect(try dump(first) != dump(third))
    }

    @Test("two connections writing the same file at once both succeed")
    func concurrentWriters() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("shared.sqlite")
        try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "admin")).close()
        let first = try SQLiteRepository.open(path: path, mode: .existing)
        let second = try SQLiteRepository.open(path: path, mode: .existing)
        let admin = try #require(try first.user(login: "admin"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, repository) in [("a", first), ("b", second)] {
                group.addTask {
                    for index in 0..<50 {
                        _ = try repository.insertUser(
                            login: "\(name)\(index)", displayName: "User \(name)\(index)", role: .caseworker, actor: admin, at: Date())
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.allUsers().count == 101)
        #expect(try second.allUsers().count == 101)
    }
}
