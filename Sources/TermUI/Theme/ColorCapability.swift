/// How many colours the terminal can show.
public enum ColorCapability: Int, Sendable, Comparable {
    /// No colour (or `NO_COLOR` set): attributes only.
    case none = 0
    /// The 8 ANSI colours.
    case eight = 8
    /// The 8 ANSI colours and their bright variants.
    case sixteen = 16
    /// The full 256-colour palette.
    case full = 256

    /// The capability for a terminal reporting `colors` colours, honouring `NO_COLOR`
    /// (set to any non-empty value) in `environment`.
    public static func detect(colors: Int, hasColors: Bool = true, environment: [String: String]) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors else { return .none }
        if colors >= 256 { return .full }
        if colors >= 16 { return .sixteen }
        if colors >= 8 { return .eight }
        return .none
    }

    /// Orders capabilities from none to full.
    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Theme {
    /// This theme made displayable on a terminal with `capability`.
    ///
    /// Full colour is unchanged. 16 and 8 colours map palette entries to the nearest colour the
    /// terminal has (on 8, a bright foreground becomes bold); if that makes foreground and
    /// background equal, the foreground is switched to black or white. No colour returns
    /// `monochrome` (by default the built-in mono theme) with this theme's name kept out of it,
    /// because a colour theme may mark selection by colour alone.
    public func adapted(to capability: ColorCapability, monochrome: Theme = .mono) -> Theme {
        switch capability {
        case .full: return self
        case .none: return monochrome
        case .sixteen, .eight:
            let limit = capability == .eight ? 8 : 16
            var copy = self
            for (role, style) in styles {
                copy.styles[role] = Palette.degrade(style, toColors: limit)
            }
            return copy
        }
    }
}
