import Testing
@testable import TermUI

@Suite("Text input")
struct TextInputTests {
    func type(_ text: String, into input: inout TextInput) {
        for character in text { _ = input.handle(.character(character)) }
    }

    @Test func typingAndCursorMovementByCluster() {
        var input = TextInput()
        type("Hello", into: &input)
        #expect(input.text == "Hello")
        #expect(input.cursor == 5)
        _ = input.handle(.left)
        _ = input.handle(.left)
        type("X", into: &input)
        #expect(input.text == "HelXlo")
        _ = input.handle(.home)
        #expect(input.cursor == 0)
        _ = input.handle(.end)
        #expect(input.cursor == 6)
    }

    @Test func cursorColumnWithCJK() {
        var input = TextInput(text: "株式会社")
        #expect(input.cursorColumn == 8)
        _ = input.handle(.left)
        #expect(input.cursor == 3)
        #expect(input.cursorColumn == 6)
        var buffer = Buffer(size: Size(width: 20, height: 1))
        let cursor = input.render(into: &buffer, area: Rect(x: 2, y: 0, width: 10, height: 1), theme: .mono, focused: true)
        #expect(cursor == Point(x: 8, y: 0))
        #expect(buffer.lines() == ["  株式会社"])
    }

    @Test func combiningCharactersMergeIntoOneCluster() {
        var input = TextInput()
        type("Cafe", into: &input)
        _ = input.handle(.character("\u{301}"))
        #expect(input.text == "Café")
        #expect(input.characters.count == 4)
        #expect(input.cursorColumn == 4)
        _ = input.handle(.backspace)
        #expect(input.text == "Caf", "backspace removes the whole cluster")
        _ = input.handle(.left)
        #expect(input.cursorColumn == 2)
    }

    @Test func controlCharactersAreRejected() {
        var input = TextInput()
        type("a\u{1b}b\u{202E}c\u{9B}", into: &input)
        #expect(input.text == "abc")
        input.insert("x\ny")
        #expect(input.text == "abcx y")
    }

    @Test func emacsKeys() {
        var input = TextInput(text: "call back tomorrow")
        _ = input.handle(.ctrl("w"))
        #expect(input.text == "call back ")
        _ = input.handle(.ctrl("a"))
        _ = input.handle(.right)
        _ = input.handle(.ctrl("k"))
        #expect(input.text == "c")
        _ = input.handle(.ctrl("e"))
        type("all", into: &input)
        _ = input.handle(.left)
        _ = input.handle(.ctrl("u"))
        #expect(input.text == "l")
        #expect(input.cursor == 0)
        _ = input.handle(.delete)
        #expect(input.text.isEmpty)
        #expect(input.handle(.enter) == false, "Enter is left to the form")
    }

    @Test func horizontalScrollingKeepsTheCursorVisible() {
        var input = TextInput(text: "0123456789abcdef")
        var buffer = Buffer(size: Size(width: 6, height: 1))
        var cursor = input.render(into: &buffer, area: buffer.area, theme: .mono, focused: true)
        #expect(cursor == Point(x: 5, y: 0))
        #expect(buffer.lines() == ["bcdef"])
        _ = input.handle(.home)
        cursor = input.render(into: &buffer, area: buffer.area, theme: .mono, focused: true)
        #expect(cursor == Point(x: 0, y: 0))
        #expect(buffer.lines() == ["012345"])
    }

    @Test func scrollingNeverSplitsAWideGlyph() {
        var input = TextInput(text: "a株式会社")
        var buffer = Buffer(size: Size(width: 4, height: 1))
        let cursor = input.render(into: &buffer, area: buffer.area, theme: .mono, focused: true)
        #expect(cursor == Point(x: 3, y: 0))
        #expect(buffer.lines(trimTrailingSpaces: false) == [" 社 "])
    }

    @Test func maxLengthIsEnforced() {
        var input = TextInput(maxLength: 3)
        type("abcd", into: &input)
        #expect(input.text == "abc")
        _ = input.handle(.character("\u{301}"))
        #expect(input.text == "abc\u{301}", "a combining mark joins the last cluster and still fits")
    }
}
