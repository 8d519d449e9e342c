import Foundation
import RecourseConsole
import RecourseCore
import TermUI

/// Drives the console headless: keys in, text frames out.
struct ScreenHarness {
    var app: ConsoleApp
    let size: Size

    init(services: any ConsoleServices = FakeServices(), size: Size, theme: Theme = .mono) {
        app = ConsoleApp(services: services, theme: theme)
        self.size = size
    }

    /// The frame as lines of text (trailing spaces trimmed), through the run loop's too-small rule.
    mutating func screen() -> [String] {
        frame().buffer.lines()
    }

    /// The whole frame.
    mutating func frame() -> Frame {
        let backend = HeadlessBackend(size: size)
        return RunLoop(backend: backend, minimumSize: ConsoleApp.minimumSize).frame(for: &app)
    }

    /// Sends keys, drawing a frame before each as the run loop does; returns false if the app asked to quit.
    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> Bool {
        for key in keys {
            _ = frame()
            if app.handle(.key(key)) == .quit { return false }
        }
        return true
    }

    /// Types text into whatever has focus.
    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }
}
