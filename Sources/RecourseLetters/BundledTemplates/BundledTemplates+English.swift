import RecourseCore

extension BundledTemplates {
    /// English letters (British business usage), also the fallback for every other language.
    static let english: [LetterLevel: String] = englishLadder.merging(englishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder, friendly reminder to letter before action.
    private static let englishLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        PAYMENT REMINDER

        {{> salutation}}

        We write on behalf of our client, {{creditor.name}},
        about the invoices listed below. According to our client's
        records, they are past their due date and have not yet been
        paid.

        This may simply be an oversight. We should be grateful if you
        would arrange payment of the total due by {{pay_by}}.

        {{> claims}}
        {{#interest}}

        Under the applicable law, late payment carries interest and
        may give our client a right to compensation for recovery
        costs. The amounts are shown below and included in the total.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Please pay by {{pay_by}} to:

        {{> payment}}

        {{> payment_reference}}

        If you have already paid, please disregard this letter, and
        thank you. If you believe that any amount is not owed, or you
        need a copy of an invoice, please contact us, quoting our
        reference.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        SECOND REMINDER – OVERDUE INVOICES

        {{> salutation}}

        Despite our earlier reminder, the invoices listed below,
        which we are collecting on behalf of our client,
        {{creditor.name}}, remain unpaid.

        We must now ask you to pay the total due so that it reaches
        the account below by {{pay_by}} at the latest.

        {{> claims}}
        {{#interest}}

        As payment is late, our client claims the statutory interest
        and the compensation for recovery costs provided by law, as
        set out below. Interest continues to accrue until payment.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Please pay by {{pay_by}} to:

        {{> payment}}

        {{> payment_reference}}

        If there is a reason why these invoices have not been paid,
        please contact us now, quoting our reference, so that the
        matter can be resolved. If you have paid in the meantime,
        please disregard this letter.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        FINAL DEMAND

        {{> salutation}}

        Despite our previous letters, the invoices listed below,
        which we are collecting on behalf of our client,
        {{creditor.name}}, are still unpaid.

        This is our final demand. We require payment of the total due,
        to reach the account below by {{pay_by}} at the latest. This is
        your last opportunity to settle the matter before further
        steps are taken.

        {{> claims}}
        {{#interest}}

        Our client claims the statutory interest and the compensation
        for recovery costs provided by law, as set out below. Interest
        continues to accrue until payment.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Please pay by {{pay_by}} to:

        {{> payment}}

        {{> payment_reference}}

        If payment is not received by {{pay_by}}, our client reserves
        the right to take further steps to recover the debt, including
        legal proceedings, without further notice. The costs of such
        steps may be claimed from you to the extent the law allows.

        If you are unable to pay in full, contact us before that date.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        LETTER BEFORE ACTION

        {{> salutation}}

        We act for our client, {{creditor.name}}, in the
        recovery of the invoices listed below, which remain unpaid
        despite our previous letters. This is a formal notice before
        legal proceedings.

        Unless the total due reaches the account below in full by
        {{pay_by}}, our client will instruct lawyers in your country
        to start court proceedings against you without further notice.
        The claim will comprise the amounts set out below, any further
        interest the law provides, and the costs of the proceedings,
        which will be claimed from you to the extent the law allows.

        {{> claims}}
        {{> interest}}

        {{> total}}

        Payment must reach us by {{pay_by}} at the latest:

        {{> payment}}

        {{> payment_reference}}

        If you dispute the claim in whole or in part, tell us in
        writing before {{pay_by}}, giving your reasons and enclosing
        any documents you rely on.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
