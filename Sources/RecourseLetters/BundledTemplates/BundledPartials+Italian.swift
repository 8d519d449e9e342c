extension BundledTemplates {
    /// Italian partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let italianPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Tel. {{agency.phone}}
            E-mail {{agency.email}}

            """#,

        "recipient": #"""
            Spett.le
            {{debtor.name}}
            {{#contact}}
            Alla c.a. di {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            {{letter_date}}

            Nostro riferimento: {{reference}}
            Per conto di:       {{creditor.name}}
            {{#debtor.vat_id}}
            Vostra partita IVA: {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Capitale insoluto: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Interessi moratori
            Normativa: {{interest.law}}
            Tasso:     {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Interessi fino al giorno {{interest.as_of}} incluso: {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Risarcimento spese di recupero: {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            TOTALE DOVUTO: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Beneficiario: {{payment.beneficiary}}
              IBAN:         {{payment.iban}}
              BIC:          {{payment.bic}}

            """#,

        "payment_reference": #"""
            indicando nella causale il riferimento {{payment.rf_reference}},
            affinché il pagamento possa essere abbinato a questa pratica.

            """#,

        "closing": #"""
            Distinti saluti

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            Gli interessi sono calcolati dal giorno successivo a ciascuna
            scadenza fino al giorno {{interest.as_of}} incluso, sui giorni
            effettivi con anno di 365 giorni. Se il tasso è fissato per
            semestre, il periodo è suddiviso al 1° gennaio e al 1° luglio
            e ciascuna parte è calcolata al tasso del proprio semestre.
            {{/interest}}

            """#,
    ]
}
