/// Horizontal alignment of text inside a fixed number of columns.
public enum Alignment: Sendable, Hashable {
    /// Flush with the left edge.
    case left
    /// Flush with the right edge.
    case right
    /// Centred, extra column on the right.
    case center
}

extension DisplayWidth {
    /// The sanitised text cut to at most `width` columns, ending with `…` when anything was cut.
    ///
    /// A wide glyph is never split: if it would straddle the edge it is left out and the gap is
    /// padded with a space, so a cut result is exactly `width` columns.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let clusters = TextSanitizer.clusters(text)
        let total = clusters.reduce(0) { $0 + $1.width }
        if total <= width { return clusters.map(\.text).joined() }
        var out = ""
        var used = 0
        for cluster in clusters {
            if used + cluster.width > width - 1 { break }
            out += cluster.text
            used += cluster.width
        }
        out += "…"
        used += 1
        if used < width { out += String(repeating: " ", count: width - used) }
        return out
    }

    /// The text truncated (with `…`) or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width)
        let gap = width - self.width(of: cut)
        guard gap > 0 else { return cut }
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }
}
