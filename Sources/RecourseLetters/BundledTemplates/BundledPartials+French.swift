extension BundledTemplates {
    /// French partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let frenchPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Tél. {{agency.phone}}
            Courriel {{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            À l'attention de {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            Le {{letter_date}}

            Notre référence :   {{reference}}
            Créancier :         {{creditor.name}}
            {{#debtor.vat_id}}
            Votre n° de TVA :   {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            Madame, Monsieur,

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Principal restant dû : {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Intérêts de retard
            Fondement : {{interest.law}}
            Taux :      {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Intérêts au {{interest.as_of}} inclus : {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Indemnité pour frais de recouvrement : {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            MONTANT TOTAL DÛ : {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Bénéficiaire : {{payment.beneficiary}}
              IBAN :         {{payment.iban}}
              BIC :          {{payment.bic}}

            """#,

        "payment_reference": #"""
            en indiquant la référence {{payment.rf_reference}}, afin que
            votre paiement puisse être affecté à ce dossier.

            """#,

        "closing": #"""
            Nous vous prions d'agréer, Madame, Monsieur, l'expression de
            nos salutations distinguées.

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            Les intérêts sont calculés du lendemain de chaque date
            d'échéance jusqu'au {{interest.as_of}} inclus, sur le nombre
            exact de jours rapporté à une année de 365 jours. Lorsque le
            taux est fixé par semestre, la période est scindée au
            1er janvier et au 1er juillet et chaque partie porte le taux
            de son semestre.
            {{/interest}}

            """#,
    ]
}
