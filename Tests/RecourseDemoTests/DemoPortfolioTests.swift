import Foundation
import RecourseCore
import Testing
@testable import RecourseDemo

@Suite("The demo portfolio")
struct DemoPortfolioTests {
    let today = LocalDate(year: 2026, month: 11, day: 29)

    func portfolio(seed: UInt64 = 1, cases: Int = 500) -> DemoPortfolio {
        DemoPortfolio(seed: seed, caseCount: cases, today: today, adminLogin: "root")
    }

    @Test("every country profile has valid codes, currencies, languages and time zones")
    func profiles() throws {
        for profile in CountryProfile.all {
            _ = try Country(code: profile.code)
            _ = try Currency(code: profile.currency)
            _ = try LanguageTag(profile.language)
            for city in profile.cities {
                #expect(TimeZone(identifier: city.timeZone) != nil, "\(profile.code) \(city.name)")
                if let language = city.language { _ = try LanguageTag(language) }
            }
        }
        let codes = Set(CountryProfile.all.map(\.code))
        #expect(codes.isSuperset(of: ["GB", "DE", "FR", "NL", "IT", "ES", "PL", "CN", "JP", "US"]))
    }

    @Test("the same seed gives the same cases; another seed other cases")
    func determinism() {
        let first = portfolio(), second = portfolio(), other = portfolio(seed: 2)
        for index in [0, 1, 17, 250, 499] {
            #expect(first.makeCase(index: index) == second.makeCase(index: index))
        }
        #expect((0..<20).contains { first.makeCase(index: $0) != other.makeCase(index: $0) })
    }

    @Test("the book looks like an agency's: every stage, CJK and accented names, all promise outcomes")
    func realism() throws {
        let cases = (0..<500).map { portfolio().makeCase(index: $0) }
        #expect(Set(cases.map(\.stage)) == Set(Stage.allCases))
        let names = cases.map(\.debtor.debtor.name)
        #expect(names.contains("Müller Präzisionstechnik GmbH"))
        #expect(names.contains("上海精密机械有限公司"))
        #expect(names.contains { $0.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x30FF || $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(Set(cases.map(\.debtor.debtor.country.code)).count >= 12)
        for newCase in cases {
            #expect(!newCase.claims.isEmpty && newCase.claims.count <= 6)
            for claim in newCase.claims {
                #expect(claim.amount.isPositive && claim.dueOn < today && claim.issuedOn <= claim.dueOn, "\(newCase.reference)")
            }
            #expect(newCase.placedOn <= today)
            #expect(newCase.history.map(\.at) == newCase.history.map(\.at).sorted(), "\(newCase.reference) history out of order")
            #expect((newCase.stage == .closed) == (newCase.closeReason != nil))
        }
        let promises = cases.flatMap { $0.history.compactMap { event -> LocalDate? in
            if case .promise(_, _, let due, _) = event.kind { return due } else { return nil } } }
        #expect(promises.contains { $0 > today }, "pending promises")
        #expect(cases.contains { $0.callbackAt != nil }, "callbacks")
        #expect(cases.contains { $0.disputed }, "disputes")
        #expect(cases.contains { $0.nextAction.map { $0.on <= today } ?? false }, "due actions")
        #expect(Set(cases.compactMap(\.closeReason)).count >= 4)
    }

    @Test("users: the OS login as admin, a second supervisor, named caseworkers")
    func users() {
        let users = portfolio().users
        #expect(users.first?.login == "root" && users.first?.role == .admin)
        #expect(users.filter { $0.role == .supervisor }.count == 1)
        #expect(users.filter { $0.role == .caseworker }.count == 5)
        let clash = DemoPortfolio(seed: 1, caseCount: 1, today: today, adminLogin: "anna.schmidt").users
        #expect(clash.filter { $0.login == "anna.schmidt" }.map(\.role) == [.admin])
    }
}
