import RecourseCore

extension BundledTemplates {
    /// Dutch letters: herinnering, aanmaning, ingebrekestelling, sommatie vóór gerechtelijke stappen, bevestigingen.
    static let dutch: [LetterLevel: String] = dutchLadder.merging(dutchAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let dutchLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Betalingsherinnering

        {{> salutation}}

        Namens onze opdrachtgever {{creditor.name}} schrijven
        wij u over de hieronder vermelde facturen. Volgens de
        administratie van onze opdrachtgever is de betalingstermijn
        verstreken en zijn deze facturen nog niet betaald.

        Mogelijk is de betaling aan uw aandacht ontsnapt. Wij verzoeken
        u het totaal verschuldigde bedrag uiterlijk {{pay_by}} te
        voldoen.

        {{> claims}}
        {{#interest}}

        Bij te late betaling is volgens het toepasselijke recht rente
        verschuldigd en kan een vergoeding voor incassokosten worden
        gevorderd. De bedragen staan hieronder en zijn in het totaal
        begrepen.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

        {{> payment}}

        {{> payment_reference}}

        Heeft u inmiddels betaald, dan kunt u deze herinnering als
        niet verzonden beschouwen. Bent u het niet eens met (een deel
        van) het bedrag of heeft u een kopie van een factuur nodig?
        Neem dan contact met ons op onder vermelding van ons kenmerk.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Aanmaning

        {{> salutation}}

        Ondanks onze eerdere herinnering zijn de hieronder vermelde
        facturen, die wij namens {{creditor.name}} incasseren,
        nog steeds niet betaald.

        Wij verzoeken u dringend het totaal verschuldigde bedrag zo te
        betalen dat het uiterlijk {{pay_by}} op de hieronder vermelde
        rekening is bijgeschreven.

        {{> claims}}
        {{#interest}}

        Omdat de betaling te laat is, maakt onze opdrachtgever
        aanspraak op de wettelijke rente en de wettelijke vergoeding
        voor incassokosten, zoals hieronder vermeld. De rente loopt
        door tot de dag van volledige betaling.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

        {{> payment}}

        {{> payment_reference}}

        Is er een reden waarom deze facturen niet zijn betaald, neem
        dan direct contact met ons op onder vermelding van ons
        kenmerk. Heeft u inmiddels betaald, dan kunt u deze brief als
        niet verzonden beschouwen.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Ingebrekestelling – laatste aanmaning

        {{> salutation}}

        Ondanks onze eerdere brieven zijn de hieronder vermelde
        facturen, die wij namens {{creditor.name}} incasseren,
        nog altijd niet betaald.

        Namens onze opdrachtgever stellen wij u hierbij in gebreke.
        Wij geven u een laatste termijn om het totaal verschuldigde
        bedrag te betalen: het moet uiterlijk {{pay_by}} op de
        hieronder vermelde rekening zijn bijgeschreven. Dit is de
        laatste gelegenheid om de zaak zonder verdere maatregelen af
        te wikkelen.

        {{> claims}}
        {{#interest}}

        Onze opdrachtgever maakt aanspraak op de wettelijke rente en
        de wettelijke vergoeding voor incassokosten, zoals hieronder
        vermeld. De rente loopt door tot de dag van volledige betaling.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

        {{> payment}}

        {{> payment_reference}}

        Blijft betaling binnen deze termijn uit, dan behoudt onze
        opdrachtgever zich het recht voor zonder nadere aankondiging
        verdere maatregelen te nemen om de vordering te innen,
        waaronder een gerechtelijke procedure. De kosten daarvan
        kunnen, voor zover de wet dat toestaat, op u worden verhaald.

        Kunt u niet het volledige bedrag betalen, neem dan vóór het
        einde van de termijn contact met ons op.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Laatste sommatie – aankondiging gerechtelijke stappen

        {{> salutation}}

        Wij zijn door {{creditor.name}} belast met de incasso
        van de hieronder vermelde facturen. Ondanks onze eerdere
        brieven zijn deze nog altijd onbetaald.

        Hierbij sommeren wij u het totaal verschuldigde bedrag
        volledig te betalen, zodat het uiterlijk {{pay_by}} op de
        hieronder vermelde rekening is bijgeschreven.

        Is het volledige bedrag dan niet ontvangen, dan zal onze
        opdrachtgever zonder nadere aankondiging een advocaat of
        gerechtsdeurwaarder in uw land opdracht geven een
        gerechtelijke procedure tegen u te beginnen. Naast de
        hieronder vermelde bedragen worden dan eventuele verdere
        wettelijke rente en de proceskosten gevorderd, die voor zover
        de wet dat toestaat voor uw rekening komen.

        {{> claims}}
        {{> interest}}

        {{> total}}

        De betaling moet uiterlijk {{pay_by}} zijn ontvangen op:

        {{> payment}}

        {{> payment_reference}}

        Betwist u de vordering geheel of gedeeltelijk, laat ons dat
        dan vóór {{pay_by}} schriftelijk weten, met uw redenen en de
        stukken waarop u zich beroept.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
