extension Buffer {
    /// The cells that differ from `previous`, row by row; every cell when the sizes differ.
    ///
    /// Continuation cells are included so a backend knows the column is taken, but backends draw
    /// only the cell holding the glyph.
    public func diff(against previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        let width = size.width
        if previous.size != size {
            changes.reserveCapacity(cells.count)
            for (index, cell) in cells.enumerated() {
                changes.append(CellChange(point: Point(x: index % max(1, width), y: index / max(1, width)), cell: cell))
            }
            return changes
        }
        for index in cells.indices where cells[index] != previous.cells[index] {
            changes.append(CellChange(point: Point(x: index % width, y: index / width), cell: cells[index]))
        }
        return changes
    }

    /// Copies `other` into this buffer with its top-left corner at `origin`, clipped.
    public mutating func blit(_ other: Buffer, at origin: Point) {
        for y in 0..<other.size.height {
            for x in 0..<other.size.width {
                let cell = other.cells[y * other.size.width + x]
                if cell.isContinuation { continue }
                setCell(cell, x: origin.x + x, y: origin.y + y)
            }
        }
    }
}
