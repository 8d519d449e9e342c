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
            var bytes: [UInt8] = []
            bytes.reserveCapacity(64)
            for part in [candidate.reference, candidate.debtorName, candidate.debtorCountry, candidate.stage.rawValue] {
                if !bytes.isEmpty { bytes.append(0x20) }
                Self.appendNormalised(part, to: &bytes)
            }
            return bytes
        }
        lastMatches = Array(haystacks.indices)
    }

    /// Appends `text` lower-cased and precomposed; ASCII (most names) takes a fast path.
    private static func appendNormalised(_ text: String, to bytes: inout [UInt8]) {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
        }
        guard ascii else {
            bytes.append(contentsOf: normalise(text).utf8)
            return
        }
        for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
    }

    /// Lower-case, precomposed (so `é` typed matches `é` stored decomposed). Only text that holds
    /// combining marks goes through Foundation's composition, which is slow on Linux.
    static func normalise(_ text: String) -> String {
        let lower = text.lowercased()
        let combining = lower.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0x3099...0x309A, 0xFE20...0xFE2F: return true
            default: return false
            }
        }
        return combining ? lower.precomposedStringWithCanonicalMapping : lower
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
