import Foundation
import RecourseCore
import TOMLKit

/// A mapping file that could not be used, with every problem as `file:line: message`.
public struct PlacementMappingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems.
    public let problems: [String]

    /// The problems, one a line.
    public var description: String { "the mapping file cannot be used:\n" + problems.map { "  " + $0 }.joined(separator: "\n") }
}

/// Reads a client's mapping TOML:
///
/// ```toml
/// delimiter = ";"          # ",", ";" or "\t" ("tab" also works)
/// date_format = "dd.MM.yyyy"
/// decimal = ","
/// [columns]
/// debtor_name = "Kunde"
/// invoice_number = "Beleg-Nr."
/// ```
public enum PlacementMappingFile {
    /// Parses mapping text; `name` is used in messages.
    public static func parse(_ source: String, name: String) throws(PlacementMappingError) -> PlacementMapping {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw PlacementMappingError(problems: ["\(name):\(error.source.begin.line): \(error.description)"])
        } catch {
            throw PlacementMappingError(problems: ["\(name): \(error)"])
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        func place(_ key: String) -> String {
            let line = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
            return line.map { "\(name):\($0 + 1)" } ?? name
        }
        var mapping = PlacementMapping()
        var problems: [String] = []
        for key in table.keys.sorted() {
            switch key {
            case "columns":
                guard let columns = table[key]?.table else {
                    problems.append("\(place(key)): [columns] must be a table of field = \"header\"")
                    continue
                }
                for field in columns.keys.sorted() {
                    guard let known = PlacementField(rawValue: field) else {
                        let names = PlacementField.allCases.map(\.rawValue).joined(separator: ", ")
                        problems.append("\(place(field)): unknown field '\(field)' (fields: \(names))")
                        continue
                    }
                    guard let header = columns[field]?.string, !header.isEmpty else {
                        problems.append("\(place(field)): columns.\(field) must be the column's header text")
                        continue
                    }
                    mapping.columns[known] = header
                }
            case "delimiter":
                switch table[key]?.string {
                case ",": mapping.delimiter = ","
                case ";": mapping.delimiter = ";"
                case "\t", "tab", "\\t": mapping.delimiter = "\t"
                default: problems.append("\(place(key)): delimiter must be \",\", \";\" or \"tab\"")
                }
            case "decimal":
                switch table[key]?.string {
                case ",": mapping.decimal = ","
                case ".": mapping.decimal = "."
                default: problems.append("\(place(key)): decimal must be \",\" or \".\"")
                }
            case "date_format":
                guard let text = table[key]?.string else {
                    problems.append("\(place(key)): date_format must be text such as \"dd.MM.yyyy\"")
                    continue
                }
                do { mapping.dateFormat = try DateFormat(text) } catch { problems.append("\(place(key)): \(error.message)") }
            default:
                problems.append("\(place(key)): unknown setting '\(key)' (a mapping has columns, delimiter, date_format, decimal)")
            }
        }
        if !problems.isEmpty { throw PlacementMappingError(problems: problems) }
        return mapping
    }

    /// Reads and parses a mapping file.
    public static func load(path: String) throws(PlacementMappingError) -> PlacementMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlacementMappingError(problems: ["\(path): cannot read the file"])
        }
        return try parse(String(decoding: data, as: UTF8.self), name: path)
    }
}
