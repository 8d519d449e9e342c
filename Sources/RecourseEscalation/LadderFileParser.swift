import Foundation
import RecourseCore
import TOMLKit

/// What one ladder file says; a user's file may leave any part out.
struct LadderDocument {
    /// `letter_minimum_balance`, when given.
    var letterMinimumBalance: Money?
    /// The `[[ladder]]` steps, when given.
    var defaultLadder: Ladder?
    /// `[[countries.XX.ladder]]` steps by country code.
    var countryLadders: [String: Ladder] = [:]
    /// `[risk]` categories by country code.
    var countryRisk: [String: CountryRisk] = [:]
}

/// Reads ladder TOML. TOMLKit checks the syntax and gives the values; `TOMLLineIndex` gives the
/// lines. Every problem is collected, sorted by line, and thrown together: nothing is half-read.
struct LadderFileParser {
    /// The file name used in messages.
    let name: String
    let source: String
    let lines: TOMLLineIndex

    /// The problems found so far, with their lines.
    var problems: [(line: Int?, message: String)] = []

    /// A parser for `source`, naming `name` in messages.
    init(name: String, source: String) {
        self.name = name
        self.source = source
        self.lines = TOMLLineIndex(source: source)
    }

    /// The document, or every problem in it.
    mutating func parse() throws(LadderPolicyError) -> LadderDocument {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw LadderPolicyError(problems: ["\(name):\(error.source.begin.line): \(error.description)"])
        } catch {
            throw LadderPolicyError(problems: ["\(name): \(error)"])
        }
        var result = LadderDocument()
        for key in document.keys.sorted() {
            let line = lines.line(ofKeyOrTable: key, in: .root)
            switch key {
            case "letter_minimum_balance":
                result.letterMinimumBalance = amount(document[key], key: key, line: line)
            case "ladder":
                result.defaultLadder = ladder(document[key], path: "ladder", label: "ladder", line: line)
            case "countries":
                result.countryLadders = countries(document[key], line: line)
            case "risk":
                result.countryRisk = risk(document[key], line: line)
            default:
                problem(line, "unknown key '\(key)' (a ladder file has letter_minimum_balance, [[ladder]], [[countries.XX.ladder]] and [risk])")
            }
        }
        guard problems.isEmpty else {
            let sorted = problems.enumerated().sorted { lhs, rhs in
                let (left, right) = (lhs.element.line ?? 0, rhs.element.line ?? 0)
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            throw LadderPolicyError(problems: sorted.map { at($0.element.line) + ": " + $0.element.message })
        }
        return result
    }

    /// Records a problem at a line.
    mutating func problem(_ line: Int?, _ message: String) {
        problems.append((line, message))
    }

    /// `file:line`, or the file alone when the line is unknown.
    func at(_ line: Int?) -> String {
        line.map { "\(name):\($0)" } ?? name
    }

    /// An amount in EUR written as a string: `"EUR 50.00"` or `"50.00"`.
    mutating func amount(_ value: (any TOMLValueConvertible)?, key: String, line: Int?) -> Money? {
        guard let text = value?.string else {
            problem(line, "\(key) must be an amount in EUR written as a string, e.g. \"EUR 50.00\"")
            return nil
        }
        do {
            return try AmountParser.machine.parse(text, currency: .eur)
        } catch MoneyError.mixedCurrencies {
            problem(line, "\(key) = \"\(text)\": amounts in the ladder policy are in EUR, e.g. \"EUR 50.00\"")
        } catch {
            problem(line, "\(key) = \"\(text)\" is not an amount in EUR (\(error.description)); write e.g. \"EUR 50.00\"")
        }
        return nil
    }

    /// The country codes of `[countries.XX]` tables and their ladders.
    private mutating func countries(_ value: (any TOMLValueConvertible)?, line: Int?) -> [String: Ladder] {
        guard let table = value?.table else {
            problem(line, "countries must hold tables: [[countries.NL.ladder]] steps, one table per country")
            return [:]
        }
        var ladders: [String: Ladder] = [:]
        for code in table.keys.sorted() {
            let path = "countries.\(code)"
            let place = lines.header(.init(path: path, element: nil)) ?? lines.header(.init(path: path + ".ladder", element: 0))
                ?? lines.line(of: code, in: .init(path: "countries", element: nil)) ?? line
            guard Self.isCountryCode(code) else {
                problem(place, "unknown country code '\(code)' in [\(path)]; use an upper-case ISO 3166-1 alpha-2 code such as NL")
                continue
            }
            guard let entry = table[code]?.table else {
                problem(place, "[\(path)] must be a table holding [[\(path).ladder]] steps")
                continue
            }
            for key in entry.keys.sorted() where key != "ladder" {
                problem(lines.line(of: key, in: .init(path: path, element: nil)) ?? place,
                        "unknown key '\(key)' in [\(path)] (a country has only [[\(path).ladder]] steps)")
            }
            guard entry["ladder"] != nil else {
                problem(place, "[\(path)] has no steps; add [[\(path).ladder]] sections")
                continue
            }
            let ladderLine = lines.line(ofKeyOrTable: "ladder", in: .init(path: path, element: nil)) ?? place
            if let ladder = ladder(entry["ladder"], path: path + ".ladder", label: "\(code) ladder", line: ladderLine) {
                ladders[code] = ladder
            }
        }
        return ladders
    }

    /// The `[risk]` table: `CN = 2` lines, OECD categories 0–7.
    private mutating func risk(_ value: (any TOMLValueConvertible)?, line: Int?) -> [String: CountryRisk] {
        guard let table = value?.table else {
            problem(line, "risk must be a table: [risk] followed by lines such as CN = 2")
            return [:]
        }
        var risks: [String: CountryRisk] = [:]
        for code in table.keys.sorted() {
            let place = lines.line(of: code, in: .init(path: "risk", element: nil)) ?? line
            guard Self.isCountryCode(code) else {
                problem(place, "unknown country code '\(code)' in [risk]; use an upper-case ISO 3166-1 alpha-2 code such as CN")
                continue
            }
            guard let category = table[code]?.int, let risk = try? CountryRisk(category: category) else {
                problem(place, "risk.\(code) must be an OECD country risk category: a whole number from 0 to 7")
                continue
            }
            risks[code] = risk
        }
        return risks
    }

    /// True for an upper-case, assigned ISO 3166-1 alpha-2 code.
    static func isCountryCode(_ code: String) -> Bool {
        code == code.uppercased() && (try? Country(code: code)) != nil
    }
}
