import Testing
@testable import TermUI

@Suite("Buffer")
struct BufferTests {
    @Test func putClipsToMaxWidthAndReturnsColumnsUsed() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        let used = buffer.put("Hello, world", at: Point(x: 2, y: 0), maxWidth: 5, style: .plain)
        #expect(used == 5)
        #expect(buffer.lines() == ["  Hello", ""])
    }

    @Test func putClipsAtTheRightEdge() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.put("abcdefgh", at: Point(x: 3, y: 0), style: .plain) == 3)
        #expect(buffer.lines() == ["   abc"])
    }

    @Test func wideGlyphsTakeTwoCellsWithAContinuation() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.put("株式", at: .zero, style: .plain) == 4)
        #expect(buffer[0, 0]?.width == 2)
        #expect(buffer[1, 0]?.isContinuation == true)
        #expect(buffer.lines() == ["株式"])
    }

    @Test func wideGlyphAtTheClipEdgeBecomesASpace() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        buffer.fill(buffer.area, symbol: ".", style: .plain)
        let used = buffer.put("ab株", at: .zero, maxWidth: 3, style: .plain)
        #expect(used == 3)
        #expect(buffer.lines() == ["ab ....."])
        #expect(buffer[2, 0]?.symbol == " ")
        #expect(buffer[3, 0]?.symbol == ".", "nothing drawn past the limit")
    }

    @Test func wideGlyphAtTheBufferEdgeIsNotSplit() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.put("a株株", at: .zero, style: .plain)
        #expect(buffer.lines(trimTrailingSpaces: false) == ["a株"])
        buffer.put("ab株", at: .zero, style: .plain)
        #expect(buffer.lines(trimTrailingSpaces: false) == ["ab "])
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.put("株式", at: .zero, style: .plain)
        buffer.put("x", at: Point(x: 1, y: 0), style: .plain)
        #expect(buffer.lines(trimTrailingSpaces: false) == [" x式"])
        buffer.put("y", at: Point(x: 2, y: 0), style: .plain)
        #expect(buffer.lines(trimTrailingSpaces: false) == [" xy "])
    }

    @Test func hostileTextIsSanitisedWhenDrawn() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        buffer.put("\u{1b}[2J\u{202E}exe", at: .zero, style: .plain)
        #expect(buffer.lines() == ["\u{FFFD}[2Jexe"])
    }

    @Test func diffListsOnlyChangedCells() {
        var before = Buffer(size: Size(width: 10, height: 3))
        before.put("Queue", at: .zero, style: .plain)
        var after = before
        after.put("Q", at: Point(x: 0, y: 2), style: Style(attributes: .bold))
        after.put("u", at: Point(x: 1, y: 0), style: .plain)
        let changes = after.diff(against: before)
        #expect(changes.count == 1)
        #expect(changes.first?.point == Point(x: 0, y: 2))
        #expect(changes.first?.cell.symbol == "Q")
        #expect(after.diff(against: after).isEmpty)
    }

    @Test func diffIsAFullRedrawWhenSizesDiffer() {
        let small = Buffer(size: Size(width: 2, height: 2))
        let large = Buffer(size: Size(width: 3, height: 2))
        #expect(large.diff(against: small).count == 6)
    }

    @Test func styleChangesShowInTheDiff() {
        var before = Buffer(size: Size(width: 4, height: 1))
        before.put("ab", at: .zero, style: .plain)
        var after = before
        after.setStyle(Style(attributes: .reverse), in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(after.diff(against: before).map(\.point) == [Point(x: 1, y: 0)])
    }
}
