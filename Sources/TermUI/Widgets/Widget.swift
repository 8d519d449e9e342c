/// Something that draws itself into a buffer area using theme roles.
public protocol Widget {
    /// Draws into `area` of `buffer`, never outside it.
    func render(into buffer: inout Buffer, area: Rect, theme: Theme)
}

/// A widget whose drawing depends on, and may adjust, external state (selection, scrolling).
public protocol StatefulWidget {
    /// The state kept by the application between frames.
    associatedtype State
    /// Draws into `area`, updating `state` (e.g. scrolling the selection into view).
    func render(into buffer: inout Buffer, area: Rect, theme: Theme, state: inout State)
}

extension Buffer {
    /// Draws a sequence of `Span`s on one row starting at `point`, within `maxWidth` columns.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ line: StyledLine, at point: Point, maxWidth: Int, theme: Theme, base: Style? = nil) -> Int {
        var used = 0
        for span in line.spans {
            guard used < maxWidth else { break }
            let style = base.map { theme.style(span.role).patched(over: $0) } ?? theme.style(span.role)
            used += put(span.text, at: point.offset(dx: used), maxWidth: maxWidth - used, style: style)
        }
        return used
    }
}
