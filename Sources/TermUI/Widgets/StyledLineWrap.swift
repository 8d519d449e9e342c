extension StyledLine {
    /// The line broken into lines of at most `width` columns, at spaces where possible.
    ///
    /// Roles are kept per cluster; a word wider than the line is broken between clusters.
    public func wrapped(toWidth width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var pieces: [(cluster: DisplayCluster, role: ThemeRole)] = []
        for span in spans {
            for cluster in TextSanitizer.clusters(span.text) { pieces.append((cluster, span.role)) }
        }
        var result: [StyledLine] = []
        var start = 0
        while start < pieces.count {
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < pieces.count, used + pieces[end].cluster.width <= width {
                if pieces[end].cluster.text == " " { lastSpace = end }
                used += pieces[end].cluster.width
                end += 1
            }
            var next = end
            if end < pieces.count, pieces[end].cluster.text == " " {
                next = end + 1
            } else if end < pieces.count, let space = lastSpace, space > start {
                end = space
                next = space + 1
            }
            result.append(StyledLine.joining(pieces[start..<end]))
            start = max(next, start + 1)
        }
        return result.isEmpty ? [StyledLine([])] : result
    }

    private static func joining(_ pieces: ArraySlice<(cluster: DisplayCluster, role: ThemeRole)>) -> StyledLine {
        var spans: [Span] = []
        for piece in pieces {
            if let last = spans.last, last.role == piece.role {
                spans[spans.count - 1].text += piece.cluster.text
            } else {
                spans.append(Span(piece.cluster.text, role: piece.role))
            }
        }
        return StyledLine(spans)
    }
}
