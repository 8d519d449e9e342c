import Foundation

/// A case with a lawyer: who, what it may cost, where it stands in court.
public struct LegalMatter: Hashable, Sendable {
    /// The lawyer instructed.
    public let lawyer: Lawyer?
    /// When the case went to the lawyer.
    public let instructedOn: LocalDate
    /// The costs estimated when deciding.
    public let estimatedCosts: Money
    /// What the lawyer does next (as decided, then as updated).
    public let nextStep: String
    /// The court's reference, once proceedings are filed.
    public let courtReference: String?
    /// Costs incurred so far.
    public let costsSoFar: Money?
    /// Hearing dates, soonest first.
    public let hearings: [LocalDate]

    /// A legal matter.
    public init(
        lawyer: Lawyer?, instructedOn: LocalDate, estimatedCosts: Money, nextStep: String, courtReference: String?, costsSoFar: Money?,
        hearings: [LocalDate]
    ) {
        self.lawyer = lawyer
        self.instructedOn = instructedOn
        self.estimatedCosts = estimatedCosts
        self.nextStep = nextStep
        self.courtReference = courtReference
        self.costsSoFar = costsSoFar
        self.hearings = hearings
    }
}

/// A claim lodged in the debtor's insolvency.
public struct InsolvencyClaim: Hashable, Sendable {
    /// The insolvency practitioner (administrator, liquidator, Insolvenzverwalter).
    public let practitioner: String
    /// The last day to file the claim.
    public let filingDeadline: LocalDate
    /// The amounts claimed (principal and interest), per currency.
    public let claimed: [Money]
    /// When the claim was filed, once it is.
    public let filedOn: LocalDate?
    /// What the practitioner admitted.
    public let admitted: [Money]
    /// Dividends received.
    public let dividend: [Money]

    /// An insolvency claim.
    public init(practitioner: String, filingDeadline: LocalDate, claimed: [Money], filedOn: LocalDate?, admitted: [Money], dividend: [Money]) {
        self.practitioner = practitioner
        self.filingDeadline = filingDeadline
        self.claimed = claimed
        self.filedOn = filedOn
        self.admitted = admitted
        self.dividend = dividend
    }
}

/// A change to a legal matter or insolvency claim after the decision (`recourse legal update`, …).
public enum EscalationUpdate: Hashable, Sendable {
    /// Court reference, next step, costs so far, a hearing date to add.
    case legal(courtReference: String?, nextStep: String?, costsSoFar: Money?, hearing: LocalDate?)
    /// Filing date, admitted amount, a dividend received.
    case insolvency(filedOn: LocalDate?, admitted: Money?, dividend: Money?)
}
