/// A column of a `Table`.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// How wide the column is.
    public var width: Constraint
    /// Alignment of the header and cells (amounts are right-aligned).
    public var alignment: Alignment

    /// Creates a column.
    public init(_ title: String, width: Constraint, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a table row: text (untrusted is fine) and an optional role, or styled spans.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// How it looks when the row is not selected; nil for the default role.
    public var role: ThemeRole?
    /// Styled spans (e.g. search matches) drawn instead of `text` when set.
    public var spans: [Span]?

    /// Creates a cell.
    public init(_ text: String, role: ThemeRole? = nil) {
        self.text = text
        self.role = role
    }

    /// Creates a cell from styled spans; on the selected row they are laid over the selection style.
    public init(spans: [Span]) {
        self.text = spans.map(\.text).joined()
        self.spans = spans
    }

    /// A plain cell from a literal.
    public init(stringLiteral value: String) { self.init(value) }
}

/// A table whose rows are supplied lazily: only the visible rows are ever asked for.
///
/// `rows(i)` is called for the rows on screen only, so 100,000 rows cost no more than 30.
/// Text is truncated with `…` by display width; the selected row uses `selectionFocus`
/// (or `selectionBlur` when the table does not have focus).
public struct Table: StatefulWidget {
    /// The columns.
    public var columns: [TableColumn]
    /// How many rows there are.
    public var rowCount: Int
    /// Gives the cells of row `i` (0-based).
    public var rows: (Int) -> [TableCell]
    /// Whether the table has focus.
    public var focused: Bool
    /// Whether to draw the header row.
    public var showHeader: Bool
    /// Columns of space between neighbouring columns.
    public var columnSpacing: Int
    /// Shown (dimmed) when there are no rows.
    public var emptyMessage: String?

    /// Creates a table.
    public init(columns: [TableColumn], rowCount: Int, focused: Bool = true, showHeader: Bool = true,
                columnSpacing: Int = 1, emptyMessage: String? = nil, rows: @escaping (Int) -> [TableCell]) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.rows = rows
        self.focused = focused
        self.showHeader = showHeader
        self.columnSpacing = max(0, columnSpacing)
        self.emptyMessage = emptyMessage
    }

    /// How many data rows fit in `area`.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showHeader ? 1 : 0))
    }

    /// Clears `area`, draws the header and the visible rows, scrolling `state` so the selection is in view.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme, state: inout ListState) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.style(.default))
        let widths = Layout.sizes(total: area.width, constraints: columns.map(\.width), spacing: columnSpacing)
        var top = area.y
        if showHeader {
            let style = theme.style(.header)
            buffer.fill(area.row(0), style: style)
            drawRow(columns.map { TableCell($0.title) }, into: &buffer, y: top, area: area, widths: widths, theme: theme, rowStyle: style)
            top += 1
        }
        let viewport = visibleRowCount(in: area)
        state.clamp(rowCount: rowCount)
        state.scrollIntoView(viewport: max(1, viewport), rowCount: rowCount)
        if rowCount == 0, let emptyMessage, viewport > 0 {
            buffer.put(emptyMessage, at: Point(x: area.x + 1, y: top), maxWidth: area.width - 1, style: theme.style(.dim))
            return
        }
        let selected = state.selection(rowCount: rowCount)
        for line in 0..<viewport {
            let index = state.offset + line
            guard index < rowCount else { break }
            let isSelected = index == selected
            let rowStyle = isSelected ? theme.style(focused ? .selectionFocus : .selectionBlur) : nil
            if let rowStyle { buffer.fill(Rect(x: area.x, y: top + line, width: area.width, height: 1), style: rowStyle) }
            drawRow(rows(index), into: &buffer, y: top + line, area: area, widths: widths, theme: theme, rowStyle: rowStyle)
        }
    }

    private func drawRow(_ cells: [TableCell], into buffer: inout Buffer, y: Int, area: Rect, widths: [Int],
                         theme: Theme, rowStyle: Style?) {
        var x = area.x
        for (index, width) in widths.enumerated() {
            defer { x += width + columnSpacing }
            guard width > 0, x < area.maxX, index < cells.count else { continue }
            let cell = cells[index]
            let room = min(width, area.maxX - x)
            if let spans = cell.spans {
                let line = StyledLine(spans).truncated(toWidth: width)
                let gap = width - line.width
                let shift = columns[index].alignment == .right ? gap : columns[index].alignment == .center ? gap / 2 : 0
                buffer.put(line, at: Point(x: x + shift, y: y), maxWidth: room - shift, theme: theme, base: rowStyle)
                continue
            }
            let style = rowStyle ?? theme.style(cell.role ?? .default)
            let text = DisplayWidth.fit(cell.text, toWidth: width, alignment: columns[index].alignment)
            buffer.put(text, at: Point(x: x, y: y), maxWidth: room, style: style)
        }
    }
}
