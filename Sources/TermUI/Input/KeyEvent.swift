/// A key press, as the application sees it.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (a whole grapheme cluster), including space.
    case character(Character)
    /// A control chord: `ctrl("s")` is Ctrl-S. The letter is lower-case.
    case ctrl(Character)
    /// Return / Enter.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// A function key, `function(1)` is F1.
    case function(Int)
    /// The terminal was resized (as a key, for scripts; backends report `InputEvent.resize`).
    case resize
}

/// Something the backend delivers to the run loop.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(KeyEvent)
    /// The terminal now has this size.
    case resize(Size)
    /// No input arrived within the requested timeout.
    case idle
    /// Input is closed (terminal gone, or a test script ran out): the run loop stops.
    case endOfInput
}
