/// A grid of cells that widgets draw into; backends flush it (or its diff) to the terminal.
public struct Buffer: Sendable, Equatable {
    /// Width and height in cells.
    public private(set) var size: Size
    /// Cells row by row; index `y * width + x`.
    public private(set) var cells: [Cell]

    /// A buffer of `size` filled with blank cells in `style`.
    public init(size: Size, style: Style = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(size: size) }

    /// The cell at `point`, or nil outside the buffer.
    public subscript(point: Point) -> Cell? {
        guard area.contains(point) else { return nil }
        return cells[point.y * size.width + point.x]
    }

    /// The cell at column `x`, row `y`, or nil outside the buffer.
    public subscript(x: Int, y: Int) -> Cell? { self[Point(x: x, y: y)] }

    /// Draws `text` at `point`, using at most `maxWidth` columns (and never past the right edge).
    ///
    /// The one safe drawing entry: the text is sanitised, measured per cluster and clipped; a wide
    /// glyph that would straddle the limit is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, maxWidth: Int = Int.max, style: Style) -> Int {
        guard point.y >= 0, point.y < size.height, point.x < size.width else { return 0 }
        let limit = point.x + min(max(0, maxWidth), size.width - point.x)
        var x = point.x
        for cluster in TextSanitizer.clusters(text) {
            if x >= limit { break }
            if x + cluster.width > limit {
                while x < limit {
                    if x >= 0 { setCell(Cell.blank(style), x: x, y: point.y) }
                    x += 1
                }
                break
            }
            if x >= 0 {
                setCell(Cell(symbol: cluster.text, width: cluster.width, style: style), x: x, y: point.y)
            } else if x + cluster.width > 0 {
                setCell(Cell.blank(style), x: 0, y: point.y)
            }
            x += cluster.width
        }
        return max(0, x - max(0, point.x))
    }

    /// Fills `rect` (clipped to the buffer) with `symbol` (one narrow cluster) in `style`.
    public mutating func fill(_ rect: Rect, symbol: Character = " ", style: Style) {
        let clip = rect.intersection(area)
        let cluster = TextSanitizer.sanitize(cluster: symbol).flatMap {
            DisplayWidth.clusterWidth($0) == 1 ? $0 : nil
        } ?? " "
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX {
                setCell(Cell(symbol: cluster, width: 1, style: style), x: x, y: y)
            }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clip = rect.intersection(area)
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX {
                cells[y * size.width + x].style = style
            }
        }
    }

    /// Blanks every cell in `style`.
    public mutating func clear(style: Style = .plain) {
        cells = Array(repeating: .blank(style), count: cells.count)
    }

    /// The text of each row (continuation cells contribute nothing); trailing spaces trimmed if asked.
    public func lines(trimTrailingSpaces: Bool = true) -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += cells[y * size.width + x].symbol }
            guard trimTrailingSpaces else { return line }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Writes one cell, keeping wide glyphs whole: overwriting either half of a wide glyph
    /// blanks its other half, and a wide cell claims the next column as its continuation.
    mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let row = y * size.width
        let old = cells[row + x]
        if old.isContinuation, x > 0, cells[row + x - 1].width == 2 {
            cells[row + x - 1] = .blank(cells[row + x - 1].style)
        }
        if old.width == 2, x + 1 < size.width {
            cells[row + x + 1] = .blank(old.style)
        }
        if cell.width == 2 {
            guard x + 1 < size.width else {
                cells[row + x] = .blank(cell.style)
                return
            }
            let next = cells[row + x + 1]
            if next.width == 2, x + 2 < size.width { cells[row + x + 2] = .blank(next.style) }
            cells[row + x + 1] = .continuation(cell.style)
        }
        cells[row + x] = cell
    }
}
