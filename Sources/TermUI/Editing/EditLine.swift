/// Grapheme-cluster editing and drawing helpers shared by `TextInput` and `NoteEditor`.
///
/// A line is an array of `Character`s (grapheme clusters), each already safe to draw; positions
/// are cluster indices, columns are display columns.
enum EditLine {
    /// The clusters of `text`, sanitised, with any newline dropped.
    static func clusters(_ text: String) -> [Character] {
        Array(TextSanitizer.sanitize(text.replacingNewlines()))
    }

    /// Display columns of one (safe) cluster.
    static func width(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return DisplayWidth.clusterWidth(String(character))
    }

    /// The display column where cluster `index` starts.
    static func column(of index: Int, in line: [Character]) -> Int {
        line.prefix(max(0, index)).reduce(0) { $0 + width($1) }
    }

    /// The cluster index whose start is the last at or before display column `column`.
    static func index(atColumn column: Int, in line: [Character]) -> Int {
        var used = 0
        for (index, character) in line.enumerated() {
            let next = used + width(character)
            if next > column { return index }
            used = next
        }
        return line.count
    }

    /// Inserts `character` at `cursor`, merging it into the previous cluster when Unicode says
    /// they form one (e.g. "e" + U+0301). Rejects anything that would not draw as typed.
    static func insert(_ character: Character, into line: inout [Character], cursor: inout Int) -> Bool {
        if cursor > 0 {
            let merged = String(line[cursor - 1]) + String(character)
            if merged.count == 1, let single = merged.first {
                guard TextSanitizer.isSafe(merged) else { return false }
                line[cursor - 1] = single
                return true
            }
        }
        let text = String(character)
        guard !character.isNewline, TextSanitizer.isSafe(text), text.count == 1 else { return false }
        line.insert(character, at: cursor)
        cursor += 1
        return true
    }

    /// The index where Ctrl-W stops: back over spaces, then back over the word.
    static func wordStart(before cursor: Int, in line: [Character]) -> Int {
        var index = cursor
        while index > 0, line[index - 1].isWhitespace { index -= 1 }
        while index > 0, !line[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// Adjusts a horizontal scroll (in columns) so `cursorColumn` is visible in `width` columns.
    static func scroll(_ current: Int, cursorColumn: Int, width: Int) -> Int {
        guard width > 0 else { return 0 }
        if cursorColumn < current { return cursorColumn }
        if cursorColumn > current + width - 1 { return cursorColumn - width + 1 }
        return current
    }

    /// Draws `line` scrolled left by `scrollX` columns into `width` columns at `point`.
    /// A wide cluster cut by either edge shows as a space.
    static func draw(_ line: [Character], into buffer: inout Buffer, at point: Point, scrollX: Int, width columns: Int, style: Style) {
        var column = 0
        for character in line {
            let w = width(character)
            defer { column += w }
            if column + w <= scrollX { continue }
            if column >= scrollX + columns { break }
            let x = point.x + column - scrollX
            if column < scrollX || column + w > scrollX + columns {
                let visibleStart = max(column, scrollX)
                let visibleEnd = min(column + w, scrollX + columns)
                buffer.put(String(repeating: " ", count: visibleEnd - visibleStart),
                           at: Point(x: point.x + visibleStart - scrollX, y: point.y), style: style)
            } else {
                buffer.put(String(character), at: Point(x: x, y: point.y), maxWidth: w, style: style)
            }
        }
    }
}

extension String {
    /// The text with every newline cluster (LF, CR, CRLF, U+2028…) replaced by a space.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
