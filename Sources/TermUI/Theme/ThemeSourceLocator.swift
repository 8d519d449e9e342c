import Foundation

/// Finds the line of a key in TOML source text, so semantic errors can point at a line.
///
/// TOMLKit reports positions only for syntax errors; for "unknown role" or "bad colour" the
/// loader scans the text. It understands `[table]` headers, `key = …` lines (bare or quoted keys)
/// and `[roles.name]` sub-tables, which is all a theme file needs.
struct ThemeSourceLocator {
    private let lines: [Substring]

    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where `key` is assigned inside `[section]` (nil section = top level),
    /// or where the `[section.key]` header stands.
    func line(ofKey key: String, inSection section: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if let header = Self.header(text) {
                current = header
                if let section, header == "\(section).\(key)" { return index + 1 }
                continue
            }
            if current == section, Self.assignedKey(text) == key { return index + 1 }
        }
        return nil
    }

    /// The line of `property` for `role`: inside `[roles.role]` if written that way, else the role's line.
    func line(ofProperty property: String, role: String) -> Int? {
        if let inSubTable = line(ofKey: property, inSection: "roles.\(role)") { return inSubTable }
        return line(ofKey: role, inSection: "roles")
    }

    private static func header(_ text: String) -> String? {
        guard text.hasPrefix("["), !text.hasPrefix("[["), let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        return inner.split(separator: ".").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
            .joined(separator: ".")
    }

    private static func assignedKey(_ text: String) -> String? {
        guard let equals = text.firstIndex(of: "="), !text.hasPrefix("#") else { return nil }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        return key.isEmpty ? nil : unquote(key)
    }

    private static func unquote(_ key: String) -> String {
        if key.count >= 2, let first = key.first, first == key.last, first == "\"" || first == "'" {
            return String(key.dropFirst().dropLast())
        }
        return key
    }
}
