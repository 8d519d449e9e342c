/// One terminal cell: a grapheme cluster, its width and its style.
///
/// A two-column glyph occupies its cell (`width == 2`) and the next one, which is a
/// continuation cell (`isContinuation`, empty symbol) that backends skip.
public struct Cell: Hashable, Sendable {
    /// The cluster drawn here; empty for a continuation cell.
    public var symbol: String
    /// Columns the symbol takes: 1, 2, or 0 for a continuation.
    public var width: Int
    /// How the cell looks.
    public var style: Style

    /// Creates a cell. Use `Buffer.put` to draw text; this does not sanitise.
    public init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A blank (space) cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    /// The right half of a wide glyph.
    public static func continuation(_ style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// True for the right half of a wide glyph.
    public var isContinuation: Bool { width == 0 }
}

/// A cell that differs between two frames, and where it is.
public struct CellChange: Hashable, Sendable {
    /// The cell's position.
    public var point: Point
    /// The new content.
    public var cell: Cell

    /// Creates a change record.
    public init(point: Point, cell: Cell) {
        self.point = point
        self.cell = cell
    }
}
