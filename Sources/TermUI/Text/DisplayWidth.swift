/// Display width in terminal columns, measured per grapheme cluster.
///
/// A cluster is two columns when any of its scalars is East Asian Wide or Fullwidth, has
/// default emoji presentation, or when it is a regional-indicator pair (a flag); otherwise one.
/// Combining marks, ZWJ and variation selectors add nothing inside their cluster. Ambiguous-width
/// characters count as one column, as in Western locales.
public enum DisplayWidth {
    /// Total columns `text` occupies once sanitised (what `Buffer.put` would use).
    public static func width(of text: String) -> Int {
        var total = 0
        for character in text {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                total += 1
            } else if let safe = TextSanitizer.sanitize(cluster: character) {
                total += clusterWidth(safe)
            }
        }
        return total
    }

    /// Columns of one already-sanitised cluster: 0 only when it is empty, else 1 or 2.
    public static func clusterWidth(_ cluster: String) -> Int {
        var regionalIndicators = 0
        var count = 0
        for scalar in cluster.unicodeScalars {
            count += 1
            if scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF {
                regionalIndicators += 1
                continue
            }
            if isWide(scalar) { return 2 }
        }
        if count == 0 { return 0 }
        return regionalIndicators >= 2 ? 2 : 1
    }

    /// True when this scalar alone is drawn two columns wide.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if EastAsianWideTable.contains(value) { return true }
        if value >= 0x1F1E6 && value <= 0x1F1FF { return false }
        return scalar.properties.isEmojiPresentation
    }
}
