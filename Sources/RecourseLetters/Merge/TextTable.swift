/// Lays out a plain-text table for a letter: columns padded to their widest cell by display width
/// (CJK characters count two), numbers right-aligned.
struct TextTable {
    /// Column headings.
    let headings: [String]
    /// Which columns are right-aligned.
    let rightAligned: Set<Int>
    /// The rows, one cell per heading.
    let rows: [[String]]

    /// The table as lines joined by newlines: headings, a rule, then the rows.
    func render() -> String {
        let all = [headings] + rows
        let widths = headings.indices.map { column in all.map { Self.width($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - Self.width(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headings), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// Display width in terminal columns: East Asian wide and full-width characters count two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            if scalar.value < 0x300 { return total + 1 }  // Latin and ASCII: one column, no combining marks below U+0300
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return total }
            return total + (isWide(scalar.value) ? 2 : 1)
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
