import RecourseCore

extension BundledTemplates {
    /// German letters that answer a Zahlungszusage or a Ratenzahlungsvereinbarung.
    static let germanAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Telefon {{agency.phone}}
        E-Mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        z. Hd. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Unser Zeichen:  {{reference}}
        Auftraggeber:   {{creditor.name}}
        {{#debtor.vat_id}}
        Ihre USt-IdNr.: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Bestätigung Ihrer Zahlungszusage

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        vielen Dank für Ihre Zahlungszusage. Im Auftrag von
        {{creditor.name}} bestätigen wir die mit Ihnen
        getroffene Vereinbarung:
        {{#promise}}

          Zusage vom:  {{promise.made_on}}
          Betrag:      {{promise.amount}}
          Zahlung bis: {{promise.due_on}}

        Ihre Zahlung wird auf die unten aufgeführte Forderung
        angerechnet. Solange Sie die Zusage einhalten, unternehmen wir
        keine weiteren Beitreibungsmaßnahmen.

        Geht die Zahlung nicht bis zum {{promise.due_on}} vollständig
        ein, ist die Vereinbarung hinfällig. Der gesamte offene Betrag
        ist dann sofort fällig, und wir setzen die Beitreibung ohne
        weitere Ankündigung fort.
        {{/promise}}

        Stand der Forderung zum Datum dieses Schreibens:

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
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

        {{#total_due}}
        GESAMTBETRAG: {{.}}
        {{/total_due}}

        Bitte überweisen Sie auf folgendes Konto:

          Empfänger: {{payment.beneficiary}}
          IBAN:      {{payment.iban}}
          BIC:       {{payment.bic}}

        Geben Sie als Verwendungszweck bitte die Referenz
        {{payment.rf_reference}} an, damit wir Ihre Zahlung diesem
        Vorgang zuordnen können.

        Mit freundlichen Grüßen

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Die Zinsen werden vom Tag nach der jeweiligen Fälligkeit bis
        einschließlich {{interest.as_of}} nach der tatsächlichen Zahl
        der Tage auf Basis eines Jahres von 365 Tagen berechnet. Wird
        der Zinssatz halbjährlich festgesetzt, wird der Zeitraum zum
        1. Januar und 1. Juli geteilt und jeder Teil mit dem Satz
        seines Halbjahres verzinst.
        {{/interest}}
        """#,

        .brokenPromise: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Telefon {{agency.phone}}
        E-Mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        z. Hd. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Unser Zeichen:  {{reference}}
        Auftraggeber:   {{creditor.name}}
        {{#debtor.vat_id}}
        Ihre USt-IdNr.: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Nicht eingehaltene Zahlungszusage

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        {{#promise}}
        am {{promise.made_on}} haben Sie zugesagt, {{promise.amount}}
        bis zum {{promise.due_on}} zu zahlen. Diese Zahlung ist bis
        zum vereinbarten Termin nicht vollständig bei uns eingegangen;
        die Vereinbarung ist damit hinfällig.
        {{/promise}}
        {{^promise}}
        die von Ihnen zugesagte Zahlung ist bis zum vereinbarten
        Termin nicht vollständig bei uns eingegangen; die Vereinbarung
        ist damit hinfällig.
        {{/promise}}

        Im Auftrag von {{creditor.name}} fordern wir Sie auf,
        den gesamten unten aufgeführten Betrag so zu überweisen, dass
        er spätestens am {{pay_by}} auf dem unten genannten Konto
        eingeht.

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
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

        {{#total_due}}
        GESAMTBETRAG: {{.}}
        {{/total_due}}

        Bitte überweisen Sie bis zum {{pay_by}} auf folgendes Konto:

          Empfänger: {{payment.beneficiary}}
          IBAN:      {{payment.iban}}
          BIC:       {{payment.bic}}

        Geben Sie als Verwendungszweck bitte die Referenz
        {{payment.rf_reference}} an, damit wir Ihre Zahlung diesem
        Vorgang zuordnen können.

        Geht die Zahlung nicht fristgerecht ein, behält sich unsere
        Auftraggeberin vor, ohne weitere Ankündigung weitere Schritte
        zur Durchsetzung der Forderung einzuleiten, auch gerichtliche.

        Haben Sie inzwischen gezahlt, senden Sie uns bitte die
        Zahlungsdaten, damit wir die Zahlung zuordnen können.

        Mit freundlichen Grüßen

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Die Zinsen werden vom Tag nach der jeweiligen Fälligkeit bis
        einschließlich {{interest.as_of}} nach der tatsächlichen Zahl
        der Tage auf Basis eines Jahres von 365 Tagen berechnet. Wird
        der Zinssatz halbjährlich festgesetzt, wird der Zeitraum zum
        1. Januar und 1. Juli geteilt und jeder Teil mit dem Satz
        seines Halbjahres verzinst.
        {{/interest}}
        """#,

        .planConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Telefon {{agency.phone}}
        E-Mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        z. Hd. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Unser Zeichen:  {{reference}}
        Auftraggeber:   {{creditor.name}}
        {{#debtor.vat_id}}
        Ihre USt-IdNr.: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Bestätigung Ihrer Ratenzahlungsvereinbarung

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        im Auftrag von {{creditor.name}} bestätigen wir die
        mit Ihnen vereinbarte Ratenzahlung für die unten aufgeführte
        Forderung.
        {{#plan}}
        Bitte zahlen Sie die Raten so, dass jede spätestens an ihrem
        Fälligkeitstag auf dem unten genannten Konto eingeht:

        {{#plan.instalments}}
          {{number}}. Rate  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Summe der Raten: {{plan.total}}
        {{/plan}}

        Solange Sie die Raten pünktlich zahlen, unternehmen wir keine
        weiteren Beitreibungsmaßnahmen. Geht eine Rate nicht bis zu
        ihrem Fälligkeitstag vollständig ein, ist die Vereinbarung
        hinfällig, der gesamte offene Betrag wird sofort fällig, und
        wir setzen die Beitreibung ohne weitere Ankündigung fort.

        Stand der Forderung zum Datum dieses Schreibens:

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
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

        {{#total_due}}
        GESAMTBETRAG: {{.}}
        {{/total_due}}

        Bitte überweisen Sie die Raten auf folgendes Konto:

          Empfänger: {{payment.beneficiary}}
          IBAN:      {{payment.iban}}
          BIC:       {{payment.bic}}

        Geben Sie als Verwendungszweck bitte die Referenz
        {{payment.rf_reference}} an, damit wir Ihre Zahlungen diesem
        Vorgang zuordnen können.

        Mit freundlichen Grüßen

        {{caseworker.name}}
        {{agency.name}}
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
