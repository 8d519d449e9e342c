extension BundledTemplates {
    /// English partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let englishPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Tel. {{agency.phone}}
            {{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            For the attention of {{contact.name}}, {{contact.role}}
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            {{letter_date}}

            Our reference: {{reference}}
            Our client:    {{creditor.name}}
            {{#debtor.vat_id}}
            Your VAT no.:  {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}Dear {{contact.name}},{{/contact}}{{^contact}}Dear Sir or Madam,{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Unpaid principal: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
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

            """#,

        "total": #"""
            {{#total_due}}
            TOTAL DUE: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Beneficiary: {{payment.beneficiary}}
              IBAN:        {{payment.iban}}
              BIC:         {{payment.bic}}

            """#,

        "payment_reference": #"""
            quoting the reference {{payment.rf_reference}}, so that your
            payment can be matched to this case.

            """#,

        "closing": #"""
            {{#contact}}Yours sincerely,{{/contact}}{{^contact}}Yours faithfully,{{/contact}}

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
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
