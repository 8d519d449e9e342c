import RecourseCore

extension BundledTemplates {
    /// English letters (British business usage), also the fallback for every other language.
    static let english: [LetterLevel: String] = englishLadder.merging(englishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder, friendly reminder to letter before action.
    private static let englishLadder: [LetterLevel: String] = [
        .reminder: #"""
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

        PAYMENT REMINDER

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

        We write on behalf of our client, {{creditor.name}},
        about the invoices listed below. According to our client's
        records, they are past their due date and have not yet been
        paid.

        This may simply be an oversight. We should be grateful if you
        would arrange payment of the total due by {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        Under the applicable law, late payment carries interest and
        may give our client a right to compensation for recovery
        costs. The amounts are shown below and included in the total.

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

        If you have already paid, please disregard this letter, and
        thank you. If you believe that any amount is not owed, or you
        need a copy of an invoice, please contact us, quoting our
        reference.

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

        .firm: #"""
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

        SECOND REMINDER – OVERDUE INVOICES

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

        Despite our earlier reminder, the invoices listed below,
        which we are collecting on behalf of our client,
        {{creditor.name}}, remain unpaid.

        We must now ask you to pay the total due so that it reaches
        the account below by {{pay_by}} at the latest.

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        As payment is late, our client claims the statutory interest
        and the compensation for recovery costs provided by law, as
        set out below. Interest continues to accrue until payment.

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

        If there is a reason why these invoices have not been paid,
        please contact us now, quoting our reference, so that the
        matter can be resolved. If you have paid in the meantime,
        please disregard this letter.

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

        .final: #"""
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

        FINAL DEMAND

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

        Despite our previous letters, the invoices listed below,
        which we are collecting on behalf of our client,
        {{creditor.name}}, are still unpaid.

        This is our final demand. We require payment of the total due,
        to reach the account below by {{pay_by}} at the latest. This is
        your last opportunity to settle the matter before further
        steps are taken.

        {{claims_table}}

        {{#outstanding}}
        Unpaid principal: {{.}}
        {{/outstanding}}
        {{#interest}}

        Our client claims the statutory interest and the compensation
        for recovery costs provided by law, as set out below. Interest
        continues to accrue until payment.

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
        legal proceedings, without further notice. The costs of such
        steps may be claimed from you to the extent the law allows.

        If you are unable to pay in full, contact us before that date.

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

        .beforeAction: #"""
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

        LETTER BEFORE ACTION

        {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

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

        Payment must reach us by {{pay_by}} at the latest:

          Beneficiary: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        quoting the reference {{payment.rf_reference}}, so that your
        payment can be matched to this case.

        If you dispute the claim in whole or in part, tell us in
        writing before {{pay_by}}, giving your reasons and enclosing
        any documents you rely on.

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
