/// The result code of a phone call (see domain/collections.md, "Calls").
public enum CallOutcome: String, Codable, Sendable, CaseIterable {
    /// Promise to pay.
    case promiseToPay = "PTP"
    /// Payment plan agreed.
    case plan = "PLAN"
    /// Says already paid.
    case alreadyPaid = "PAID"
    /// Callback requested.
    case callback = "CB"
    /// Dispute raised.
    case dispute = "DISP"
    /// Refuses to pay.
    case refusesToPay = "RTP"
    /// Reports insolvency or administration.
    case insolvency = "INSOLV"
    /// Invoice not received or awaiting approval.
    case invoiceNotReceived = "NOINV"
    /// Left a message.
    case leftMessage = "LM"
    /// No answer or busy.
    case noAnswer = "NA"
    /// Wrong number.
    case wrongNumber = "WN"
    /// Talked to a third party.
    case thirdParty = "TP"

    /// What the code means, for lists and the timeline.
    public var meaning: String {
        switch self {
        case .promiseToPay: return "promise to pay"
        case .plan: return "payment plan agreed"
        case .alreadyPaid: return "says already paid"
        case .callback: return "callback requested"
        case .dispute: return "dispute raised"
        case .refusesToPay: return "refuses to pay"
        case .insolvency: return "reports insolvency"
        case .invoiceNotReceived: return "invoice not received"
        case .leftMessage: return "left message"
        case .noAnswer: return "no answer"
        case .wrongNumber: return "wrong number"
        case .thirdParty: return "talked to third party"
        }
    }

    /// True when the debtor was actually reached (someone at the company spoke).
    public var isContact: Bool {
        switch self {
        case .leftMessage, .noAnswer, .wrongNumber: return false
        default: return true
        }
    }
}

/// Who dialled.
public enum CallDirection: String, Codable, Sendable, CaseIterable {
    /// The caseworker called the debtor.
    case outbound
    /// The debtor called the agency.
    case inbound
}
