/// A plain-text table for the terminal: columns padded and truncated by display width.
struct TextTable {
    /// Alignment of a column.
    enum Alignment { case left, right }

    /// A column: title, alignment and the widest it may grow.
    struct Column {
        let title: String
        let alignment: Alignment
        let maxWidth: Int
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines, header first, columns separated by two spaces.
    func render() -> [String] {
        let measured = rows.map { $0.map { Self.clean($0) } }
        var widths = columns.map { Self.width($0.title) }
        for row in measured {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = min(columns[index].maxWidth, max(widths[index], Self.width(cell)))
            }
        }
        var lines = [line(columns.map(\.title), widths: widths)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in measured { lines.append(line(row, widths: widths)) }
        return lines
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            let text = Self.truncate(index < cells.count ? cells[index] : "", to: width)
            let padding = String(repeating: " ", count: max(0, width - Self.width(text)))
            parts.append(columns[index].alignment == .left ? text + padding : padding + text)
        }
        var joined = parts.joined(separator: "  ")
        while joined.hasSuffix(" ") { joined.removeLast() }
        return joined
    }

    static func width(_ text: String) -> Int { TerminalText.width(text) }
    static func truncate(_ text: String, to width: Int) -> String { TerminalText.truncate(text, toWidth: width) }
    static func clean(_ text: String) -> String { TerminalText.sanitize(text) }
}
