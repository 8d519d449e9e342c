extension BundledTemplates {
    /// German partials: the blocks its letters share (see `partials` for the names). Each text ends
    /// with a newline (the blank line before the closing quotes) so that it stands in for whole lines.
    static let germanPartials: [String: String] = [
        "letterhead": #"""
            {{agency.name}}
            {{#agency.address_lines}}
            {{.}}
            {{/agency.address_lines}}
            Telefon {{agency.phone}}
            E-Mail {{agency.email}}

            """#,

        "recipient": #"""
            {{debtor.name}}
            {{#contact}}
            z. Hd. {{contact.name}} ({{contact.role}})
            {{/contact}}
            {{#debtor.address_lines}}
            {{.}}
            {{/debtor.address_lines}}

            """#,

        "references": #"""
            {{letter_date}}

            Unser Zeichen:  {{reference}}
            Auftraggeber:   {{creditor.name}}
            {{#debtor.vat_id}}
            Ihre USt-IdNr.: {{debtor.vat_id}}
            {{/debtor.vat_id}}

            """#,

        "salutation": #"""
            {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

            """#,

        "claims": #"""
            {{claims_table}}

            {{#outstanding}}
            Offene Hauptforderung: {{.}}
            {{/outstanding}}

            """#,

        "interest": #"""
            {{#interest}}

            Gesetzliche Verzugszinsen
            Rechtsgrundlage: {{interest.law}}
            Zinssatz:        {{interest.rate_basis}}

            {{interest.table}}

            {{#interest.amounts}}
            Zinsen bis einschließlich {{interest.as_of}}: {{.}}
            {{/interest.amounts}}
            {{#interest.compensation}}
            Entschädigung für Beitreibungskosten: {{.}}
            ({{interest.compensation_basis}})
            {{/interest.compensation}}
            {{/interest}}

            """#,

        "total": #"""
            {{#total_due}}
            GESAMTBETRAG: {{.}}
            {{/total_due}}

            """#,

        "payment": #"""
              Empfänger: {{payment.beneficiary}}
              IBAN:      {{payment.iban}}
              BIC:       {{payment.bic}}

            """#,

        "payment_reference": #"""
            Geben Sie als Verwendungszweck bitte die Referenz
            {{payment.rf_reference}} an, damit wir Ihre Zahlung diesem
            Vorgang zuordnen können.

            """#,

        "closing": #"""
            Mit freundlichen Grüßen

            {{caseworker.name}}
            {{agency.name}}

            """#,

        "fine_print": #"""
            {{#interest}}

            Die Zinsen werden vom Tag nach der jeweiligen Fälligkeit bis
            einschließlich {{interest.as_of}} nach der tatsächlichen Zahl
            der Tage auf Basis eines Jahres von 365 Tagen berechnet. Wird
            der Zinssatz halbjährlich festgesetzt, wird der Zeitraum zum
            1. Januar und 1. Juli geteilt und jeder Teil mit dem Satz
            seines Halbjahres verzinst.
            {{/interest}}

            """#,
    ]
}
