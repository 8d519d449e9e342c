/// Vertical scroll position of a text view, kept by the application between frames.
public struct ScrollState: Hashable, Sendable {
    /// The first visible line.
    public var offset: Int
    /// Lines visible at the last render; used for paging.
    public var viewport: Int
    /// Lines of content at the last render; used to stop at the end.
    public var contentHeight: Int

    /// Creates a state scrolled to `offset`.
    public init(offset: Int = 0) {
        self.offset = max(0, offset)
        self.viewport = 1
        self.contentHeight = 0
    }

    /// The largest useful offset.
    public var maxOffset: Int { max(0, contentHeight - viewport) }

    /// Scrolls by a line, a page, or to either end.
    public mutating func apply(_ move: ListMove) {
        switch move {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= max(1, viewport - 1)
        case .pageDown: offset += max(1, viewport - 1)
        case .home: offset = 0
        case .end: offset = maxOffset
        case .to(let line): offset = line
        }
        offset = max(0, min(offset, maxOffset))
    }

    /// Records the viewport and content size of a render and clamps the offset.
    public mutating func update(viewport rows: Int, contentHeight lines: Int) {
        viewport = max(1, rows)
        contentHeight = max(0, lines)
        offset = max(0, min(offset, maxOffset))
    }
}
