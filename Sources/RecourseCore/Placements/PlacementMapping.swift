/// How to read one client's export: column names per field, delimiter, date layout and decimal mark.
/// Anything left out is recognised by default (headers in English, German or French, a sniffed
/// delimiter, ISO or `dd.MM.yyyy` dates, a decimal comma for `;` files and a point otherwise).
public struct PlacementMapping: Hashable, Sendable {
    /// Header names per field, as written in the file (compared case-insensitively).
    public var columns: [PlacementField: String]
    /// The delimiter (`,` `;` or tab), nil to sniff.
    public var delimiter: Character?
    /// The date layout, nil for ISO or `dd.MM.yyyy`.
    public var dateFormat: DateFormat?
    /// The decimal mark, `,` or `.`, nil to follow the delimiter.
    public var decimal: Character?

    /// A mapping.
    public init(columns: [PlacementField: String] = [:], delimiter: Character? = nil, dateFormat: DateFormat? = nil, decimal: Character? = nil) {
        self.columns = columns
        self.delimiter = delimiter
        self.dateFormat = dateFormat
        self.decimal = decimal
    }

    /// Nothing set: every default applies.
    public static let defaults = PlacementMapping()

    /// Finds each field's column in the header row: the mapping's names first, then the default aliases.
    /// Returns the column index per field, or the problems (a named column missing, a required field without one).
    func resolve(header: [String], file: String) -> (columns: [PlacementField: Int], issues: [PlacementIssue]) {
        var byFolded: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let folded = PlacementField.foldHeader(name)
            if byFolded[folded] == nil { byFolded[folded] = index }
        }
        var resolved: [PlacementField: Int] = [:]
        var issues: [PlacementIssue] = []
        for field in PlacementField.allCases {
            if let named = columns[field] {
                if let index = byFolded[PlacementField.foldHeader(named)] {
                    resolved[field] = index
                } else {
                    issues.append(PlacementIssue(
                        file: file, line: 1, column: 1, header: "header",
                        message: "the mapping names column '\(named)' for \(field.rawValue), but the file has no such column"))
                }
                continue
            }
            let taken = Set(resolved.values)
            if let index = field.aliases.lazy.compactMap({ byFolded[$0] }).first(where: { !taken.contains($0) }) {
                resolved[field] = index
            }
        }
        for field in PlacementField.required where resolved[field] == nil && columns[field] == nil {
            issues.append(PlacementIssue(
                file: file, line: 1, column: 1, header: "header",
                message: "no column for \(field.rawValue) (looked for \(field.aliases.prefix(4).map { "'\($0)'" }.joined(separator: ", ")); "
                    + "name it in a mapping file: [columns] \(field.rawValue) = \"…\")"))
        }
        return (resolved, issues)
    }
}
