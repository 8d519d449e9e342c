extension BundledTemplates {
    /// Dutch partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let dutchPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Tel. {{agency.phone}}
            E-mail {{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            T.a.v. {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            Datum:          {{letter_date}}
            Ons kenmerk:    {{reference}}
            Opdrachtgever:  {{creditor.name}}
            {{#debtor.vat_id}}
            Uw btw-nummer:  {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Openstaande hoofdsom: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Rente wegens te late betaling
            Grondslag: {{interest.law}}
            Rentevoet: {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Rente t/m {{interest.as_of}}: {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Vergoeding incassokosten: {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            TOTAAL VERSCHULDIGD: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Begunstigde: {{payment.beneficiary}}
              IBAN:        {{payment.iban}}
              BIC:         {{payment.bic}}

            """#,

        "payment_reference": #"""
            onder vermelding van betalingskenmerk {{payment.rf_reference}},
            zodat wij uw betaling aan dit dossier kunnen koppelen.

            """#,

        "closing": #"""
            Met vriendelijke groet,

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            De rente wordt berekend vanaf de dag na de vervaldatum van
            elke factuur tot en met {{interest.as_of}}, naar het werkelijke
            aantal dagen op basis van een jaar van 365 dagen. Wordt het
            rentepercentage per halfjaar vastgesteld, dan wordt de periode
            gesplitst op 1 januari en 1 juli en geldt voor elk deel het
            percentage van dat halfjaar.
            {{/interest}}

            """#,
    ]
}
