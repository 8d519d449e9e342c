/// A one-row tab bar: " 1 Queue │ 2 Letters │ 3 Escalations ".
public struct Tabs: Widget, Sendable {
    /// The tab titles.
    public var titles: [String]
    /// The index of the active tab.
    public var selected: Int

    /// Creates a tab bar.
    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// Draws the tabs on the first row of `area`; the active one in `titleFocus`, others in `titleBlur`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0), style: theme.style(.default))
        var x = area.x
        for (index, title) in titles.enumerated() {
            guard x < area.maxX else { break }
            if index > 0 {
                x += buffer.put("│", at: Point(x: x, y: area.y), maxWidth: area.maxX - x, style: theme.style(.border))
            }
            let role: ThemeRole = index == selected ? .titleFocus : .titleBlur
            x += buffer.put(" \(title) ", at: Point(x: x, y: area.y), maxWidth: area.maxX - x, style: theme.style(role))
        }
    }
}
