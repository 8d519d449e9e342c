/// A backend without a terminal, for tests and benchmarks: fixed size, scripted input, recorded frames.
public final class HeadlessBackend: TerminalBackend {
    /// The current size; change it with `resize(to:)`.
    public private(set) var size: Size
    /// Every frame drawn, in order.
    public private(set) var frames: [Buffer] = []
    /// The cursor of every frame drawn, in order.
    public private(set) var cursors: [Point?] = []
    /// Cells changed per draw (diff against the previous frame), as a real backend would flush.
    public private(set) var changedCells: [Int] = []
    /// Whether to keep every frame (turn off for long benchmarks to save memory).
    public var recordsFrames: Bool
    private var script: [InputEvent]
    private var scriptIndex = 0
    private var previous: Buffer?

    /// Creates a backend of `size` that will deliver `events` in order, then `.endOfInput`.
    public init(size: Size, events: [InputEvent] = [], recordsFrames: Bool = true) {
        self.size = size
        self.script = events
        self.recordsFrames = recordsFrames
    }

    /// Creates a backend delivering `keys` as key events.
    public convenience init(size: Size, keys: [KeyEvent]) {
        self.init(size: size, events: keys.map { .key($0) })
    }

    /// The last frame drawn.
    public var lastFrame: Buffer? { recordsFrames ? frames.last : previous }

    /// Appends events to the script.
    public func enqueue(_ events: [InputEvent]) {
        script.append(contentsOf: events)
    }

    /// Changes the size now and queues the matching `.resize` event.
    public func resize(to newSize: Size) {
        size = newSize
        script.insert(.resize(newSize), at: scriptIndex)
    }

    /// Records the frame and how many cells differ from the previous one.
    public func draw(_ buffer: Buffer, cursor: Point?) {
        changedCells.append(previous.map { buffer.diff(against: $0).count } ?? buffer.cells.count)
        previous = buffer
        if recordsFrames {
            frames.append(buffer)
            cursors.append(cursor)
        }
    }

    /// The next scripted event; a scripted `.resize` also applies the new size. `.endOfInput` when done.
    public func nextEvent(timeout: Duration?) -> InputEvent {
        guard scriptIndex < script.count else { return .endOfInput }
        let event = script[scriptIndex]
        scriptIndex += 1
        if case .resize(let newSize) = event { size = newSize }
        return event
    }
}
