import Foundation
import RecourseCore

/// The stable JSON of `recourse case REF --json`.
struct CaseJSON: Encodable {
    struct Party: Encodable {
        let name: String
        let country: String
    }

    struct DebtorJSON: Encodable {
        let name: String
        let country: String
        let language: String
        let timeZone: String
        let registrationId: String?
        let vatId: String?
        let address: Address
        let contacts: [Contact]
    }

    struct ClaimJSON: Encodable {
        let invoiceNumber: String
        let issuedOn: LocalDate
        let dueOn: LocalDate
        let amount: Money
        let outstanding: Money
        let disputed: Bool
        let daysOverdue: Int
    }

    struct Balance: Encodable {
        let outstanding: [Money]
        let invoiced: [Money]
        let oldestOpenDue: LocalDate?
        let daysPastDue: Int
    }

    struct PromiseJSON: Encodable {
        let amount: Money
        let madeOn: LocalDate
        let dueOn: LocalDate
        let graceDays: Int
        let active: Bool
        let status: String
        let paid: Money
    }

    struct PlanJSON: Encodable {
        struct Instalment: Encodable {
            let dueOn: LocalDate
            let amount: Money
            let status: String
        }

        let frequency: String
        let madeOn: LocalDate
        let awaitingApproval: Bool
        let active: Bool
        let instalments: [Instalment]
    }

    struct PaymentJSON: Encodable {
        let receivedOn: LocalDate
        let amount: Money
        let reference: String?
    }

    struct HistoryJSON: Encodable {
        let at: String
        let actor: String
        let kind: String
        var direction: String?
        var contact: String?
        var outcome: String?
        var outcomeDetail: String?
        var durationMinutes: Int?
        var note: String?
        var amount: Money?
        var date: LocalDate?
        var reference: String?
        var fromStage: String?
        var toStage: String?
        var letterLevel: String?
        var letterEvent: String?
    }

    struct LegalJSON: Encodable {
        let lawyer: Lawyer?
        let instructedOn: LocalDate
        let estimatedCosts: Money
        let costsSoFar: Money?
        let courtReference: String?
        let hearings: [LocalDate]
        let nextStep: String
    }

    struct InsolvencyJSON: Encodable {
        let practitioner: String
        let filingDeadline: LocalDate
        let filedOn: LocalDate?
        let claimed: [Money]
        let admitted: [Money]
        let dividend: [Money]
    }

    let reference: String
    let asOf: LocalDate
    let stage: String
    let closeReason: String?
    let assignee: String?
    let placedOn: LocalDate
    let nextAction: QueueJSON.Action?
    let callbackAt: String?
    let holdUntil: LocalDate?
    let disputed: Bool
    let reviewRequested: Bool
    let creditor: Party
    let debtor: DebtorJSON
    let claims: [ClaimJSON]
    let balance: Balance
    let promises: [PromiseJSON]
    let plans: [PlanJSON]
    let payments: [PaymentJSON]
    let history: [HistoryJSON]
    /// The lawyer's matter, for a case in legal collection (absent otherwise).
    let legal: LegalJSON?
    /// The insolvency claim, for a case in insolvency (absent otherwise).
    let insolvency: InsolvencyJSON?

    init(_ detail: CaseDetail, asOf: LocalDate) {
        let theCase = detail.collectionCase
        let balance = detail.balance
        reference = theCase.reference
        self.asOf = asOf
        stage = theCase.stage.rawValue
        closeReason = theCase.closeReason?.rawValue
        assignee = detail.assignee?.login
        placedOn = theCase.placedOn
        nextAction = both(theCase.nextAction, theCase.nextActionOn).map { QueueJSON.Action(action: $0.code, on: $1) }
        callbackAt = theCase.callbackAt.map(Timestamp.utcString)
        holdUntil = theCase.holdUntil
        disputed = theCase.disputed
        reviewRequested = theCase.reviewRequested
        creditor = Party(name: detail.creditor.name, country: detail.creditor.country.code)
        let debtor = detail.debtor
        self.debtor = DebtorJSON(
            name: debtor.name, country: debtor.country.code, language: debtor.language.identifier, timeZone: debtor.timeZone,
            registrationId: debtor.registrationId, vatId: debtor.vatId, address: debtor.address, contacts: debtor.contacts)
        claims = detail.claims.map { claim in
            ClaimJSON(
                invoiceNumber: claim.invoiceNumber, issuedOn: claim.issuedOn, dueOn: claim.dueOn, amount: claim.amount,
                outstanding: claim.outstanding, disputed: claim.disputed, daysOverdue: claim.daysOverdue(asOf: asOf))
        }
        self.balance = Balance(
            outstanding: balance.outstanding.amounts, invoiced: balance.invoiced.amounts, oldestOpenDue: balance.oldestOpenDue,
            daysPastDue: balance.daysPastDue(asOf: asOf))
        promises = detail.promises.map { progress in
            PromiseJSON(
                amount: progress.promise.amount, madeOn: progress.promise.madeOn, dueOn: progress.promise.dueOn,
                graceDays: progress.promise.graceDays, active: progress.promise.active,
                status: progress.statusName(asOf: asOf), paid: progress.paid)
        }
        plans = detail.plans.map { plan in
            let statuses = plan.statuses(payments: detail.payments, asOf: asOf)
            return PlanJSON(
                frequency: plan.frequency.rawValue, madeOn: plan.madeOn, awaitingApproval: plan.awaitingApproval, active: plan.active,
                instalments: zip(plan.instalments, statuses).map {
                    PlanJSON.Instalment(dueOn: $0.0.dueOn, amount: $0.0.amount, status: $0.1.name)
                })
        }
        payments = detail.payments.map { PaymentJSON(receivedOn: $0.receivedOn, amount: $0.amount, reference: $0.reference) }
        history = detail.activities.map(Self.history)
        legal = detail.legal.map { matter in
            LegalJSON(
                lawyer: matter.lawyer, instructedOn: matter.instructedOn, estimatedCosts: matter.estimatedCosts, costsSoFar: matter.costsSoFar,
                courtReference: matter.courtReference, hearings: matter.hearings, nextStep: matter.nextStep)
        }
        insolvency = detail.insolvency.map { claim in
            InsolvencyJSON(
                practitioner: claim.practitioner, filingDeadline: claim.filingDeadline, filedOn: claim.filedOn, claimed: claim.claimed,
                admitted: claim.admitted, dividend: claim.dividend)
        }
    }

    private static func history(_ activity: Activity) -> HistoryJSON {
        var entry = HistoryJSON(at: Timestamp.utcString(activity.occurredAt), actor: activity.actor, kind: activity.detail.kind)
        switch activity.detail {
        case .call(let call):
            entry.direction = call.direction.rawValue
            entry.contact = call.contactName
            entry.outcome = call.outcome.rawValue
            entry.outcomeDetail = call.outcomeDetail
            entry.durationMinutes = call.durationMinutes
            entry.note = call.note
        case .note(let text):
            entry.note = text
        case .promise(let amount, let dueOn):
            entry.amount = amount
            entry.date = dueOn
        case .letter(let level, let event):
            entry.letterLevel = level.rawValue
            entry.letterEvent = event
        case .payment(let amount, let receivedOn, let reference):
            entry.amount = amount
            entry.date = receivedOn
            entry.reference = reference
        case .stageChange(let from, let to, let reason):
            entry.fromStage = from.rawValue
            entry.toStage = to.rawValue
            entry.note = reason
        }
        return entry
    }
}
