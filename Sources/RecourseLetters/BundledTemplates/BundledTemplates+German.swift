import RecourseCore

extension BundledTemplates {
    /// German letters: Zahlungserinnerung, Mahnung, letzte Mahnung, Androhung gerichtlicher Schritte, Bestätigungen.
    static let german: [LetterLevel: String] = germanLadder.merging(germanAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let germanLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Zahlungserinnerung

        {{> salutation}}

        im Auftrag von {{creditor.name}} wenden wir uns
        wegen der unten aufgeführten Rechnungen an Sie. Nach den
        Unterlagen unserer Auftraggeberin sind diese fällig und noch
        nicht bezahlt.

        Vielleicht ist die Zahlung nur übersehen worden. Bitte
        überweisen Sie den Gesamtbetrag bis zum {{pay_by}}.

        {{> claims}}
        {{#interest}}

        Bei verspäteter Zahlung fallen nach dem anwendbaren Recht
        Verzugszinsen an; zudem kann eine Entschädigung für
        Beitreibungskosten verlangt werden. Die Beträge sind unten
        aufgeführt und im Gesamtbetrag enthalten.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie bis zum {{pay_by}} auf folgendes Konto:

        {{> payment}}

        {{> payment_reference}}

        Sollten Sie bereits gezahlt haben, betrachten Sie dieses
        Schreiben bitte als gegenstandslos. Halten Sie einen Betrag
        für nicht geschuldet oder benötigen Sie eine Rechnungskopie,
        melden Sie sich bitte unter Angabe unseres Zeichens.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Mahnung

        {{> salutation}}

        trotz unserer Zahlungserinnerung sind die unten aufgeführten
        Rechnungen, die wir im Auftrag von {{creditor.name}}
        einziehen, weiterhin unbezahlt.

        Wir fordern Sie auf, den Gesamtbetrag so zu überweisen, dass
        er spätestens am {{pay_by}} auf dem unten genannten Konto
        eingeht.

        {{> claims}}
        {{#interest}}

        Wegen des Zahlungsverzugs macht unsere Auftraggeberin die
        gesetzlichen Verzugszinsen und die gesetzliche Entschädigung
        für Beitreibungskosten geltend, wie unten aufgeführt. Die
        Zinsen laufen bis zur Zahlung weiter.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie bis zum {{pay_by}} auf folgendes Konto:

        {{> payment}}

        {{> payment_reference}}

        Gibt es einen Grund, weshalb die Rechnungen nicht bezahlt
        wurden, setzen Sie sich bitte umgehend unter Angabe unseres
        Zeichens mit uns in Verbindung. Haben Sie inzwischen gezahlt,
        ist dieses Schreiben gegenstandslos.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Letzte Mahnung

        {{> salutation}}

        trotz unserer bisherigen Schreiben sind die unten aufgeführten
        Rechnungen, die wir im Auftrag von {{creditor.name}}
        einziehen, noch immer nicht bezahlt.

        Dies ist unsere letzte Mahnung. Wir fordern Sie auf, den
        Gesamtbetrag so zu überweisen, dass er spätestens am
        {{pay_by}} auf dem unten genannten Konto eingeht. Dies ist
        Ihre letzte Gelegenheit, die Angelegenheit ohne weitere
        Maßnahmen zu erledigen.

        {{> claims}}
        {{#interest}}

        Unsere Auftraggeberin macht die gesetzlichen Verzugszinsen und
        die gesetzliche Entschädigung für Beitreibungskosten geltend,
        wie unten aufgeführt. Die Zinsen laufen bis zur Zahlung
        weiter.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Bitte überweisen Sie bis zum {{pay_by}} auf folgendes Konto:

        {{> payment}}

        {{> payment_reference}}

        Geht die Zahlung nicht fristgerecht ein, behält sich unsere
        Auftraggeberin vor, ohne weitere Ankündigung weitere Schritte
        zur Durchsetzung der Forderung einzuleiten, auch gerichtliche.
        Die dadurch entstehenden Kosten können Ihnen im gesetzlich
        zulässigen Umfang auferlegt werden.

        Können Sie nicht in voller Höhe zahlen, melden Sie sich bitte
        vor Ablauf der Frist bei uns.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Androhung gerichtlicher Schritte
        Letzte außergerichtliche Zahlungsaufforderung

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Die Zahlung muss bis zum {{pay_by}} eingehen auf:

        {{> payment}}

        {{> payment_reference}}

        Sollten Sie die Forderung ganz oder teilweise bestreiten,
        teilen Sie uns dies bitte bis zum {{pay_by}} schriftlich
        unter Angabe der Gründe mit und fügen Sie die Unterlagen bei,
        auf die Sie sich stützen.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
