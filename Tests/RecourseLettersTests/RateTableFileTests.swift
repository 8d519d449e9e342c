import Foundation
import RecourseCore
import Testing
@testable import RecourseLetters

@Suite("Rate table files")
struct RateTableFileTests {
    /// A scratch directory holding one `rates.toml`.
    struct Scratch {
        let directory: URL
        var file: URL { directory.appendingPathComponent("rates.toml") }

        init(_ text: String?) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-rates-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if let text { try Data(text.utf8).write(to: file) }
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// The problems reading `text` as a user's rates.toml.
    func problems(_ text: String) throws -> [String] {
        let scratch = try Scratch(text)
        defer { scratch.remove() }
        do {
            _ = try RateTableFile.load(userFile: scratch.file)
        } catch {
            return error.problems.map { $0.replacingOccurrences(of: scratch.directory.path + "/", with: "") }
        }
        return []
    }

    @Test("the bundled table parses and has every half-year 2022H1–2025H2 of the three series, as documented")
    func bundled() throws {
        let table = try RateTableFile.bundled()
        let halves: [HalfYear] = (2022...2025).flatMap { [HalfYear.h1($0), HalfYear.h2($0)] } + [.h1(2026)]
        for series in RateSeries.allCases {
            #expect(table.halfYears(series) == halves, "\(series)")
        }
        // domain/statutory-interest.md, rate table; 2026H1 from the Bundesbank's notice of 1 January 2026
        // (MRO 2.15 unchanged, Basiszinssatz 1.27) and the BoE's cut to 3.75 on 18 December 2025.
        #expect(halves.map { table.rate(.ecbMainRefinancing, $0) } == [0, 0, 250, 400, 450, 425, 315, 215, 215])
        #expect(halves.map { table.rate(.germanBaseRate, $0) } == [-88, -88, 162, 312, 362, 337, 227, 127, 127])
        #expect(halves.map { table.rate(.bankOfEnglandReference, $0) } == [25, 125, 350, 500, 525, 525, 475, 425, 375])
        #expect(table.rate(.germanBaseRate, .h2(2026)) == nil)
    }

    @Test("a user file adds 2026H2 and corrects a bundled value; the rest stays")
    func userFileMerges() throws {
        let scratch = try Scratch("""
            # my rates
            [de-basiszins]
            2026H2 = 1.5

            [ecb-mro]
            "2025H2" = 2.2  # corrected
            """)
        defer { scratch.remove() }
        let table = try RateTableFile.load(userFile: scratch.file)
        #expect(table.rate(.germanBaseRate, .h2(2026)) == 150)
        #expect(table.rate(.ecbMainRefinancing, .h2(2025)) == 220)
        #expect(table.rate(.ecbMainRefinancing, .h1(2025)) == 315)
        #expect(table.rate(.bankOfEnglandReference, .h2(2025)) == 425)
    }

    @Test("no user file, or none named: the bundled table alone")
    func missingUserFile() throws {
        let scratch = try Scratch(nil)
        defer { scratch.remove() }
        #expect(try RateTableFile.load(userFile: scratch.file) == (try RateTableFile.bundled()))
        #expect(try RateTableFile.load(userFile: nil) == (try RateTableFile.bundled()))
    }

    @Test("a bad half-year key is named with file and line")
    func badHalfYear() throws {
        let found = try problems("[ecb-mro]\n2026H1 = 2.00\n2026H3 = 2.00\n")
        #expect(found == ["rates.toml:3: [ecb-mro] '2026H3' is not a half-year; write e.g. 2025H1 or 2025H2"])
    }

    @Test("three decimals are refused with file and line")
    func threeDecimals() throws {
        let found = try problems("[uk-boe-reference]\n\n2026H1 = 3.875\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("rates.toml:3: [uk-boe-reference] 2026H1 = 3.875: more than two decimals") == true)
    }

    @Test("an unknown series is named with file and line")
    func unknownSeries() throws {
        let found = try problems("# rates\n[ecb-mro]\n2026H1 = 2.00\n[fed-funds]\n2026H1 = 4.00\n")
        #expect(found == ["rates.toml:4: unknown rate series 'fed-funds' (known: ecb-mro, de-basiszins, uk-boe-reference)"])
    }

    @Test("a TOML syntax error is reported with file and line")
    func syntaxError() throws {
        let found = try problems("[de-basiszins]\n2026H1 = 1.27\n2026H2 = \n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("rates.toml:3: ") == true)
    }

    @Test("a value that is not a number, or a rate out of range, is refused")
    func notANumber() throws {
        #expect(try problems("[ecb-mro]\n2026H1 = \"2.00\"\n").first?.hasPrefix("rates.toml:2: [ecb-mro] 2026H1 must be a percentage") == true)
        #expect(try problems("[ecb-mro]\n2026H1 = 2e0\n").first?.hasPrefix("rates.toml:2: [ecb-mro] 2026H1 = 2e0: not a percentage") == true)
        #expect(try problems("[ecb-mro]\n2026H1 = 150.00\n").first?.hasPrefix("rates.toml:2: [ecb-mro] 2026H1 = 150.00: out of range") == true)
        #expect(try problems("ecb = 2\n").first == "rates.toml:1: unknown rate series 'ecb' (known: ecb-mro, de-basiszins, uk-boe-reference)")
    }

    @Test("percentages are read exactly, without floating point")
    func exactDecimals() {
        let cases: [(String, Int)] = [("2.5", 250), ("2.50", 250), ("-0.88", -88), ("0", 0), ("+1.27", 127), ("4.35", 435), ("0.07", 7)]
        for (text, rate) in cases {
            guard case .success(let parsed) = RateFileParser.basisPoints(text) else {
                Issue.record("\(text) refused")
                continue
            }
            #expect(parsed == rate, "\(text)")
        }
    }

    @Test("the default user file sits beside config.toml")
    func defaultLocation() {
        #expect(RateTableFile.defaultUserFile(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]).path == "/x/cfg/recourse/rates.toml")
        #expect(RateTableFile.defaultUserFile(environment: ["HOME": "/home/u"]).path == "/home/u/.config/recourse/rates.toml")
        #expect(RateTableFile.defaultUserFile(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]).path == "/home/u/.config/recourse/rates.toml")
    }
}
