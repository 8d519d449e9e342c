import TermUI

/// Text prepared for a terminal line: the toolkit's sanitising and display-width rules.
enum TerminalText {
    static func width(_ text: String) -> Int { DisplayWidth.width(of: text) }
    static func truncate(_ text: String, toWidth width: Int) -> String { DisplayWidth.truncate(text, toWidth: width) }
    static func sanitize(_ text: String) -> String { TextSanitizer.sanitize(text) }
}
