/// Everything the case screen and `recourse case REF` show about one case.
public struct CaseDetail: Hashable, Sendable {
    /// The case itself.
    public let collectionCase: CollectionCase
    /// The agency's client.
    public let creditor: Creditor
    /// The debtor company with its contacts.
    public let debtor: Debtor
    /// The caseworker who owns the case.
    public let assignee: User?
    /// The claims, oldest due first.
    public let claims: [Claim]
    /// Promises with what was paid towards each, newest first.
    public let promises: [PromiseProgress]
    /// Payment plans, newest first.
    public let plans: [PaymentPlan]
    /// Payments received, newest first.
    public let payments: [Payment]
    /// The history, newest first.
    public let activities: [Activity]
    /// The lawyer's matter, for a case in legal collection.
    public let legal: LegalMatter?
    /// The insolvency claim, for a case in insolvency.
    public let insolvency: InsolvencyClaim?

    /// A case detail.
    public init(
        collectionCase: CollectionCase, creditor: Creditor, debtor: Debtor, assignee: User?, claims: [Claim],
        promises: [PromiseProgress], plans: [PaymentPlan] = [], payments: [Payment], activities: [Activity],
        legal: LegalMatter? = nil, insolvency: InsolvencyClaim? = nil
    ) {
        self.legal = legal
        self.insolvency = insolvency
        self.collectionCase = collectionCase
        self.creditor = creditor
        self.debtor = debtor
        self.assignee = assignee
        self.claims = claims
        self.promises = promises
        self.plans = plans
        self.payments = payments
        self.activities = activities
    }

    /// The claims added up.
    public var balance: CaseBalance { CaseBalance(claims: claims) }

    /// The plan in force, if any.
    public var activePlan: PaymentPlan? { plans.first { $0.active } }

    /// The promise that is still in force, if any.
    public var activePromise: PromiseProgress? { promises.first { $0.promise.active } }
}
