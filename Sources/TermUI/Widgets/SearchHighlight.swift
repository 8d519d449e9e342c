import Foundation

extension StyledLine {
    /// `text` in `role`, with every occurrence of `query` (ignoring case and accents) in `matchRole`.
    ///
    /// For filter-as-you-type lists: `TableCell(spans: StyledLine.highlighting(name, query: filter).spans)`.
    public static func highlighting(_ text: String, query: String, role: ThemeRole = .default,
                                    matchRole: ThemeRole = .searchMatch) -> StyledLine {
        guard !query.isEmpty else { return StyledLine(text, role: role) }
        var spans: [Span] = []
        var searchStart = text.startIndex
        var plainStart = text.startIndex
        while searchStart < text.endIndex,
              let match = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive],
                                     range: searchStart..<text.endIndex) {
            if plainStart < match.lowerBound { spans.append(Span(String(text[plainStart..<match.lowerBound]), role: role)) }
            spans.append(Span(String(text[match]), role: matchRole))
            plainStart = match.upperBound
            searchStart = match.isEmpty ? text.index(after: match.upperBound) : match.upperBound
        }
        if plainStart < text.endIndex { spans.append(Span(String(text[plainStart...]), role: role)) }
        return StyledLine(spans)
    }
}
