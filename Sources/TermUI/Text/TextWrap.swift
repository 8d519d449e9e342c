/// Word wrapping by display width, for dialogs, help text and notes.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns.
    ///
    /// Breaks at spaces where possible; a word longer than the width is broken between clusters.
    /// Newlines in the text start new lines. Every returned line is sanitised.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let clusters = TextSanitizer.clusters(String(word))
            let wordWidth = clusters.reduce(0) { $0 + $1.width }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " "
                lineWidth += 1
            } else if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            for cluster in clusters {
                if lineWidth + cluster.width > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += cluster.text
                lineWidth += cluster.width
            }
        }
        lines.append(line)
        return lines
    }
}
