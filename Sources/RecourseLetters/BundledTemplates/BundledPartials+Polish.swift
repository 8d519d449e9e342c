extension BundledTemplates {
    /// Polish partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let polishPartials: [String: String] = [
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
            Do rąk: {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            {{letter_date}}

            Nasz znak:  {{reference}}
            Wierzyciel: {{creditor.name}}
            {{#debtor.vat_id}}
            Nr VAT:     {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            Szanowni Państwo,

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Należność główna: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Odsetki za opóźnienie w transakcjach handlowych
            Podstawa prawna: {{interest.law}}
            Stopa:           {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Odsetki do dnia {{interest.as_of}} włącznie: {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Rekompensata za koszty odzyskiwania należności: {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            ŁĄCZNIE DO ZAPŁATY: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Odbiorca: {{payment.beneficiary}}
              IBAN:     {{payment.iban}}
              BIC:      {{payment.bic}}

            """#,

        "payment_reference": #"""
            z podaniem w tytule przelewu numeru referencyjnego
            {{payment.rf_reference}}, co pozwoli przypisać wpłatę do tej
            sprawy.

            """#,

        "closing": #"""
            Z poważaniem

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            Odsetki naliczane są od dnia następującego po terminie
            płatności każdej faktury do dnia {{interest.as_of}} włącznie,
            według rzeczywistej liczby dni, przy przyjęciu roku liczącego
            365 dni. Jeżeli stopa ustalana jest na półrocza, okres dzieli
            się na części z dniem 1 stycznia i 1 lipca, a do każdej części
            stosuje się stopę obowiązującą w danym półroczu.
            {{/interest}}

            """#,
    ]
}
