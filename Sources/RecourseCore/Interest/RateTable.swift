/// A published reference-rate series that statutory late-payment rates are built on.
public enum RateSeries: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// The ECB main refinancing operations rate in force on 1 January / 1 July (EU default, FR, NL, IT).
    case ecbMainRefinancing = "ecb-mro"
    /// The German Basiszinssatz of § 247 BGB, set on 1 January and 1 July (Bundesbank series BBIN1).
    case germanBaseRate = "de-basiszins"
    /// The Bank of England base rate on the reference date: 31 December before an H1, 30 June for an H2.
    case bankOfEnglandReference = "uk-boe-reference"

    /// The name used in messages, e.g. `Basiszinssatz`.
    public var displayName: String {
        switch self {
        case .ecbMainRefinancing: return "ECB main refinancing rate"
        case .germanBaseRate: return "Basiszinssatz"
        case .bankOfEnglandReference: return "Bank of England reference rate"
        }
    }

    /// The key used in rate files, e.g. `de-basiszins`.
    public var description: String { rawValue }
}

/// Reference rates by series and half-year, in basis points (2.50% = 250; negative rates allowed).
public struct RateTable: Hashable, Sendable {
    /// The rates: series → half-year → basis points.
    public private(set) var basisPoints: [RateSeries: [HalfYear: Int]]

    /// A table holding the given rates.
    public init(_ basisPoints: [RateSeries: [HalfYear: Int]] = [:]) {
        self.basisPoints = basisPoints
    }

    /// A table with no rates at all.
    public static let empty = RateTable()

    /// The rate of a series for a half-year in basis points, nil when the table does not have it.
    public func rate(_ series: RateSeries, _ half: HalfYear) -> Int? {
        basisPoints[series]?[half]
    }

    /// Sets (or replaces) one rate.
    public mutating func set(_ series: RateSeries, _ half: HalfYear, basisPoints rate: Int) {
        basisPoints[series, default: [:]][half] = rate
    }

    /// The half-years a series has a rate for, oldest first.
    public func halfYears(_ series: RateSeries) -> [HalfYear] {
        (basisPoints[series] ?? [:]).keys.sorted()
    }

    /// This table with `overrides` laid over it: where both have a rate, the override wins.
    public func merging(_ overrides: RateTable) -> RateTable {
        var merged = self
        for (series, rates) in overrides.basisPoints {
            for (half, rate) in rates { merged.set(series, half, basisPoints: rate) }
        }
        return merged
    }
}
