import Testing
@testable import TermUI

@Suite("Note editor")
struct NoteEditorTests {
    func type(_ text: String, into editor: inout NoteEditor) {
        for character in text {
            _ = editor.handle(character == "\n" ? .enter : .character(character))
        }
    }

    @Test func enterBreaksLinesAndBackspaceJoinsThem() {
        var editor = NoteEditor()
        type("Called\nPromised 500", into: &editor)
        #expect(editor.text == "Called\nPromised 500")
        #expect(editor.cursor == TextPosition(line: 1, column: 12))
        _ = editor.handle(.home)
        _ = editor.handle(.backspace)
        #expect(editor.text == "CalledPromised 500")
        #expect(editor.cursor == TextPosition(line: 0, column: 6))
        _ = editor.handle(.enter)
        #expect(editor.lines.count == 2)
        _ = editor.handle(.up)
        _ = editor.handle(.end)
        _ = editor.handle(.delete)
        #expect(editor.text == "CalledPromised 500")
    }

    @Test func arrowsWrapAcrossLinesAndKeepTheDisplayColumn() {
        var editor = NoteEditor(text: "株式会社\nab\nabcdefgh")
        editor.moveCursor(to: TextPosition(line: 2, column: 6))
        _ = editor.handle(.up)
        #expect(editor.cursor == TextPosition(line: 1, column: 2))
        _ = editor.handle(.up)
        #expect(editor.cursor == TextPosition(line: 0, column: 3), "column 6 is the start of the 4th wide glyph")
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.cursor == TextPosition(line: 2, column: 6), "the goal column survives a short line")
        editor.moveCursor(to: TextPosition(line: 1, column: 0))
        _ = editor.handle(.left)
        #expect(editor.cursor == TextPosition(line: 0, column: 4))
        _ = editor.handle(.right)
        #expect(editor.cursor == TextPosition(line: 1, column: 0))
    }

    @Test func unicodeEditingIsByGraphemeCluster() {
        var editor = NoteEditor(text: "👨‍👩‍👧 e\u{301}")
        #expect(editor.lines[0].count == 3)
        _ = editor.handle(.backspace)
        #expect(editor.text == "👨‍👩‍👧 ")
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == " ")
    }

    @Test func rendersScrolledAndReportsTheCursor() {
        var editor = NoteEditor(text: (1...10).map { "line \($0)" }.joined(separator: "\n"))
        var buffer = Buffer(size: Size(width: 12, height: 5))
        let area = Rect(x: 1, y: 1, width: 10, height: 3)
        var cursor = editor.render(into: &buffer, area: area, theme: .mono, focused: true)
        #expect(buffer.lines() == ["", " line 8", " line 9", " line 10", ""])
        #expect(cursor == Point(x: 8, y: 3))
        _ = editor.handle(.pageUp)
        cursor = editor.render(into: &buffer, area: area, theme: .mono, focused: true)
        #expect(editor.cursor.line == 7)
        #expect(cursor == Point(x: 7, y: 1))
    }

    @Test func pastedTextKeepsLinesAndDropsControls() {
        var editor = NoteEditor()
        editor.insert("one\r\ntwo\u{1b}[2J\nthree")
        #expect(editor.text == "one\ntwo[2J\nthree")
        #expect(NoteEditor(text: "a\u{202E}b").text == "ab")
    }
}
