/// A terminal colour: the terminal's default, or an index into the 256-colour palette
/// (0–7 the ANSI colours, 8–15 their bright variants, 16–255 the cube and grey ramp).
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// A palette index, 0–255.
    case indexed(UInt8)

    /// ANSI black (0).
    public static let black = Color.indexed(0)
    /// ANSI red (1).
    public static let red = Color.indexed(1)
    /// ANSI green (2).
    public static let green = Color.indexed(2)
    /// ANSI yellow (3).
    public static let yellow = Color.indexed(3)
    /// ANSI blue (4).
    public static let blue = Color.indexed(4)
    /// ANSI magenta (5).
    public static let magenta = Color.indexed(5)
    /// ANSI cyan (6).
    public static let cyan = Color.indexed(6)
    /// ANSI white (7), often light grey.
    public static let white = Color.indexed(7)

    /// Colour names accepted in theme files, in palette order (index = palette number).
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses a colour name ("red", "bright-cyan", "default"; "grey"/"gray" mean bright-black).
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if key == "default" {
            self = .default
        } else if key == "grey" || key == "gray" {
            self = .indexed(8)
        } else if let index = Color.names.firstIndex(of: key) {
            self = .indexed(UInt8(index))
        } else {
            return nil
        }
    }

    /// Parses a palette index 0–255.
    public init?(index: Int) {
        guard let value = UInt8(exactly: index) else { return nil }
        self = .indexed(value)
    }

    /// The palette index, or nil for the default colour.
    public var index: Int? {
        if case .indexed(let value) = self { return Int(value) }
        return nil
    }

    /// The name for indices 0–15 and "default", else the number.
    public var description: String {
        switch self {
        case .default: return "default"
        case .indexed(let value): return value < 16 ? Color.names[Int(value)] : String(value)
        }
    }
}
