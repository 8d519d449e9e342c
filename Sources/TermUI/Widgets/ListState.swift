/// A movement of the selection in a list or table.
public enum ListMove: Hashable, Sendable {
    /// One row up.
    case up
    /// One row down.
    case down
    /// One page up.
    case pageUp
    /// One page down.
    case pageDown
    /// The first row.
    case home
    /// The last row.
    case end
    /// A given row.
    case to(Int)
}

/// Selection and scroll position of a list or table, kept by the application between frames.
///
/// The state remembers how many rows were visible at the last render (`viewport`), so paging
/// moves by a screenful and the selection always stays in view.
public struct ListState: Hashable, Sendable {
    /// The selected row index (0 when the list is empty).
    public var selected: Int
    /// The first visible row.
    public var offset: Int
    /// Rows visible at the last render; used for paging.
    public var viewport: Int

    /// Creates a state with `selected` selected and the top at `offset`.
    public init(selected: Int = 0, offset: Int = 0, viewport: Int = 1) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
        self.viewport = max(1, viewport)
    }

    /// The selected row, or nil when the list has no rows.
    public func selection(rowCount: Int) -> Int? {
        rowCount > 0 ? min(selected, rowCount - 1) : nil
    }

    /// Moves the selection, clamped to the rows, and scrolls it into view.
    public mutating func apply(_ move: ListMove, rowCount: Int) {
        guard rowCount > 0 else {
            selected = 0
            offset = 0
            return
        }
        let page = max(1, viewport - 1)
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = rowCount - 1
        case .to(let row): selected = row
        }
        clamp(rowCount: rowCount)
    }

    /// Keeps the selection inside the rows and in view of the last viewport.
    public mutating func clamp(rowCount: Int) {
        selected = min(max(0, selected), max(0, rowCount - 1))
        scrollIntoView(viewport: viewport, rowCount: rowCount)
    }

    /// Adjusts `offset` so the selection is visible in `viewport` rows and no space is wasted at the end.
    public mutating func scrollIntoView(viewport rows: Int, rowCount: Int) {
        viewport = max(1, rows)
        if selected < offset { offset = selected }
        if selected >= offset + viewport { offset = selected - viewport + 1 }
        offset = max(0, min(offset, rowCount - viewport))
    }
}

/// The selection state of a `Table` (the same as a list's).
public typealias TableState = ListState
