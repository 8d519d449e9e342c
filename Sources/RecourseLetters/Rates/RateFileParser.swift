import Foundation
import RecourseCore
import TOMLKit

/// What is wrong with a rate file: one `file:line: message` per problem. A file with any problem
/// is not used at all.
public struct RateFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The problems, each naming the file and, where known, the line.
    public let problems: [String]

    /// An error listing problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// The problems, one per line.
    public var description: String { problems.joined(separator: "\n") }
}

/// Reads the rate TOML: `[series]` tables of `2023H1 = 2.50` lines. TOMLKit checks the syntax;
/// a line scan finds each key's line and its value as written, so a percentage is read exactly
/// from its decimal text and never through a floating-point number.
struct RateFileParser {
    /// The file name used in messages.
    let name: String
    let source: String

    /// A key as written: its line (1-based) and the value text after `=`, comments removed.
    private struct Written {
        let line: Int
        let value: String
    }

    func parse() throws(RateFileError) -> RateTable {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw RateFileError(problems: ["\(name):\(error.source.begin.line): \(error.description)"])
        } catch {
            throw RateFileError(problems: ["\(name): \(error)"])
        }
        let (headers, entries) = scan()
        var table = RateTable()
        var problems: [String] = []
        let known = RateSeries.allCases.map(\.rawValue).joined(separator: ", ")
        for key in document.keys.sorted() {
            let place = at(headers[key] ?? entries[""]?[key]?.line)
            guard let series = RateSeries(rawValue: key) else {
                problems.append("\(place): unknown rate series '\(key)' (known: \(known))")
                continue
            }
            guard let rates = document[key]?.table else {
                problems.append("\(place): '\(key)' must be a table: [\(key)] followed by lines such as 2025H1 = 2.50")
                continue
            }
            var seen: [HalfYear: String] = [:]
            for halfKey in rates.keys.sorted() {
                let written = entries[key]?[halfKey]
                let place = at(written?.line ?? headers[key])
                let half: HalfYear
                do {
                    half = try HalfYear.parse(halfKey)
                } catch {
                    problems.append("\(place): [\(key)] '\(halfKey)' is not a half-year; write e.g. 2025H1 or 2025H2")
                    continue
                }
                if let earlier = seen[half] {
                    problems.append("\(place): [\(key)] '\(halfKey)' repeats \(earlier)")
                    continue
                }
                seen[half] = halfKey
                guard let written, rates[halfKey]?.int != nil || rates[halfKey]?.double != nil else {
                    problems.append("\(place): [\(key)] \(halfKey) must be a percentage on its own line, e.g. \(halfKey) = 2.50")
                    continue
                }
                switch Self.basisPoints(written.value) {
                case .success(let rate):
                    table.set(series, half, basisPoints: rate)
                case .failure(let problem):
                    problems.append("\(place): [\(key)] \(halfKey) = \(written.value): \(problem.message)")
                }
            }
        }
        if !problems.isEmpty { throw RateFileError(problems: problems) }
        return table
    }

    private func at(_ line: Int?) -> String {
        line.map { "\(name):\($0)" } ?? name
    }

    /// Why a value is not a rate.
    struct ValueProblem: Error {
        let message: String
    }

    /// A percentage with at most two decimals in basis points: `2.5` → 250, `-0.88` → -88.
    static func basisPoints(_ text: String) -> Result<Int, ValueProblem> {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return .failure(ValueProblem(message: "not a percentage; write it like 2.50 or -0.88"))
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2 else {
            return .failure(ValueProblem(message: "more than two decimals; rates are percent with at most two decimals, e.g. 2.15"))
        }
        guard parts[0].count <= 3, let whole = Int(parts[0]), let hundredths = Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)),
              whole * 100 + hundredths <= 10_000 else {
            return .failure(ValueProblem(message: "out of range; a rate is a percentage between -100 and 100"))
        }
        let rate = whole * 100 + hundredths
        return .success(negative ? -rate : rate)
    }

    /// Each `[section]` header's line, and each `key = value` line per section ("" before any header).
    private func scan() -> (headers: [String: Int], entries: [String: [String: Written]]) {
        var headers: [String: Int] = [:]
        var entries: [String: [String: Written]] = [:]
        var section = ""
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.withoutComment(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = Self.unquoted(String(line.dropFirst().dropLast()))
                if headers[section] == nil { headers[section] = index + 1 }
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.unquoted(String(line[..<equals]))
                let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                entries[section, default: [:]][key] = Written(line: index + 1, value: value)
            }
        }
        return (headers, entries)
    }

    private static func withoutComment(_ line: Substring) -> String {
        var inQuotes = false
        var kept = ""
        for character in line {
            if character == "\"" { inQuotes.toggle() }
            if character == "#" && !inQuotes { break }
            kept.append(character)
        }
        return kept
    }

    private static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, trimmed.first == "\"" || trimmed.first == "'", trimmed.last == trimmed.first {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
