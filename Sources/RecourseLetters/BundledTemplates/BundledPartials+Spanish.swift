extension BundledTemplates {
    /// Spanish partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let spanishPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Tel. {{agency.phone}}
            Correo electrónico {{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            A la atención de {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            {{letter_date}}

            Nuestra referencia: {{reference}}
            Acreedor:           {{creditor.name}}
            {{#debtor.vat_id}}
            Su NIF-IVA:         {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}Estimado/a {{contact.name}}:{{/contact}}{{^contact}}Muy señores nuestros:{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Principal pendiente: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Intereses de demora
            Base legal: {{interest.law}}
            Tipo:       {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Intereses hasta el {{interest.as_of}} inclusive: {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Indemnización por costes de cobro: {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            TOTAL ADEUDADO: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Beneficiario: {{payment.beneficiary}}
              IBAN:         {{payment.iban}}
              BIC:          {{payment.bic}}

            """#,

        "payment_reference": #"""
            indicando la referencia {{payment.rf_reference}}, para que el
            pago pueda asignarse a este expediente.

            """#,

        "closing": #"""
            Atentamente,

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            Los intereses se calculan desde el día siguiente a cada fecha
            de vencimiento hasta el {{interest.as_of}} inclusive, por los
            días naturales transcurridos sobre un año de 365 días. Cuando
            el tipo se fija por semestres, el período se divide a 1 de
            enero y a 1 de julio y a cada parte se le aplica el tipo de
            su semestre.
            {{/interest}}

            """#,
    ]
}
