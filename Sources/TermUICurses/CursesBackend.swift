import CNCurses
import Foundation
import TermUI

/// Why the terminal could not be set up.
public struct CursesError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the user.
    public let description: String
}

/// The real terminal, through ncursesw: draws TermUI buffers (diffed) and reads keys with `wget_wch`.
///
/// Creating one switches the terminal to curses mode (raw, no echo, keypad, short ESC delay);
/// `shutdown()` — also run on deinit, at exit, and on SIGINT/SIGTERM/SIGHUP and crashes —
/// restores it. Prefer `CursesBackend.withTerminal` or `CursesBackend.run`, which always shut down.
public final class CursesBackend: TerminalBackend {
    /// What colours the terminal can show (`.none` under `NO_COLOR`).
    public let colorCapability: ColorCapability
    private var screen: OpaquePointer?
    private var painter: CursesPainter
    private var previous: Buffer?
    private var cursorVisible: Bool?
    private var fastErrors = 0

    /// Sets the terminal up. Throws when stdin/stdout are not a terminal or `TERM` is unusable.
    public init(escapeDelay: Int = 25, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        if recourse_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesError(description: "not a terminal: the console needs an interactive terminal on stdin and stdout")
        }
        recourse_install_restore_handlers()
        guard let screen = recourse_newterm() else {
            let term = environment["TERM"] ?? "(unset)"
            throw CursesError(description: "cannot initialise the terminal (TERM=\(term))")
        }
        self.screen = screen
        _ = set_term(screen)
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(recourse_stdscr(), true)
        _ = set_escdelay(Int32(max(1, escapeDelay)))
        // COLORS is only known after start_color(), which is skipped under NO_COLOR.
        var capability = ColorCapability.detect(colors: 256, hasColors: has_colors(), environment: environment)
        if capability != .none {
            _ = start_color()
            _ = use_default_colors()
            capability = ColorCapability.detect(colors: Int(recourse_colors()), environment: environment)
        }
        colorCapability = capability
        painter = CursesPainter(colorsEnabled: capability != .none)
        _ = curs_set(0)
        cursorVisible = false
    }

    deinit { shutdown() }

    /// Restores the terminal (idempotent).
    public func shutdown() {
        guard let screen else { return }
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// The terminal size in cells.
    public var size: Size {
        Size(width: Int(recourse_cols()), height: Int(recourse_lines()))
    }

    /// Flushes the cells that changed since the last frame (all of them after a resize).
    public func draw(_ buffer: Buffer, cursor: Point?) throws {
        guard screen != nil else { throw CursesError(description: "the terminal was already shut down") }
        let full = previous.map { $0.size != buffer.size } ?? true
        if full { _ = wclear(recourse_stdscr()) }
        let changes = full ? buffer.diff(against: Buffer(size: .zero)) : previous.map { buffer.diff(against: $0) } ?? []
        let limit = size
        for change in changes where !change.cell.isContinuation {
            guard change.point.x < limit.width, change.point.y < limit.height else { continue }
            painter.paint(change.cell, x: Int32(change.point.x), y: Int32(change.point.y))
        }
        previous = buffer
        let wantCursor = cursor.map { Rect(size: limit).contains($0) } ?? false
        if wantCursor != cursorVisible {
            _ = curs_set(wantCursor ? 1 : 0)
            cursorVisible = wantCursor
        }
        if let cursor, wantCursor { _ = wmove(recourse_stdscr(), Int32(cursor.y), Int32(cursor.x)) }
        _ = wrefresh(recourse_stdscr())
    }

    /// Waits for a key (or resize) for at most `timeout`; `.idle` on timeout, `.endOfInput` when
    /// the terminal keeps failing to deliver input (closed or hung up).
    public func nextEvent(timeout: Duration?) throws -> InputEvent {
        let milliseconds = timeout.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) }
        wtimeout(recourse_stdscr(), milliseconds ?? -1)
        let clock = ContinuousClock()
        let start = clock.now
        var value: wint_t = 0
        let code = wget_wch(recourse_stdscr(), &value)
        if code == ERR {
            let quick = clock.now - start < .milliseconds(max(1, Int(milliseconds ?? 1000) / 2))
            fastErrors = quick ? fastErrors + 1 : 0
            return fastErrors > 50 ? .endOfInput : .idle
        }
        fastErrors = 0
        let key = code == KEY_CODE_YES ? CursesKeys.functionKey(Int32(value)) : CursesKeys.characterKey(value)
        guard let key else { return .idle }
        if key == .resize {
            previous = nil
            return .resize(size)
        }
        return .key(key)
    }

    /// Sets up the terminal, runs `body`, and restores the terminal however `body` ends.
    public static func withTerminal<T>(escapeDelay: Int = 25, _ body: (CursesBackend) throws -> T) throws -> T {
        let backend = try CursesBackend(escapeDelay: escapeDelay)
        defer { backend.shutdown() }
        return try body(backend)
    }

    /// Runs `app` on the real terminal until it quits, showing the too-small message below
    /// `minimumSize`, and restores the terminal on the way out (also when an error is thrown).
    public static func run<App: TerminalApp>(_ app: inout App, minimumSize: Size = Size(width: 80, height: 24),
                                             theme: Theme = .mono, idleTimeout: Duration? = nil) throws {
        try withTerminal { backend in
            let loop = RunLoop(backend: backend, minimumSize: minimumSize,
                               theme: theme.adapted(to: backend.colorCapability), idleTimeout: idleTimeout)
            try loop.run(&app)
        }
    }
}
