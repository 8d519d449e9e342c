import Foundation

/// A key name in a config file that could not be understood.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public var name: String
    /// Creates the error for `name`.
    public init(name: String) { self.name = name }
    /// A message naming the bad key and the accepted forms.
    public var description: String {
        "unknown key name '\(name)' (use a character, or: enter, esc, tab, shift-tab, space, "
            + "backspace, delete, insert, up, down, left, right, pgup, pgdn, home, end, f1–f24, ctrl-<letter>)"
    }
}

extension KeyEvent {
    private static let named: [(name: String, key: KeyEvent, display: String)] = [
        ("enter", .enter, "Enter"), ("esc", .escape, "Esc"), ("tab", .tab, "Tab"),
        ("shift-tab", .backTab, "Shift-Tab"), ("up", .up, "↑"), ("down", .down, "↓"),
        ("left", .left, "←"), ("right", .right, "→"), ("pgup", .pageUp, "PgUp"),
        ("pgdn", .pageDown, "PgDn"), ("home", .home, "Home"), ("end", .end, "End"),
        ("backspace", .backspace, "Backspace"), ("delete", .delete, "Del"), ("insert", .insert, "Ins"),
        ("space", .character(" "), "Space"), ("resize", .resize, "Resize"),
    ]

    private static let aliases: [String: String] = [
        "return": "enter", "escape": "esc", "backtab": "shift-tab", "s-tab": "shift-tab",
        "pageup": "pgup", "page-up": "pgup", "pagedown": "pgdn", "page-down": "pgdn",
        "del": "delete", "ins": "insert", "bs": "backspace",
    ]

    /// Parses a config/help key name: "j", "?", "G", "enter", "esc", "shift-tab", "ctrl-s",
    /// "pgdn", "up", "f1", "space". Named keys are case-insensitive; single characters are not.
    public init(name raw: String) throws(KeyNameError) {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if name.count == 1, let character = name.first, TextSanitizer.isSafe(name), character != " " {
            self = .character(character)
            return
        }
        var lower = name.lowercased()
        lower = KeyEvent.aliases[lower] ?? lower
        if let match = KeyEvent.named.first(where: { $0.name == lower }) {
            self = match.key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter || "[\\]^_@ ".contains(letter) {
                self = .ctrl(letter)
                return
            }
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        throw KeyNameError(name: raw)
    }

    /// The canonical config name ("ctrl-s", "pgdn", "j", "space"); `KeyEvent(name:)` reads it back.
    public var name: String {
        if let match = KeyEvent.named.first(where: { $0.key == self }) { return match.name }
        switch self {
        case .character(let character): return String(character)
        case .ctrl(let letter): return "ctrl-\(letter)"
        case .function(let number): return "f\(number)"
        default: return "?"
        }
    }

    /// The name shown to people: "Ctrl-S", "Enter", "Esc", "PgDn", "↑", "Space", "F1", "j".
    public var displayName: String {
        if let match = KeyEvent.named.first(where: { $0.key == self }) { return match.display }
        switch self {
        case .character(let character): return TextSanitizer.sanitize(String(character))
        case .ctrl(let letter): return "Ctrl-\(letter.uppercased())"
        case .function(let number): return "F\(number)"
        default: return "?"
        }
    }
}
