/// The case facts a letter's text relies on, captured when it is rendered. When the case's facts
/// differ now (a payment, a new claim, a dispute, a promise), the letter is stale and must be
/// rendered again before it may be approved.
public struct LetterBasis: Hashable, Sendable, Codable {
    /// One claim as the letter saw it.
    public struct ClaimFact: Hashable, Sendable, Codable {
        /// Claim row id.
        public let id: Int64
        /// Invoice number.
        public let invoice: String
        /// ISO currency code.
        public let currency: String
        /// Outstanding in minor units.
        public let outstandingMinor: Int64
        /// Disputed flag.
        public let disputed: Bool

        /// A claim fact.
        public init(id: Int64, invoice: String, currency: String, outstandingMinor: Int64, disputed: Bool) {
            self.id = id
            self.invoice = invoice
            self.currency = currency
            self.outstandingMinor = outstandingMinor
            self.disputed = disputed
        }
    }

    /// The claims, by id.
    public let claims: [ClaimFact]
    /// The stage name.
    public let stage: String
    /// The case-level dispute flag.
    public let disputed: Bool
    /// The promise in force, if any.
    public let activePromiseId: Int64?
    /// The payment plan in force, if any.
    public let activePlanId: Int64?
    /// The newest payment, if any.
    public let lastPaymentId: Int64?

    /// A basis from its parts; claims are kept in id order.
    public init(claims: [ClaimFact], stage: String, disputed: Bool, activePromiseId: Int64?, activePlanId: Int64?, lastPaymentId: Int64?) {
        self.claims = claims.sorted { $0.id < $1.id }
        self.stage = stage
        self.disputed = disputed
        self.activePromiseId = activePromiseId
        self.activePlanId = activePlanId
        self.lastPaymentId = lastPaymentId
    }

    /// The basis of a case as read whole.
    public init(detail: CaseDetail) {
        self.init(
            claims: detail.claims.map {
                ClaimFact(id: $0.id, invoice: $0.invoiceNumber, currency: $0.outstanding.currency.code,
                          outstandingMinor: $0.outstanding.minorUnits, disputed: $0.disputed)
            },
            stage: detail.collectionCase.stage.rawValue, disputed: detail.collectionCase.disputed,
            activePromiseId: detail.activePromise?.promise.id, activePlanId: detail.activePlan?.id,
            lastPaymentId: detail.payments.map(\.id).max())
    }

    /// What changed from this basis to `now`, in words for the preview; empty when nothing did.
    public func changes(to now: LetterBasis) -> [String] {
        var changes: [String] = []
        if lastPaymentId != now.lastPaymentId { changes.append("a payment was received") }
        changes += claimChanges(to: now)
        if stage != now.stage { changes.append("the case moved from \(stage) to \(now.stage)") }
        if disputed != now.disputed { changes.append(now.disputed ? "the case is now disputed" : "the dispute on the case was resolved") }
        if activePromiseId != now.activePromiseId {
            changes.append(now.activePromiseId == nil ? "the promise to pay ended" : "a promise to pay was recorded")
        }
        if activePlanId != now.activePlanId {
            changes.append(now.activePlanId == nil ? "the payment plan ended" : "a payment plan was agreed")
        }
        return changes
    }

    private func claimChanges(to now: LetterBasis) -> [String] {
        let formatter = MoneyFormatter(conventions: .pointDecimal)
        func amount(_ fact: ClaimFact) -> String {
            guard let currency = try? Currency(code: fact.currency) else { return "\(fact.currency) \(fact.outstandingMinor)" }
            return formatter.string(Money(minorUnits: fact.outstandingMinor, currency: currency))
        }
        var changes: [String] = []
        let before = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(now.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for fact in now.claims {
            guard let old = before[fact.id] else {
                changes.append("new claim \(fact.invoice) (\(amount(fact)))")
                continue
            }
            if old.outstandingMinor != fact.outstandingMinor {
                changes.append("\(fact.invoice): outstanding \(amount(old)) → \(amount(fact))")
            }
            if old.disputed != fact.disputed {
                changes.append(fact.disputed ? "\(fact.invoice) is now disputed" : "\(fact.invoice) is no longer disputed")
            }
        }
        for fact in claims where after[fact.id] == nil { changes.append("claim \(fact.invoice) was removed") }
        return changes
    }
}
