/// Where frames go and where input comes from: the real terminal (ncurses) or a headless test double.
public protocol TerminalBackend: AnyObject {
    /// The current terminal size in cells.
    var size: Size { get }
    /// Shows `buffer` (only what changed since the last draw) and places the cursor, or hides it when nil.
    func draw(_ buffer: Buffer, cursor: Point?) throws
    /// Waits for the next event: at most `timeout` (nil = forever). `.idle` when nothing arrived.
    func nextEvent(timeout: Duration?) throws -> InputEvent
}

/// One frame being drawn: the buffer plus where the text cursor should be.
public struct Frame: Sendable {
    /// The cells of the frame.
    public var buffer: Buffer
    /// The cursor position for a focused input, or nil to hide the cursor.
    public var cursor: Point?

    /// A blank frame of `size`, every cell a space in `style`.
    public init(size: Size, style: Style = .plain) {
        self.buffer = Buffer(size: size, style: style)
        self.cursor = nil
    }

    /// The frame size.
    public var size: Size { buffer.size }
    /// The whole frame as a rectangle.
    public var area: Rect { buffer.area }

    /// Draws a widget into `area`.
    public mutating func render(_ widget: some Widget, in area: Rect, theme: Theme) {
        widget.render(into: &buffer, area: area, theme: theme)
    }

    /// Draws a stateful widget into `area`, updating its state.
    public mutating func render<W: StatefulWidget>(_ widget: W, in area: Rect, theme: Theme, state: inout W.State) {
        widget.render(into: &buffer, area: area, theme: theme, state: &state)
    }
}

/// What the application wants after handling an event.
public enum EventOutcome: Hashable, Sendable {
    /// Keep running.
    case `continue`
    /// Stop the run loop.
    case quit
}

/// An application driven by `RunLoop`: it draws frames and reacts to events.
public protocol TerminalApp {
    /// Draws the whole screen into `frame` (which starts blank) and sets `frame.cursor` if needed.
    mutating func render(into frame: inout Frame)
    /// Reacts to a key, resize or idle tick.
    mutating func handle(_ event: InputEvent) -> EventOutcome
}
