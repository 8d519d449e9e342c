/// A titled group of key hints in the help overlay.
public struct HelpSection: Hashable, Sendable {
    /// The group heading.
    public var title: String
    /// Keys and what they do.
    public var entries: [KeyHint]

    /// Creates a section.
    public init(title: String, entries: [KeyHint]) {
        self.title = title
        self.entries = entries
    }
}

/// The `?` overlay: a centred box listing keys and descriptions by group, generated from keymaps.
public struct HelpOverlay: Widget, Sendable {
    /// The box title.
    public var title: String
    /// The groups, in order.
    public var sections: [HelpSection]
    /// Lines scrolled off the top (for long help on small terminals).
    public var scroll: Int

    /// Creates an overlay.
    public init(title: String = "Help", sections: [HelpSection], scroll: Int = 0) {
        self.title = title
        self.sections = sections
        self.scroll = max(0, scroll)
    }

    /// The overlay's lines: a heading per section, then "key  description" rows.
    public func lines(keyColumn: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(StyledLine([])) }
            lines.append(StyledLine(section.title, role: .header))
            for entry in section.entries {
                let key = DisplayWidth.fit(entry.key, toWidth: keyColumn)
                lines.append(StyledLine([Span(key, role: .keyHint), Span("  "), Span(entry.description, role: .keyDesc)]))
            }
        }
        return lines
    }

    /// Draws the box centred in `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let entries = sections.flatMap(\.entries)
        let keyColumn = min(20, entries.map { DisplayWidth.width(of: $0.key) }.max() ?? 0)
        let content = lines(keyColumn: keyColumn)
        let width = min(area.width, max(DisplayWidth.width(of: title) + 6, (content.map(\.width).max() ?? 0) + 4))
        let height = min(area.height, content.count + 2)
        let box = area.centered(Size(width: width, height: height))
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme.style(.default))
        let block = Block(title: title, focused: true)
        block.render(into: &buffer, area: box, theme: theme)
        let inner = block.inner(box).inset(left: 1, right: 1)
        let start = min(scroll, max(0, content.count - inner.height))
        for row in 0..<inner.height where start + row < content.count {
            let line = content[start + row].truncated(toWidth: inner.width)
            buffer.put(line, at: Point(x: inner.x, y: inner.y + row), maxWidth: inner.width, theme: theme)
        }
    }
}
