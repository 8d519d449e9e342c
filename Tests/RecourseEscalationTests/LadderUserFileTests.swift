import Foundation
import RecourseCore
import RecourseEscalation
import Testing

@Suite("Ladder policy files: user overrides and broken files")
struct LadderUserFileTests {
    /// A scratch directory holding one `ladder.toml`.
    struct Scratch {
        let directory: URL
        var file: URL { directory.appendingPathComponent("ladder.toml") }

        init(_ text: String?) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-ladder-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if let text { try Data(text.utf8).write(to: file) }
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// The policy from the bundled one and `text` as the user's file.
    func load(_ text: String) throws -> LadderPolicy {
        let scratch = try Scratch(text)
        defer { scratch.remove() }
        return try LadderPolicyFile.load(userFile: scratch.file)
    }

    /// The problems reading `text` as the user's file, with the directory left out of the names.
    func problems(_ text: String) throws -> [String] {
        let scratch = try Scratch(text)
        defer { scratch.remove() }
        do {
            _ = try LadderPolicyFile.load(userFile: scratch.file)
        } catch {
            return error.problems.map { $0.replacingOccurrences(of: scratch.directory.path + "/", with: "") }
        }
        return []
    }

    static let goodStep = """
        [[countries.DE.ladder]]
        name = "first call"
        kind = "call"
        days = 1
        from = "placement"
        """

    @Test("a missing or unnamed user file leaves the bundled policy")
    func missing() throws {
        let scratch = try Scratch(nil)
        defer { scratch.remove() }
        let bundled = try LadderPolicyFile.bundled()
        #expect(try LadderPolicyFile.load(userFile: scratch.file) == bundled)
        #expect(try LadderPolicyFile.load(userFile: nil) == bundled)
    }

