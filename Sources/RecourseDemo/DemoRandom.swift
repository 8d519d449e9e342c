/// A small, fast, deterministic random source (SplitMix64): the same seed gives the same portfolio
/// on every machine and every Swift version, which `SystemRandomNumberGenerator` would not.
struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A stream for one purpose (`stream`) of one item (`index`) under a portfolio seed.
    init(seed: UInt64, stream: UInt64, index: Int) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ (stream &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(truncatingIfNeeded: index) &* 0x94D0_49BB_1331_11EB
        _ = next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in a closed range (unbiased enough for demo data: 64-bit modulo).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// An index chosen with the given relative weights.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// A string of random decimal digits.
    mutating func digits(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count { text.append(Character(String(int(0...9)))) }
        return text
    }
}
