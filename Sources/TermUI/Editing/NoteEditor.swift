/// A position in a multi-line editor: line index and grapheme-cluster index within the line.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    /// The line, 0-based.
    public var line: Int
    /// The cluster index within the line, 0 to the line's length.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A multi-line text editor for notes: Enter breaks lines, arrows move by cluster and line,
/// Backspace at a line start joins lines. Scrolls both ways and reports the cursor position.
///
/// Keys: characters insert; Enter newline; ←/→ by cluster (wrapping across lines); ↑/↓ keep the
/// display column; Home/Ctrl-A, End/Ctrl-E of line; PgUp/PgDn by a screen; Backspace, Delete;
/// Ctrl-K deletes to the line end (or joins), Ctrl-U to the line start, Ctrl-W the previous word.
/// Tab and Esc are not consumed.
public struct NoteEditor: Hashable, Sendable {
    /// The lines, as grapheme clusters.
    public private(set) var lines: [[Character]]
    /// The cursor.
    public private(set) var cursor: TextPosition
    /// The first visible line.
    public private(set) var scrollY: Int
    /// The first visible display column.
    public private(set) var scrollX: Int
    /// Rows visible at the last render, used for paging.
    public private(set) var viewport: Int
    /// The display column ↑/↓ try to keep.
    private var goalColumn: Int?

    /// Creates an editor with `text` (sanitised per line), cursor at the end.
    public init(text: String = "") {
        let split = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        lines = split.map { EditLine.clusters(String($0)) }
        if lines.isEmpty { lines = [[]] }
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
        scrollY = 0
        scrollX = 0
        viewport = 1
    }

    /// The text, lines joined with "\n".
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// True when there is no text at all.
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Moves the cursor to `position` (clamped).
    public mutating func moveCursor(to position: TextPosition) {
        let line = min(max(0, position.line), lines.count - 1)
        cursor = TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
        goalColumn = nil
    }

    /// Inserts text at the cursor; newlines split lines.
    public mutating func insert(_ text: String) {
        for character in text {
            if character.isNewline { newline() } else { insert(character) }
        }
    }

    /// Inserts one cluster at the cursor; returns false when rejected (controls and the like).
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        goalColumn = nil
        return EditLine.insert(character, into: &lines[cursor.line], cursor: &cursor.column)
    }

    /// Breaks the line at the cursor.
    public mutating func newline() {
        let rest = Array(lines[cursor.line][cursor.column...])
        lines[cursor.line].removeSubrange(cursor.column...)
        lines.insert(rest, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, column: 0)
        goalColumn = nil
    }

    /// Applies an editing key; returns true if the key was used.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        let vertical: Bool
        switch key {
        case .up, .down, .pageUp, .pageDown: vertical = true
        default: vertical = false
        }
        if !vertical { goalColumn = nil }
        switch key {
        case .character(let character): insert(character)
        case .enter: newline()
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -max(1, viewport - 1))
        case .pageDown: moveVertically(by: max(1, viewport - 1))
        case .home, .ctrl("a"): cursor.column = 0
        case .end, .ctrl("e"): cursor.column = lines[cursor.line].count
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("k"):
            if cursor.column == lines[cursor.line].count { deleteForward() } else { lines[cursor.line].removeSubrange(cursor.column...) }
        case .ctrl("u"):
            lines[cursor.line].removeSubrange(..<cursor.column)
            cursor.column = 0
        case .ctrl("w"):
            let start = EditLine.wordStart(before: cursor.column, in: lines[cursor.line])
            lines[cursor.line].removeSubrange(start..<cursor.column)
            cursor.column = start
        default: return false
        }
        return true
    }

    private mutating func moveLeft() {
        if cursor.column > 0 {
            cursor.column -= 1
        } else if cursor.line > 0 {
            cursor.line -= 1
            cursor.column = lines[cursor.line].count
        }
    }

    private mutating func moveRight() {
        if cursor.column < lines[cursor.line].count {
            cursor.column += 1
        } else if cursor.line < lines.count - 1 {
            cursor = TextPosition(line: cursor.line + 1, column: 0)
        }
    }

    private mutating func moveVertically(by delta: Int) {
        let goal = goalColumn ?? EditLine.column(of: cursor.column, in: lines[cursor.line])
        goalColumn = goal
        let line = min(max(0, cursor.line + delta), lines.count - 1)
        cursor = TextPosition(line: line, column: EditLine.index(atColumn: goal, in: lines[line]))
    }

    private mutating func backspace() {
        if cursor.column > 0 {
            lines[cursor.line].remove(at: cursor.column - 1)
            cursor.column -= 1
        } else if cursor.line > 0 {
            let joined = lines.remove(at: cursor.line)
            cursor.line -= 1
            cursor.column = lines[cursor.line].count
            lines[cursor.line].append(contentsOf: joined)
        }
    }

    private mutating func deleteForward() {
        if cursor.column < lines[cursor.line].count {
            lines[cursor.line].remove(at: cursor.column)
        } else if cursor.line < lines.count - 1 {
            let next = lines.remove(at: cursor.line + 1)
            lines[cursor.line].append(contentsOf: next)
        }
    }

    /// Draws the visible part in `field`/`fieldFocus`, scrolling to keep the cursor in view.
    /// Returns the cursor's screen position when focused, else nil.
    @discardableResult
    public mutating func render(into buffer: inout Buffer, area: Rect, theme: Theme, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let style = theme.style(focused ? .fieldFocus : .field)
        buffer.fill(area, style: style)
        viewport = area.height
        if cursor.line < scrollY { scrollY = cursor.line }
        if cursor.line >= scrollY + area.height { scrollY = cursor.line - area.height + 1 }
        scrollY = max(0, min(scrollY, lines.count - area.height))
        let column = EditLine.column(of: cursor.column, in: lines[cursor.line])
        scrollX = EditLine.scroll(scrollX, cursorColumn: column, width: area.width)
        for row in 0..<area.height where scrollY + row < lines.count {
            EditLine.draw(lines[scrollY + row], into: &buffer, at: Point(x: area.x, y: area.y + row),
                          scrollX: scrollX, width: area.width, style: style)
        }
        return focused ? Point(x: area.x + column - scrollX, y: area.y + cursor.line - scrollY) : nil
    }
}
