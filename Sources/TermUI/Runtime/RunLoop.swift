/// Drives a `TerminalApp` on a backend: render, draw, wait for input, handle, repeat.
///
/// When the terminal is smaller than `minimumSize` the app is not drawn; a centred "terminal too
/// small" message is shown instead and keys are withheld from the app, so nothing is done blind.
/// Drawing resumes as soon as the terminal is large enough. `quitKey` (Ctrl-C by default) stops
/// the loop at once, whatever the app or the terminal size, so the user can always get out.
public struct RunLoop<Backend: TerminalBackend> {
    /// The backend frames go to.
    public let backend: Backend
    /// The smallest size the app is drawn at.
    public var minimumSize: Size
    /// The theme whose `default` style blank frames start in; also used for the too-small message.
    public var theme: Theme
    /// How long to wait for input before sending `.idle` (nil = wait forever).
    public var idleTimeout: Duration?
    /// The key that always quits (nil: leave every key to the app).
    public var quitKey: KeyEvent?

    /// Creates a run loop.
    public init(backend: Backend, minimumSize: Size = Size(width: 80, height: 24), theme: Theme = .mono,
                idleTimeout: Duration? = nil, quitKey: KeyEvent? = .ctrl("c")) {
        self.backend = backend
        self.minimumSize = minimumSize
        self.theme = theme
        self.idleTimeout = idleTimeout
        self.quitKey = quitKey
    }

    /// The frame for the current size: the app's, or the too-small message.
    public func frame<App: TerminalApp>(for app: inout App) -> Frame {
        var frame = Frame(size: backend.size, style: theme.style(.default))
        if frame.size.fits(minimumSize) {
            app.render(into: &frame)
        } else {
            TooSmallScreen.render(into: &frame.buffer, minimum: minimumSize, theme: theme)
            frame.cursor = nil
        }
        return frame
    }

    /// Runs until the app returns `.quit` or input ends; errors from the backend are rethrown.
    public func run<App: TerminalApp>(_ app: inout App) throws {
        while true {
            let frame = frame(for: &app)
            try backend.draw(frame.buffer, cursor: frame.cursor)
            let event = try backend.nextEvent(timeout: idleTimeout)
            if event == .endOfInput { return }
            if case .key(let key) = event {
                if let quitKey, key == quitKey { return }
                if !backend.size.fits(minimumSize) { continue }
            }
            if app.handle(event) == .quit { return }
        }
    }
}
