import Foundation
import RecourseCore

/// Filter-as-you-type over the queue: reference, debtor, country and stage, case-insensitive.
///
/// Each row's text is lower-cased and normalised once; a query is then a byte search, so typing
/// into a 100,000-row queue stays within a frame. A query that extends the previous one only
/// searches the previous matches.
struct QueueSearchIndex {
    private var haystacks: [[UInt8]]
    private var lastQuery: [UInt8] = []
    private var lastMatches: [Int]

    init(entries: [QueueEntry]) {
        haystacks = entries.map { entry in
            let candidate = entry.candidate
            let text = "\(candidate.reference) \(candidate.debtorName) \(candidate.debtorCountry) \(candidate.stage.rawValue)"
            return Array(Self.normalise(text).utf8)
        }
        lastMatches = Array(haystacks.indices)
    }

    /// Lower-case, precomposed (so `é` typed matches `é` stored decomposed).
    static func normalise(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : lower.precomposedStringWithCanonicalMapping
    }

    /// Indices of the rows matching `query` (all rows for an empty query), in queue order.
    mutating func matches(_ query: String) -> [Int] {
        let needle = Array(Self.normalise(query.trimmingCharacters(in: .whitespaces)).utf8)
        guard !needle.isEmpty else {
            lastQuery = []
            lastMatches = Array(haystacks.indices)
            return lastMatches
        }
        let pool = needle.starts(with: lastQuery) && !lastQuery.isEmpty ? lastMatches : Array(haystacks.indices)
        let found = pool.filter { Self.contains(haystacks[$0], needle) }
        lastQuery = needle
        lastMatches = found
        return found
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
