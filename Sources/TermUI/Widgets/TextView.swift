/// Scrollable lines of styled text (case history, letter previews, help text).
public struct TextView: StatefulWidget, Sendable {
    /// The content.
    public var lines: [StyledLine]
    /// Whether long lines wrap at spaces (otherwise they are cut with `…`).
    public var wrap: Bool

    /// Creates a text view.
    public init(lines: [StyledLine], wrap: Bool = true) {
        self.lines = lines
        self.wrap = wrap
    }

    /// The lines as laid out for `width` columns (wrapped if asked).
    public func layoutLines(width: Int) -> [StyledLine] {
        guard wrap else { return lines }
        return lines.flatMap { $0.wrapped(toWidth: width) }
    }

    /// Clears `area` and draws the visible lines, clamping `state` to the content.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme, state: inout ScrollState) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.style(.default))
        let laid = layoutLines(width: area.width)
        state.update(viewport: area.height, contentHeight: laid.count)
        for row in 0..<area.height {
            let index = state.offset + row
            guard index < laid.count else { break }
            let point = Point(x: area.x, y: area.y + row)
            buffer.put(laid[index].truncated(toWidth: area.width), at: point, maxWidth: area.width, theme: theme)
        }
    }
}

extension StyledLine {
    /// The line cut to fit `width` columns, ending in `…` (roles kept).
    public func truncated(toWidth width: Int) -> StyledLine {
        guard self.width > width else { return self }
        guard width > 1 else { return width == 1 ? StyledLine("…") : StyledLine([]) }
        let head = prefix(width: width - 1)
        return StyledLine(head.spans + [Span("…", role: head.spans.last?.role ?? .default)])
    }

    /// The leading clusters that fit in `width` columns.
    public func prefix(width: Int) -> StyledLine {
        var used = 0
        var result: [Span] = []
        for span in spans {
            var text = ""
            for cluster in TextSanitizer.clusters(span.text) {
                guard used + cluster.width <= width else { break }
                text += cluster.text
                used += cluster.width
            }
            if !text.isEmpty { result.append(Span(text, role: span.role)) }
            if used >= width { break }
        }
        return StyledLine(result)
    }
}
