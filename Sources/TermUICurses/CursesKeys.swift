import CNCurses
import TermUI

/// Maps what `wget_wch` returns to TermUI key events.
enum CursesKeys {
    /// The key for a `KEY_CODE_YES` function-key code, or nil for keys TermUI ignores.
    static func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            let f0 = recourse_key_f(0)
            if code > f0 && code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// The key for a character code: control codes become Enter, Tab, Esc, Backspace or Ctrl-x.
    static func characterKey(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }
            return .ctrl(Character(scalar))
        case 28...31:
            guard let scalar = Unicode.Scalar(value + 64) else { return nil }
            return .ctrl(Character(scalar))
        case 0x80...0x9F:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
