/// One grapheme cluster that is safe to draw, with its width in terminal columns.
public struct DisplayCluster: Hashable, Sendable {
    /// The cluster's text: never contains controls, bidi controls or unassigned code points.
    public var text: String
    /// Columns the cluster occupies: 1 or 2.
    public var width: Int

    /// Creates a cluster; use `TextSanitizer.clusters(_:)` rather than building these by hand.
    public init(text: String, width: Int) {
        self.text = text
        self.width = width
    }
}

/// The single entry point that turns untrusted text into something safe to draw.
///
/// Text is split into grapheme clusters. C0 controls (including ESC and BEL), DEL, C1 controls
/// (U+0080–U+009F, including the one-byte CSI U+009B), line/paragraph separators and unassigned
/// code points become U+FFFD; a tab becomes one space. Bidi overrides, embeddings, isolates and
/// marks, and other invisible format characters (BOM, zero-width space, word joiner…) are dropped;
/// ZWJ/ZWNJ are kept, and emoji tag sequences are kept inside emoji. A cluster that starts with a
/// combining mark gets a space as its base, so it never draws on top of the previous cell.
/// Swift strings are always valid Unicode; bytes go through `sanitize(bytes:)`, which turns
/// invalid UTF-8 into U+FFFD.
public enum TextSanitizer {
    /// The replacement character drawn in place of anything unsafe.
    public static let replacement: Character = "\u{FFFD}"

    /// Most scalars kept in one cluster; longer "zalgo" stacks are cut here.
    public static let maxScalarsPerCluster = 32

    /// The text with every cluster made safe (see the type's documentation).
    public static func sanitize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let safe = sanitize(cluster: character) { out += safe }
        }
        return out
    }

    /// Decodes bytes as UTF-8 (invalid sequences become U+FFFD) and sanitises the result.
    public static func sanitize<Bytes: Collection>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// The safe clusters of `text` with their display widths; what `Buffer.put` draws.
    public static func clusters(_ text: String) -> [DisplayCluster] {
        var result: [DisplayCluster] = []
        result.reserveCapacity(text.utf8.count)
        for character in text {
            guard let safe = sanitize(cluster: character) else { continue }
            result.append(DisplayCluster(text: safe, width: DisplayWidth.clusterWidth(safe)))
        }
        return result
    }

    /// One cluster made safe; `nil` when nothing visible remains (e.g. a lone bidi override).
    public static func sanitize(cluster character: Character) -> String? {
        if let ascii = character.asciiValue {
            if ascii >= 0x20 && ascii < 0x7F { return String(character) }
            return ascii == 0x09 ? " " : String(replacement)
        }
        let scalars = character.unicodeScalars
        let emojiCluster = scalars.first.map { $0.properties.isEmoji && $0.value > 0x7F } ?? false
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            switch classify(scalar, inEmoji: emojiCluster) {
            case .replaceCluster: return String(replacement)
            case .drop: continue
            case .keep:
                if kept.count < maxScalarsPerCluster { kept.append(scalar) }
            }
        }
        guard let first = kept.first else { return nil }
        if isZeroWidthLead(first) { kept.insert(" ", at: kept.startIndex) }
        return String(kept)
    }

    /// True when the text would be drawn exactly as given (nothing replaced or dropped).
    public static func isSafe(_ text: String) -> Bool {
        sanitize(text) == text
    }

    private enum Verdict { case keep, drop, replaceCluster }

    private static func classify(_ scalar: Unicode.Scalar, inEmoji: Bool) -> Verdict {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return .replaceCluster }
        if value == 0x2028 || value == 0x2029 { return .replaceCluster }
        switch scalar.properties.generalCategory {
        case .format:
            if value == 0x200C || value == 0x200D { return .keep }
            if inEmoji && value >= 0xE0020 && value <= 0xE007F { return .keep }
            return .drop
        case .unassigned, .surrogate, .control:
            return .replaceCluster
        default:
            return .keep
        }
    }

    private static func isZeroWidthLead(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return scalar.value == 0x200C || scalar.value == 0x200D
        }
    }
}
