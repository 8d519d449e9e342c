/// The parts of each late-payment law the calculator needs: reference series, margin, how periods split.
extension InterestJurisdiction {
    /// The reference-rate series the statutory rate is built on; nil when there is no statutory rule.
    public var referenceSeries: RateSeries? {
        switch self {
        case .euDefault, .france, .netherlands, .italy: return .ecbMainRefinancing
        case .germany: return .germanBaseRate
        case .unitedKingdom: return .bankOfEnglandReference
        case .none: return nil
        }
    }

    /// Points above the reference rate, in basis points: 800 (EU, NL, IT, GB), 900 (DE), 1000 (FR).
    public var marginBasisPoints: Int {
        switch self {
        case .euDefault, .netherlands, .italy, .unitedKingdom: return 800
        case .germany: return 900
        case .france: return 1000
        case .none: return 0
        }
    }

    /// True when the rate follows the half-year, so periods are split at 1 January and 1 July.
    /// False for GB, whose rate is fixed for the life of the debt.
    public var splitsAtHalfYears: Bool {
        switch self {
        case .euDefault, .germany, .france, .netherlands, .italy: return true
        case .unitedKingdom, .none: return false
        }
    }

    /// True for the Netherlands: unpaid interest is added to the principal at each anniversary of the start of interest.
    public var compoundsAnnually: Bool { self == .netherlands }

    /// The statute for interest and compensation, cited as in its own language, for letters and
    /// command output, e.g. `§ 288 Abs. 2 und 5 BGB`.
    public var statute: String {
        switch self {
        case .euDefault: return "Directive 2011/7/EU, art. 3 and 6"
        case .unitedKingdom: return "Late Payment of Commercial Debts (Interest) Act 1998, s. 4 and 5A"
        case .germany: return "§ 288 Abs. 2 und 5 BGB"
        case .france: return "Code de commerce, art. L441-10 et D441-5"
        case .netherlands: return "art. 6:119a BW; Besluit vergoeding voor buitengerechtelijke incassokosten"
        case .italy: return "D.Lgs. 9 ottobre 2002, n. 231, art. 5 e 6"
        case .none: return "no statutory rule"
        }
    }
}
