import RecourseCore

extension BundledTemplates {
    /// German letters that answer a Zahlungszusage or a Ratenzahlungsvereinbarung.
    static let germanAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Bestätigung Ihrer Zahlungszusage

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie auf folgendes Konto:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Nicht eingehaltene Zahlungszusage

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie bis zum {{pay_by}} auf folgendes Konto:

        {{> payment}}

        {{> payment_reference}}

        Geht die Zahlung nicht fristgerecht ein, behält sich unsere
        Auftraggeberin vor, ohne weitere Ankündigung weitere Schritte
        zur Durchsetzung der Forderung einzuleiten, auch gerichtliche.

        Haben Sie inzwischen gezahlt, senden Sie uns bitte die
        Zahlungsdaten, damit wir die Zahlung zuordnen können.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Bestätigung Ihrer Ratenzahlungsvereinbarung

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie die Raten auf folgendes Konto:

        {{> payment}}

        Geben Sie als Verwendungszweck bitte die Referenz
        {{payment.rf_reference}} an, damit wir Ihre Zahlungen diesem
        Vorgang zuordnen können.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
