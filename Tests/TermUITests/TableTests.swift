import Testing
@testable import TermUI

/// Counts how many rows a lazy table asks for.
final class RowCounter: @unchecked Sendable {
    var requested: Set<Int> = []
}

@Suite("Table")
struct TableTests {
    let columns = [
        TableColumn("Debtor", width: .fill(1)),
        TableColumn("Amount", width: .fixed(8), alignment: .right),
    ]

    @Test func rendersHeaderRowsAndTruncatesWithEllipsis() {
        let names = ["Acme Industries International", "株式会社テスト商事", "Bob"]
        let table = Table(columns: columns, rowCount: names.count, focused: true) { row in
            [TableCell(names[row]), TableCell("\(row * 100).00")]
        }
        var buffer = Buffer(size: Size(width: 22, height: 5))
        var state = ListState()
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines() == [
            "Debtor          Amount",
            "Acme Industr…     0.00",
            "株式会社テス…   100.00",
            "Bob             200.00",
            "",
        ])
    }

    @Test func selectedRowUsesFocusOrBlurSelectionStyle() {
        let theme = Theme.mono
        let table = Table(columns: columns, rowCount: 3, focused: true) { _ in ["x", "1"] }
        var buffer = Buffer(size: Size(width: 20, height: 4))
        var state = ListState(selected: 1)
        table.render(into: &buffer, area: buffer.area, theme: theme, state: &state)
        #expect(buffer[0, 2]?.style == theme.style(.selectionFocus))
        #expect(buffer[19, 2]?.style == theme.style(.selectionFocus), "the whole row is highlighted")
        #expect(buffer[0, 1]?.style == theme.style(.default))

        var blurred = table
        blurred.focused = false
        blurred.render(into: &buffer, area: buffer.area, theme: theme, state: &state)
        #expect(buffer[0, 2]?.style == theme.style(.selectionBlur))
    }

    @Test func hundredThousandLazyRowsOnlyVisibleOnesAreRequested() {
        let counter = RowCounter()
        let table = Table(columns: columns, rowCount: 100_000) { row in
            counter.requested.insert(row)
            return [TableCell("Debtor \(row)"), TableCell("\(row)")]
        }
        var buffer = Buffer(size: Size(width: 30, height: 11))
        var state = ListState()
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(counter.requested == Set(0..<10))

        state.apply(.end, rowCount: table.rowCount)
        counter.requested = []
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(state.selected == 99_999)
        #expect(state.offset == 99_990)
        #expect(counter.requested == Set(99_990..<100_000))
        #expect(buffer.lines()[10].hasPrefix("Debtor 99999"))
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        let table = Table(columns: columns, rowCount: 100_000) { row in [TableCell("Row \(row)"), ""] }
        var buffer = Buffer(size: Size(width: 30, height: 6))
        var state = ListState()
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(state.viewport == 5)
        for _ in 0..<7 { state.apply(.down, rowCount: table.rowCount) }
        #expect(state.selected == 7)
        #expect(state.offset == 3)
        state.apply(.pageDown, rowCount: table.rowCount)
        #expect(state.selected == 11)
        #expect(state.offset == 7)
        state.apply(.pageUp, rowCount: table.rowCount)
        state.apply(.pageUp, rowCount: table.rowCount)
        #expect(state.selected == 3)
        #expect(state.offset == 3)
        state.apply(.home, rowCount: table.rowCount)
        #expect(state.selected == 0 && state.offset == 0)
        state.apply(.up, rowCount: table.rowCount)
        #expect(state.selected == 0)
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines()[1].hasPrefix("Row 0"))
    }

    @Test func shrinkingRowCountClampsTheSelection() {
        var state = ListState(selected: 50, offset: 45, viewport: 10)
        state.clamp(rowCount: 20)
        #expect(state.selected == 19)
        #expect(state.offset == 10)
        state.clamp(rowCount: 0)
        #expect(state.selection(rowCount: 0) == nil)
    }

    @Test func emptyTableShowsItsMessage() {
        let table = Table(columns: columns, rowCount: 0, emptyMessage: "No cases") { _ in [] }
        var buffer = Buffer(size: Size(width: 20, height: 3))
        var state = ListState()
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines()[1] == " No cases")
    }

    @Test func hostileCellTextIsSanitised() {
        let table = Table(columns: columns, rowCount: 1, showHeader: false) { _ in ["\u{1b}]0;x\u{7}\u{202E}Evil", "1"] }
        var buffer = Buffer(size: Size(width: 20, height: 1))
        var state = ListState()
        table.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines() == ["\u{FFFD}]0;x\u{FFFD}Evil         1"])
    }
}
