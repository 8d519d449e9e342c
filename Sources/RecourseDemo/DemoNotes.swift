import RecourseCore

/// What a caseworker would type after a call, per outcome — varied, specific, in English.
enum DemoNotes {
    static func call(_ outcome: CallOutcome, contact: String, invoice: String, email: String?, random: inout DemoRandom) -> String {
        switch outcome {
        case .promiseToPay:
            return random.pick([
                "Spoke to \(contact). Confirmed the amount; payment run is on Thursdays. Promise noted, confirmation to follow.",
                "\(contact) agreed to pay after their customer settles. Will pay by the promised date.",
                "Promise given by \(contact); asked for our bank details again, sent by e-mail.",
            ])
        case .plan: return "Cash-flow problems after losing a large customer. Agreed a plan with \(contact); first instalment next week."
        case .alreadyPaid: return "\(contact) says \(invoice) was paid by bank transfer last week; asked for the remittance advice to match it."
        case .callback:
            return random.pick([
                "\(contact) in a meeting; asked us to call back.",
                "AP manager back from holiday later; reception asked for a callback.",
                "\(contact) needs to check with the finance director first; call back as agreed.",
            ])
        case .dispute:
            return random.pick([
                "Disputes \(invoice): goods arrived damaged. Asked for photos and the signed delivery note.",
                "Says \(invoice) was priced above the quote. Requested the purchase order from the creditor.",
                "Quantity dispute on \(invoice): 40 units short on delivery.",
            ])
        case .refusesToPay: return "Director refuses to pay; claims the quality issues were settled verbally. Proposed for review."
        case .insolvency: return "Told an administrator has been appointed. Asked for practitioner details and the case number."
        case .invoiceNotReceived: return "Says \(invoice) was never received; sent a copy to \(email ?? "their accounts address")."
        case .leftMessage: return "Left a voicemail with our reference and direct number."
        case .noAnswer: return random.pick(["No answer.", "Line busy, tried twice.", "No answer after eight rings."])
        case .wrongNumber: return "Number belongs to another company; need a new number for \(contact)."
        case .thirdParty: return "Reception took a message for accounts payable; \(contact) not available today."
        }
    }

    static let legalInstruction = [
        "Review: no response after the letter before action. Instructed local counsel to issue a formal demand.",
        "Review: debtor refuses to pay, claim well documented. Sent to legal for a payment order.",
    ]

    static let lawyerUpdates = [
        "Lawyer: formal demand served; debtor has 14 days to respond.",
        "Lawyer: payment order applied for at the district court.",
        "Lawyer: debtor's counsel asked for a settlement proposal.",
    ]

    static let insolvencyNotes = [
        "Administration confirmed in the official register; claim to be lodged with the practitioner.",
        "Liquidator appointed; proof of debt sent with copies of the invoices.",
    ]

    static let holdNotes = [
        "Hold at the creditor's request: they are negotiating directly with the debtor.",
        "Hold: creditor checking a possible credit note.",
    ]
}
