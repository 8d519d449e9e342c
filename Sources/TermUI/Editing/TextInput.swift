/// A single-line text editor: state, key handling and drawing, correct for wide and combining text.
///
/// Keys: characters insert; ←/→ move by grapheme cluster; Home/Ctrl-A, End/Ctrl-E; Backspace,
/// Delete/Ctrl-D; Ctrl-K deletes to the end, Ctrl-U to the start, Ctrl-W the previous word.
/// Enter, Tab and Esc are not consumed, so the form can act on them.
public struct TextInput: Hashable, Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// The cursor, as a cluster index from 0 to `characters.count`.
    public private(set) var cursor: Int
    /// The first visible display column (horizontal scroll).
    public private(set) var scrollX: Int
    /// The most clusters the field accepts, if limited.
    public var maxLength: Int?
    /// Shown dimmed when the field is empty.
    public var placeholder: String?

    /// Creates an input holding `text` (sanitised, newlines become spaces) with the cursor at the end.
    public init(text: String = "", maxLength: Int? = nil, placeholder: String? = nil) {
        self.characters = EditLine.clusters(text)
        self.maxLength = maxLength
        self.placeholder = placeholder
        if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)) }
        self.cursor = characters.count
        self.scrollX = 0
    }

    /// The current text.
    public var text: String { String(characters) }

    /// The display column of the cursor from the start of the text.
    public var cursorColumn: Int { EditLine.column(of: cursor, in: characters) }

    /// Replaces the text and moves the cursor to the end.
    public mutating func setText(_ text: String) {
        self = TextInput(text: text, maxLength: maxLength, placeholder: placeholder)
    }

    /// Moves the cursor to cluster index `index` (clamped).
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), characters.count)
    }

    /// Inserts one cluster at the cursor; returns false if it was rejected (control, too long…).
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        if let maxLength, characters.count >= maxLength {
            var probe = characters
            var probeCursor = cursor
            guard EditLine.insert(character, into: &probe, cursor: &probeCursor), probe.count <= maxLength else { return false }
            characters = probe
            cursor = probeCursor
            return true
        }
        return EditLine.insert(character, into: &characters, cursor: &cursor)
    }

    /// Inserts pasted text cluster by cluster (newlines become spaces).
    public mutating func insert(_ text: String) {
        for character in text.replacingNewlines() { insert(character) }
    }

    /// Applies an editing key; returns true if the key was used.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("k"): characters.removeSubrange(cursor...)
        case .ctrl("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .ctrl("w"):
            let start = EditLine.wordStart(before: cursor, in: characters)
            characters.removeSubrange(start..<cursor)
            cursor = start
        default: return false
        }
        return true
    }

    /// Draws the field on the first row of `area` in `field`/`fieldFocus`, scrolling to keep the
    /// cursor visible. Returns the cursor's screen position when focused, else nil.
    @discardableResult
    public mutating func render(into buffer: inout Buffer, area: Rect, theme: Theme, focused: Bool) -> Point? {
        guard !area.isEmpty else { return nil }
        let row = area.row(0)
        let style = theme.style(focused ? .fieldFocus : .field)
        buffer.fill(row, style: style)
        let column = cursorColumn
        let total = EditLine.column(of: characters.count, in: characters)
        scrollX = EditLine.scroll(scrollX, cursorColumn: column, width: row.width)
        scrollX = max(0, min(scrollX, total - row.width + 1))
        if characters.isEmpty, let placeholder, !focused {
            buffer.put(placeholder, at: row.origin, maxWidth: row.width, style: theme.style(.dim).patched(over: style))
        } else {
            EditLine.draw(characters, into: &buffer, at: row.origin, scrollX: scrollX, width: row.width, style: style)
        }
        return focused ? Point(x: row.x + column - scrollX, y: row.y) : nil
    }
}