    @Test("a user file replaces a country's ladder and the minimum; other countries, the default and risk stay or merge")
    func overrides() throws {
        let bundled = try LadderPolicyFile.bundled()
        let policy = try load("""
            letter_minimum_balance = "EUR 75.00"

            [[countries.NL.ladder]]
            name = "reminder"
            kind = "letter"
            level = "reminder"
            days = 3
            from = "placement"
            minimum_balance = "EUR 100.00"   # a step of its own

            [[countries.NL.ladder]]
            name = "review"
            kind = "review"
            days = 10
            from = "previous"

            [risk]
            CN = 3
            BR = 4
            """)
        #expect(policy.letterMinimumBalance == Money(minorUnits: 7_500, currency: .eur))
        let dutch = policy.ladder(for: try Country(code: "NL"))
        #expect(dutch.steps == [
            LadderStep(name: "reminder", kind: .letter(.reminder), days: 3, from: .placement,
                       minimumBalance: Money(minorUnits: 10_000, currency: .eur)),
            LadderStep(name: "review", kind: .review, days: 10, from: .previousStep),
        ])
        #expect(policy.ladder(for: try Country(code: "CN")) == bundled.ladder(for: try Country(code: "CN")))
        #expect(policy.defaultLadder == bundled.defaultLadder)
        #expect(policy.risk(for: try Country(code: "CN"))?.category == 3)
        #expect(policy.risk(for: try Country(code: "BR"))?.category == 4)
        #expect(policy.risk(for: try Country(code: "DE"))?.category == 0)
    }

    @Test("a user [[ladder]] replaces the default ladder, and a new country gets its own")
    func replacesDefault() throws {
        let policy = try load("""
            [[ladder]]
            name = "call"
            kind = "call"
            days = 0
            from = "placement"

            \(Self.goodStep)
            """)
        #expect(policy.defaultLadder.steps.map(\.name) == ["call"])
        #expect(policy.ladder(for: try Country(code: "DE")).steps.map(\.days) == [1])
        #expect(policy.letterMinimumBalance == Money(minorUnits: 5_000, currency: .eur))
    }

    @Test("an unknown kind and an unknown level name the file and line")
    func unknownKind() throws {
        #expect(try problems("""
            [[ladder]]
            name = "fax"
            kind = "fax"
            days = 1
            from = "placement"

            [[ladder]]
            name = "nice letter"
            kind = "letter"
            level = "gentle"
            days = 3
            from = "previous"
            """) == [
                "ladder.toml:3: ladder step 1 'fax': unknown kind 'fax'; use call, letter or review",
                "ladder.toml:10: ladder step 2 'nice letter': 'gentle' is not a letter level; use reminder, firm, final or before-action",
            ])
    }

    @Test("a review that is not last, a non-ladder letter, and days 0 after the previous step name their lines")
    func ladderRules() throws {
        #expect(try problems("""
            [[countries.FR.ladder]]
            name = "review"
            kind = "review"
            days = 5
            from = "placement"

            [[countries.FR.ladder]]
            name = "promise"
            kind = "letter"
            level = "promise-confirmation"
            days = 0
            from = "previous"
            """) == [
                "ladder.toml:3: FR ladder step 1 'review': the review must be the last step",
                "ladder.toml:10: FR ladder step 2 'promise': 'promise-confirmation' is not a ladder letter; use reminder, firm, final or before-action",
                "ladder.toml:11: FR ladder step 2 'promise': days must be at least 1 after the previous step (it is 0)",
            ])
    }

    @Test("a bad amount, a missing days and an unknown key name their lines; nothing is half-applied")
    func badAmount() throws {
        #expect(try problems("""
            letter_minimum_balance = "EUR 50,00"
            colour = "blue"

            \(Self.goodStep)
            minimum_balance = "GBP 10.00"

            [[countries.DE.ladder]]
            name = "letter"
            kind = "letter"
            level = "firm"
            from = "previous"
            """) == [
                "ladder.toml:1: letter_minimum_balance = \"EUR 50,00\" is not an amount in EUR ('EUR 50,00' is not an amount: unexpected ','); write e.g. \"EUR 50.00\"",
                "ladder.toml:2: unknown key 'colour' (a ladder file has letter_minimum_balance, [[ladder]], [[countries.XX.ladder]] and [risk])",
                "ladder.toml:9: DE ladder step 1 'first call': minimum_balance = \"GBP 10.00\": amounts in the ladder policy are in EUR, e.g. \"EUR 50.00\"",
                "ladder.toml:11: DE ladder step 2 'letter': days is missing",
            ])
    }

    @Test("unknown country codes and risk categories out of range name their lines")
    func countries() throws {
        #expect(try problems("""
            [[countries.XX.ladder]]
            name = "call"
            kind = "call"
            days = 1
            from = "placement"

            [risk]
            de = 0
            CN = 9
            """) == [
                "ladder.toml:1: unknown country code 'XX' in [countries.XX]; use an upper-case ISO 3166-1 alpha-2 code such as NL",
                "ladder.toml:8: unknown country code 'de' in [risk]; use an upper-case ISO 3166-1 alpha-2 code such as CN",
                "ladder.toml:9: risk.CN must be an OECD country risk category: a whole number from 0 to 7",
            ])
    }

    @Test("a TOML syntax error names its line")
    func syntax() throws {
        #expect(try problems("""
            letter_minimum_balance = "EUR 50.00"

            [[ladder]]
            name = "call
            """).first?.hasPrefix("ladder.toml:4: ") == true)
    }

    @Test("a ladder written as something other than step tables, and an empty country, are refused")
    func shapes() throws {
        #expect(try problems("ladder = 3\n") == ["ladder.toml:1: ladder must be steps written as [[ladder]] sections, one per step"])
        #expect(try problems("ladder = []\n") == ["ladder.toml:1: ladder: the ladder has no steps"])
        #expect(try problems("[countries.NL]\n") == ["ladder.toml:1: [countries.NL] has no steps; add [[countries.NL.ladder]] sections"])
    }

    @Test("an unreadable file is an error naming it")
    func unreadable() throws {
        let scratch = try Scratch(nil)
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.file, withIntermediateDirectories: true)
        #expect(throws: LadderPolicyError.self) { try LadderPolicyFile.load(userFile: scratch.file) }
        try FileManager.default.removeItem(at: scratch.file)
        try Data([0xFF, 0xFE, 0x00]).write(to: scratch.file)
        #expect(throws: LadderPolicyError(problems: ["\(scratch.file.path): not UTF-8 text"])) {
            try LadderPolicyFile.load(userFile: scratch.file)
        }
    }
}
