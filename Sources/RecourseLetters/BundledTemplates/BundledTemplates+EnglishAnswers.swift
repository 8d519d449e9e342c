import RecourseCore

extension BundledTemplates {
    /// English letters that answer a promise to pay or a payment plan.
    static let englishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        For the attention of {{contact.name}}, {{contact.role}}
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Our reference: {{reference}}
        Our client:    {{creditor.name}}
        {{#debtor.vat_id}}
        Your VAT no.:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        CONFIRMATION OF YOUR PROMISE TO PAY

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        Statutory interest
        Law:  {{interest.law}}
        Rate: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interest to {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Compensation for recovery costs: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL DUE: {{.}}
        {{/total_due}}

        Please make the payment to:

          Beneficiary: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        quoting the reference {{payment.rf_reference}}, so that your
        payment can be matched to this case.

        {{#contact}}Yours sincerely,{{/contact}}{{^contact}}Yours faithfully,{{/contact}}

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Interest is calculated from the day after each due date up to
        and including {{interest.as_of}}, on the actual number of days
        over a 365-day year. Where the rate is set by half-year, the
        period is split at 1 January and 1 July and each part bears the
        rate for its half-year.
        {{/interest}}
        """#,

        .brokenPromise: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        For the attention of {{contact.name}}, {{contact.role}}
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Our reference: {{reference}}
        Our client:    {{creditor.name}}
        {{#debtor.vat_id}}
        Your VAT no.:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        PROMISE TO PAY NOT KEPT

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        Statutory interest
        Law:  {{interest.law}}
        Rate: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interest to {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Compensation for recovery costs: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL DUE: {{.}}
        {{/total_due}}

        Please pay by {{pay_by}} to:

          Beneficiary: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        quoting the reference {{payment.rf_reference}}, so that your
        payment can be matched to this case.

        If payment is not received by {{pay_by}}, our client reserves
        the right to take further steps to recover the debt, including
        legal proceedings, without further notice.

        If you have paid in the meantime, please send us the details
        of the payment so that we can trace it.

        {{#contact}}Yours sincerely,{{/contact}}{{^contact}}Yours faithfully,{{/contact}}

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Interest is calculated from the day after each due date up to
        and including {{interest.as_of}}, on the actual number of days
        over a 365-day year. Where the rate is set by half-year, the
        period is split at 1 January and 1 July and each part bears the
        rate for its half-year.
        {{/interest}}
        """#,

        .planConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        For the attention of {{contact.name}}, {{contact.role}}
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Our reference: {{reference}}
        Our client:    {{creditor.name}}
        {{#debtor.vat_id}}
        Your VAT no.:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        CONFIRMATION OF YOUR PAYMENT PLAN

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        Statutory interest
        Law:  {{interest.law}}
        Rate: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interest to {{interest.as_of}} inclusive: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Compensation for recovery costs: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAL DUE: {{.}}
        {{/total_due}}

        Please make each payment to:

          Beneficiary: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        quoting the reference {{payment.rf_reference}}, so that your
        payments can be matched to this case.

        {{#contact}}Yours sincerely,{{/contact}}{{^contact}}Yours faithfully,{{/contact}}

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Interest is calculated from the day after each due date up to
        and including {{interest.as_of}}, on the actual number of days
        over a 365-day year. Where the rate is set by half-year, the
        period is split at 1 January and 1 July and each part bears the
        rate for its half-year.
        {{/interest}}
        """#,
    ]
}
