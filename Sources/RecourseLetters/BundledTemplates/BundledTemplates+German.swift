import RecourseCore

extension BundledTemplates {
    /// German letters: Zahlungserinnerung, Mahnung, letzte Mahnung, Androhung gerichtlicher Schritte, Bestätigungen.
    static let german: [LetterLevel: String] = germanLadder.merging(germanAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let germanLadder: [LetterLevel: String] = [
        .reminder: #"""
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

        Zahlungserinnerung

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        im Auftrag von {{creditor.name}} wenden wir uns
        wegen der unten aufgeführten Rechnungen an Sie. Nach den
        Unterlagen unserer Auftraggeberin sind diese fällig und noch
        nicht bezahlt.

        Vielleicht ist die Zahlung nur übersehen worden. Bitte
        überweisen Sie den Gesamtbetrag bis zum {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
        {{#interest}}

        Bei verspäteter Zahlung fallen nach dem anwendbaren Recht
        Verzugszinsen an; zudem kann eine Entschädigung für
        Beitreibungskosten verlangt werden. Die Beträge sind unten
        aufgeführt und im Gesamtbetrag enthalten.

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

        Sollten Sie bereits gezahlt haben, betrachten Sie dieses
        Schreiben bitte als gegenstandslos. Halten Sie einen Betrag
        für nicht geschuldet oder benötigen Sie eine Rechnungskopie,
        melden Sie sich bitte unter Angabe unseres Zeichens.

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

        .firm: #"""
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

        Mahnung

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        trotz unserer Zahlungserinnerung sind die unten aufgeführten
        Rechnungen, die wir im Auftrag von {{creditor.name}}
        einziehen, weiterhin unbezahlt.

        Wir fordern Sie auf, den Gesamtbetrag so zu überweisen, dass
        er spätestens am {{pay_by}} auf dem unten genannten Konto
        eingeht.

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
        {{#interest}}

        Wegen des Zahlungsverzugs macht unsere Auftraggeberin die
        gesetzlichen Verzugszinsen und die gesetzliche Entschädigung
        für Beitreibungskosten geltend, wie unten aufgeführt. Die
        Zinsen laufen bis zur Zahlung weiter.

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

        Gibt es einen Grund, weshalb die Rechnungen nicht bezahlt
        wurden, setzen Sie sich bitte umgehend unter Angabe unseres
        Zeichens mit uns in Verbindung. Haben Sie inzwischen gezahlt,
        ist dieses Schreiben gegenstandslos.

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

        .final: #"""
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

        Letzte Mahnung

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        trotz unserer bisherigen Schreiben sind die unten aufgeführten
        Rechnungen, die wir im Auftrag von {{creditor.name}}
        einziehen, noch immer nicht bezahlt.

        Dies ist unsere letzte Mahnung. Wir fordern Sie auf, den
        Gesamtbetrag so zu überweisen, dass er spätestens am
        {{pay_by}} auf dem unten genannten Konto eingeht. Dies ist
        Ihre letzte Gelegenheit, die Angelegenheit ohne weitere
        Maßnahmen zu erledigen.

        {{claims_table}}

        {{#outstanding}}
        Offene Hauptforderung: {{.}}
        {{/outstanding}}
        {{#interest}}

        Unsere Auftraggeberin macht die gesetzlichen Verzugszinsen und
        die gesetzliche Entschädigung für Beitreibungskosten geltend,
        wie unten aufgeführt. Die Zinsen laufen bis zur Zahlung
        weiter.

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
        Die dadurch entstehenden Kosten können Ihnen im gesetzlich
        zulässigen Umfang auferlegt werden.

        Können Sie nicht in voller Höhe zahlen, melden Sie sich bitte
        vor Ablauf der Frist bei uns.

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

        .beforeAction: #"""
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

        Androhung gerichtlicher Schritte
        Letzte außergerichtliche Zahlungsaufforderung

        {{#contact}}Guten Tag {{contact.name}},{{/contact}}{{^contact}}Sehr geehrte Damen und Herren,{{/contact}}

        wir sind von {{creditor.name}} mit der Einziehung
        der unten aufgeführten Forderungen beauftragt. Trotz unserer
        bisherigen Schreiben sind diese Forderungen nach wie vor
        offen.

        Wir fordern Sie hiermit letztmalig außergerichtlich auf, den
        Gesamtbetrag vollständig so zu überweisen, dass er spätestens
        am {{pay_by}} auf dem unten genannten Konto eingeht.

        Geht der Betrag bis dahin nicht vollständig ein, wird unsere
        Auftraggeberin ohne weitere Ankündigung einen Rechtsanwalt in
        Ihrem Land beauftragen, die Forderung gerichtlich geltend zu
        machen. Neben den unten aufgeführten Beträgen werden dann
        weitere Zinsen, soweit gesetzlich vorgesehen, und die Kosten
        des Verfahrens verlangt, die im gesetzlich zulässigen Umfang
        zu Ihren Lasten gehen.

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

        Die Zahlung muss bis zum {{pay_by}} eingehen auf:

          Empfänger: {{payment.beneficiary}}
          IBAN:      {{payment.iban}}
          BIC:       {{payment.bic}}

        Geben Sie als Verwendungszweck bitte die Referenz
        {{payment.rf_reference}} an, damit wir Ihre Zahlung diesem
        Vorgang zuordnen können.

        Sollten Sie die Forderung ganz oder teilweise bestreiten,
        teilen Sie uns dies bitte bis zum {{pay_by}} schriftlich
        unter Angabe der Gründe mit und fügen Sie die Unterlagen bei,
        auf die Sie sich stützen.

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
