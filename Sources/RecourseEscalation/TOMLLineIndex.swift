import Foundation

/// Where things are written in a TOML text: each table header's line and each key's line, per table.
///
/// TOMLKit checks the syntax and gives the values but not their lines; this scan finds the lines for
/// messages. A table is its dotted path plus, for an array of tables (`[[ladder]]`), the element's
/// position among the headers of that path. Keys are recorded as written (a dotted key stays dotted).
struct TOMLLineIndex {
    /// A table: `""` for the root, `risk`, `countries.NL`, or `ladder` element 2.
    struct Table: Hashable {
        let path: String
        let element: Int?

        static let root = Table(path: "", element: nil)
    }

    private var headers: [Table: Int] = [:]
    private var keys: [Table: [String: Int]] = [:]

    /// Scans `source`; lines inside multi-line strings are passed over.
    init(source: String) {
        var table = Table.root
        var counts: [String: Int] = [:]
        var inMultiline: String?
        for (offset, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if let delimiter = inMultiline {
                if rawLine.components(separatedBy: delimiter).count % 2 == 0 { inMultiline = nil }
                continue
            }
            let line = Self.withoutComment(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[[") && line.hasSuffix("]]") {
                let path = Self.path(String(line.dropFirst(2).dropLast(2)))
                let element = counts[path, default: 0]
                counts[path] = element + 1
                table = Table(path: path, element: element)
                headers[table] = number
            } else if line.hasPrefix("[") && line.hasSuffix("]") {
                table = Table(path: Self.path(String(line.dropFirst().dropLast())), element: nil)
                if headers[table] == nil { headers[table] = number }
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.path(String(line[..<equals]))
                if keys[table]?[key] == nil { keys[table, default: [:]][key] = number }
                for delimiter in ["\"\"\"", "'''"] where line.components(separatedBy: delimiter).count % 2 == 0 {
                    inMultiline = delimiter
                }
            }
        }
    }

    /// The line of a table's header, nil when it has none (implicit or inline tables).
    func header(_ table: Table) -> Int? { headers[table] }

    /// The line of `key` in `table`, else the table's header line.
    func line(of key: String, in table: Table) -> Int? { keys[table]?[key] ?? headers[table] }

    /// The line where a value appears to be written: the key in its table, else that table's header.
    func line(ofKeyOrTable key: String, in table: Table) -> Int? {
        keys[table]?[key] ?? headers[Table(path: table.path.isEmpty ? key : table.path + "." + key, element: nil)] ?? headers[table]
    }

    /// A dotted path without quotes or spaces around its parts: `countries . "NL"` → `countries.NL`.
    private static func path(_ text: String) -> String {
        text.split(separator: ".", omittingEmptySubsequences: false).map { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
                return String(trimmed.dropFirst().dropLast())
            }
            return trimmed
        }.joined(separator: ".")
    }

    /// The line up to a `#` that is not inside a string.
    private static func withoutComment(_ line: Substring) -> String {
        var quote: Character?
        var kept = ""
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            }
            kept.append(character)
        }
        return kept
    }
}
