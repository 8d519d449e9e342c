import Foundation
import RecourseCore
import RecourseEscalation
import Testing

@Suite("Ladder policy files: the bundled policy and a user's overrides")
struct LadderPolicyFileTests {
    /// Day offsets from placement when every step is taken the day it falls due.
    static func schedule(_ ladder: Ladder) -> [Int] {
        let placed = LocalDate(year: 2026, month: 1, day: 5)
        var previous = placed
        var days: [Int] = []
        for index in ladder.steps.indices {
            guard let due = ladder.dueDate(ofStep: index, previousOn: previous, placedOn: placed) else { break }
            days.append(placed.days(until: due))
            previous = due
        }
        return days
    }

    static func country(_ code: String) throws -> Country { try Country(code: code) }

    @Test("the bundled policy parses and its default ladder is collections.md's: days 1 to 45, letters 1–4, review last")
    func bundledDefault() throws {
        let policy = try LadderPolicyFile.bundled()
        let ladder = policy.defaultLadder
        #expect(ladder.steps.map(\.kind) == [
            .call, .letter(.reminder), .call, .letter(.firm), .call, .letter(.final), .call, .letter(.beforeAction), .review,
        ])
        #expect(Self.schedule(ladder) == [1, 7, 11, 14, 18, 21, 26, 30, 45])
        #expect(policy.letterMinimumBalance == Money(minorUnits: 5_000, currency: .eur))
        #expect(ladder.steps.allSatisfy { $0.minimumBalance == nil })
    }

    @Test("China and Japan have a longer ladder with an extra call before the letter before action")
    func bundledAsia() throws {
        let policy = try LadderPolicyFile.bundled()
        let standard = policy.defaultLadder
        for code in ["CN", "JP"] {
            let ladder = policy.ladder(for: try Self.country(code))
            #expect(ladder != standard, "\(code)")
            let calls = ladder.steps.filter { $0.kind == .call }.count
            #expect(calls == standard.steps.filter { $0.kind == .call }.count + 1, "\(code)")
            let letters: [LadderStepKind] = ladder.steps.map(\.kind).filter { $0 != .call }
            let standardLetters: [LadderStepKind] = standard.steps.map(\.kind).filter { $0 != .call }
            #expect(letters == standardLetters, "\(code)")
            let beforeAction = try #require(ladder.steps.firstIndex { $0.kind == .letter(.beforeAction) })
            #expect(ladder.steps[beforeAction - 1].kind == .call && ladder.steps[beforeAction - 2].kind == .call, "\(code)")
            let days = Self.schedule(ladder)
            #expect(days == [2, 10, 16, 21, 27, 32, 40, 46, 52, 75], "\(code)")
            #expect(zip(days, Self.schedule(standard)).allSatisfy { $0 > $1 }, "\(code)")
        }
    }

    @Test("the Netherlands have a shorter ladder: reminder, ingebrekestelling, letter before action, review")
    func bundledNetherlands() throws {
        let policy = try LadderPolicyFile.bundled()
        let ladder = policy.ladder(for: try Self.country("NL"))
        #expect(ladder.steps.count < policy.defaultLadder.steps.count)
        let letters: [LadderStepKind] = ladder.steps.map(\.kind).filter { $0 != .call }
        #expect(letters == [.letter(.reminder), .letter(.final), .letter(.beforeAction), .review])
        #expect(ladder.steps.first { $0.kind == .letter(.final) }?.name == "ingebrekestelling")
        #expect(Self.schedule(ladder).last ?? 0 < Self.schedule(policy.defaultLadder).last ?? 0)
        #expect(policy.ladder(for: try Self.country("BE")) == policy.defaultLadder)
    }

    @Test("the bundled risk table: high-income OECD members 0, China 2; unlisted countries unclassified")
    func bundledRisk() throws {
        let policy = try LadderPolicyFile.bundled()
        #expect(policy.risk(for: try Self.country("DE"))?.category == 0)
        #expect(policy.risk(for: try Self.country("DE"))?.label == "low")
        #expect(policy.risk(for: try Self.country("CN"))?.category == 2)
        #expect(policy.risk(for: try Self.country("CN"))?.label == "moderate")
        #expect(policy.risk(for: try Self.country("VE")) == nil)
        #expect(policy.countryRisk.values.allSatisfy { (0...7).contains($0.category) })
    }

    @Test("the user file lives in XDG_CONFIG_HOME/recourse, else ~/.config/recourse")
    func defaultUserFile() {
        #expect(LadderPolicyFile.defaultUserFile(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"]).path
            == "/x/cfg/recourse/ladder.toml")
        #expect(LadderPolicyFile.defaultUserFile(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]).path
            == "/home/a/.config/recourse/ladder.toml")
        #expect(LadderPolicyFile.defaultUserFile(environment: ["HOME": "/home/a"]).path == "/home/a/.config/recourse/ladder.toml")
    }
}
