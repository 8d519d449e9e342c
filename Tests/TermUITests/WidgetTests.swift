import Testing
@testable import TermUI

@Suite("Widgets")
struct WidgetTests {
    @Test func blockDrawsBorderAndTruncatedTitle() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        Block(title: "Queue of cases", focused: true).render(into: &buffer, area: buffer.area, theme: .mono)
        #expect(buffer.lines() == ["┌─ Queue …─┐", "│          │", "└──────────┘"])
        #expect(buffer[0, 0]?.style == Theme.mono.style(.borderFocus))
        #expect(Block().inner(buffer.area) == Rect(x: 1, y: 1, width: 10, height: 1))
    }

    @Test func tabsMarkTheActiveTab() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        Tabs(titles: ["1 Queue", "2 Letters"], selected: 1).render(into: &buffer, area: buffer.area, theme: .mono)
        #expect(buffer.lines() == [" 1 Queue │ 2 Letters"])
        #expect(buffer[12, 0]?.style == Theme.mono.style(.titleFocus))
        #expect(buffer[2, 0]?.style == Theme.mono.style(.titleBlur))
    }

    @Test func statusLineDropsHintsThatDoNotFitAndShowsTheMessage() {
        var buffer = Buffer(size: Size(width: 40, height: 1))
        let hints = [KeyHint(key: "Enter", description: "Open"), KeyHint(key: "c", description: "Call"),
                     KeyHint(key: "?", description: "Help")]
        StatusLine(hints: hints, message: "Saved", messageRole: .success).render(into: &buffer, area: buffer.area, theme: .mono)
        #expect(buffer.lines() == [" Enter Open  c Call  ? Help       Saved"])
        #expect(buffer[1, 0]?.style == Theme.mono.style(.keyHint).patched(over: Theme.mono.style(.statusline)))
        var narrow = Buffer(size: Size(width: 24, height: 1))
        StatusLine(hints: hints, message: "Saved").render(into: &narrow, area: narrow.area, theme: .mono)
        #expect(narrow.lines() == [" Enter Open       Saved"])
    }

    @Test func dialogIsCentredWithButtons() {
        var buffer = Buffer(size: Size(width: 30, height: 9))
        Dialog(title: "Quit?", body: ["Unsaved note."], buttons: ["Yes", "No"], selectedButton: 1)
            .render(into: &buffer, area: buffer.area, theme: .mono)
        #expect(buffer.lines() == [
            "",
            "",
            "     ┌─ Quit? ─────────┐",
            "     │ Unsaved note.   │",
            "     │                 │",
            "     │ [ Yes ] [ No ]  │",
            "     └─────────────────┘",
            "",
            "",
        ])
        #expect(buffer[16, 5]?.style == Theme.mono.style(.buttonFocus))
    }

    @Test func helpOverlayListsGroupedBindings() {
        let sections = [
            HelpSection(title: "Queue", entries: [KeyHint(key: "Enter", description: "Open case")]),
            HelpSection(title: "Move", entries: [KeyHint(key: "j/↓", description: "Down")]),
        ]
        var buffer = Buffer(size: Size(width: 30, height: 9))
        HelpOverlay(sections: sections).render(into: &buffer, area: buffer.area, theme: .mono)
        #expect(buffer.lines() == [
            "",
            "     ┌─ Help ───────────┐",
            "     │ Queue            │",
            "     │ Enter  Open case │",
            "     │                  │",
            "     │ Move             │",
            "     │ j/↓    Down      │",
            "     └──────────────────┘",
            "",
        ])
    }

    @Test func textViewWrapsAndScrolls() {
        let view = TextView(lines: [
            StyledLine([Span("Promise ", role: .label), Span("broken on 3 May, second reminder sent")]),
            "short",
        ])
        var buffer = Buffer(size: Size(width: 16, height: 3))
        var state = ScrollState()
        view.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines() == ["Promise broken", "on 3 May, second", "reminder sent"])
        #expect(buffer[0, 0]?.style == Theme.mono.style(.label))
        #expect(state.contentHeight == 4)
        state.apply(.end)
        view.render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines() == ["on 3 May, second", "reminder sent", "short"])
        state.apply(.down)
        #expect(state.offset == 1, "cannot scroll past the end")
    }

    @Test func textViewWithoutWrapTruncates() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        var state = ScrollState()
        TextView(lines: ["株式会社テスト"], wrap: false).render(into: &buffer, area: buffer.area, theme: .mono, state: &state)
        #expect(buffer.lines() == ["株式会…"])
    }
}

@Suite("Search highlighting")
struct SearchHighlightTests {
    @Test func marksEveryMatchIgnoringCaseAndAccents() {
        let line = StyledLine.highlighting("Müller & MULLER", query: "mull")
        #expect(line.spans == [
            Span("Müll", role: .searchMatch), Span("er & "), Span("MULL", role: .searchMatch), Span("ER"),
        ])
        #expect(StyledLine.highlighting("abc", query: "").spans == [Span("abc")])
        #expect(StyledLine.highlighting("abc", query: "x").spans == [Span("abc")])
    }

    @Test func tableCellsWithSpansAreTruncatedAndAligned() {
        let theme = Theme.mono
        let table = Table(columns: [TableColumn("Name", width: .fixed(8)), TableColumn("Amt", width: .fixed(6), alignment: .right)],
                          rowCount: 2, showHeader: false) { row in
            [TableCell(spans: StyledLine.highlighting("Acme Industries", query: "me").spans),
             TableCell(spans: [Span("12", role: .error)])]
        }
        var buffer = Buffer(size: Size(width: 15, height: 2))
        var state = TableState(selected: 1)
        table.render(into: &buffer, area: buffer.area, theme: theme, state: &state)
        #expect(buffer.lines() == ["Acme In…     12", "Acme In…     12"])
        #expect(buffer[2, 0]?.style == theme.style(.searchMatch))
        #expect(buffer[0, 0]?.style == theme.style(.default))
        #expect(buffer[2, 1]?.style == theme.style(.searchMatch).patched(over: theme.style(.selectionFocus)))
        #expect(buffer[13, 0]?.style == theme.style(.error))
    }
}
