import CNCurses
import TermUI

/// Turns TermUI cells into ncurses cells: colour pairs (cached), attributes, and wide characters.
struct CursesPainter {
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    let colorsEnabled: Bool
    let colorCount: Int
    let pairLimit: Int32

    private struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    init(colorsEnabled: Bool) {
        self.colorsEnabled = colorsEnabled
        self.colorCount = colorsEnabled ? Int(recourse_colors()) : 0
        self.pairLimit = colorsEnabled ? Int32(min(recourse_color_pairs(), 32_767)) : 0
    }

    /// Draws `cell` at (`x`, `y`); wide or long clusters the C library cannot show are replaced.
    mutating func paint(_ cell: Cell, x: Int32, y: Int32) {
        let attributes = attributes(cell.style.attributes)
        let pair = pair(for: cell.style)
        for (offset, text) in CursesGlyphs.glyphs(for: cell).enumerated() {
            var wide = text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            _ = recourse_put_cell(y, x + Int32(offset), wide, attributes, pair)
        }
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = recourse_a_normal()
        if attributes.contains(.bold) { result |= recourse_a_bold() }
        if attributes.contains(.dim) { result |= recourse_a_dim() }
        if attributes.contains(.underline) { result |= recourse_a_underline() }
        if attributes.contains(.reverse) { result |= recourse_a_reverse() }
        if attributes.contains(.italic) { result |= recourse_a_italic() }
        return result
    }

    private func number(_ color: Color) -> Int32 {
        guard let index = color.index, index < colorCount else { return -1 }
        return Int32(index)
    }

    /// The colour pair for a style, allocated on first use; pair 0 when colour is off or pairs run out.
    private mutating func pair(for style: Style) -> Int32 {
        guard colorsEnabled else { return 0 }
        let key = PairKey(foreground: number(style.foreground), background: number(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        guard nextPair < pairLimit else { return 0 }
        let pair = nextPair
        guard init_extended_pair(pair, key.foreground, key.background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }
}

/// What to hand ncurses for a cell, one string per column, so the terminal's idea of width
/// (the C library's `wcwidth`) always matches the buffer's.
enum CursesGlyphs {
    /// The cluster itself when the C library agrees on its width and everything after the base
    /// is zero-width (ncurses keeps only such marks in a cell); otherwise a stand-in: a flag as its
    /// two letters, a wide sequence (ZWJ emoji) as its first wide scalar, a narrow cluster as its
    /// base and marks, else U+FFFD padded to the cell width.
    static func glyphs(for cell: Cell) -> [String] {
        let scalars = Array(cell.symbol.unicodeScalars)
        guard let base = scalars.first else { return [] }
        let marksOnly = scalars.dropFirst().allSatisfy { libcWidth($0) == 0 }
        if scalars.count <= Int(CCHARW_MAX), marksOnly, libcWidth(base) == cell.width { return [cell.symbol] }
        if cell.width == 2 {
            let indicators = scalars.filter { (0x1F1E6...0x1F1FF).contains($0.value) }
            if indicators.count == 2 {
                return indicators.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 65).map { String(Character($0)) } }
            }
            if let wide = scalars.first(where: { libcWidth($0) == 2 }) { return [String(Character(wide))] }
            return ["\u{FFFD}", " "]
        }
        if libcWidth(base) == 1 {
            let marks = scalars.dropFirst().prefix { libcWidth($0) == 0 }.prefix(Int(CCHARW_MAX) - 1)
            return [String(String.UnicodeScalarView([base] + marks))]
        }
        return ["\u{FFFD}"]
    }

    private static func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(recourse_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
