import RecourseCore

extension BundledTemplates {
    /// English letters that answer a promise to pay or a payment plan.
    static let englishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        CONFIRMATION OF YOUR PROMISE TO PAY

        {{> salutation}}

        Thank you for your promise to pay. We confirm, on behalf of
        our client, {{creditor.name}}, the arrangement made
        with you:
        {{#promise}}

          Agreed on: {{promise.made_on}}
          Amount:    {{promise.amount}}
          Pay by:    {{promise.due_on}}

        Your payment will be credited against the claim set out
        below. While the arrangement is kept, we will take no further
        collection steps.

        If the payment has not reached us in full by
        {{promise.due_on}}, the arrangement will lapse, the whole
        balance will be due immediately and we will resume collection
        without further notice.
        {{/promise}}

        The claim at the date of this letter:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Please make the payment to:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        PROMISE TO PAY NOT KEPT

        {{> salutation}}

        {{#promise}}
        On {{promise.made_on}} you promised to pay {{promise.amount}}
        by {{promise.due_on}}. That payment has not reached us in full
        by the agreed date, and the arrangement has therefore lapsed.
        {{/promise}}
        {{^promise}}
        The payment you promised has not reached us in full by the
        agreed date, and the arrangement has therefore lapsed.
        {{/promise}}

        On behalf of our client, {{creditor.name}}, we now
        require payment of the whole total due set out below, to
        reach the account below by {{pay_by}} at the latest.

        {{> claims}}
        {{> interest}}

        {{> total}}

        Please pay by {{pay_by}} to:

        {{> payment}}

        {{> payment_reference}}

        If payment is not received by {{pay_by}}, our client reserves
        the right to take further steps to recover the debt, including
        legal proceedings, without further notice.

        If you have paid in the meantime, please send us the details
        of the payment so that we can trace it.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        CONFIRMATION OF YOUR PAYMENT PLAN

        {{> salutation}}

        On behalf of our client, {{creditor.name}}, we confirm
        the payment plan agreed with you for the claim set out below.
        {{#plan}}
        Please pay each instalment so that it reaches the account
        below by its due date:

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Total of the plan: {{plan.total}}
        {{/plan}}

        While the plan is kept, we will take no further collection
        steps. If an instalment has not reached us in full by its due
        date, the plan will lapse, the whole outstanding balance will
        be due immediately and we will resume collection without
        further notice.

        The claim at the date of this letter:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Please make each payment to:

        {{> payment}}

        quoting the reference {{payment.rf_reference}}, so that your
        payments can be matched to this case.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
