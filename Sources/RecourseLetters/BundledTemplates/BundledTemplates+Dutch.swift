import RecourseCore

extension BundledTemplates {
    /// Dutch letters: herinnering, aanmaning, ingebrekestelling, sommatie vóór gerechtelijke stappen, bevestigingen.
    static let dutch: [LetterLevel: String] = dutchLadder.merging(dutchAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let dutchLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        T.a.v. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Datum:          {{letter_date}}
        Ons kenmerk:    {{reference}}
        Opdrachtgever:  {{creditor.name}}
        {{#debtor.vat_id}}
        Uw btw-nummer:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Betreft: Betalingsherinnering

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        Namens onze opdrachtgever {{creditor.name}} schrijven
        wij u over de hieronder vermelde facturen. Volgens de
        administratie van onze opdrachtgever is de betalingstermijn
        verstreken en zijn deze facturen nog niet betaald.

        Mogelijk is de betaling aan uw aandacht ontsnapt. Wij verzoeken
        u het totaal verschuldigde bedrag uiterlijk {{pay_by}} te
        voldoen.

        {{claims_table}}

        {{#outstanding}}
        Openstaande hoofdsom: {{.}}
        {{/outstanding}}
        {{#interest}}

        Bij te late betaling is volgens het toepasselijke recht rente
        verschuldigd en kan een vergoeding voor incassokosten worden
        gevorderd. De bedragen staan hieronder en zijn in het totaal
        begrepen.

        Rente wegens te late betaling
        Grondslag: {{interest.law}}
        Rentevoet: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Rente t/m {{interest.as_of}}: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Vergoeding incassokosten: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAAL VERSCHULDIGD: {{.}}
        {{/total_due}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

        Heeft u inmiddels betaald, dan kunt u deze herinnering als
        niet verzonden beschouwen. Bent u het niet eens met (een deel
        van) het bedrag of heeft u een kopie van een factuur nodig?
        Neem dan contact met ons op onder vermelding van ons kenmerk.

        Met vriendelijke groet,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        De rente wordt berekend vanaf de dag na de vervaldatum van
        elke factuur tot en met {{interest.as_of}}, naar het werkelijke
        aantal dagen op basis van een jaar van 365 dagen. Wordt het
        rentepercentage per halfjaar vastgesteld, dan wordt de periode
        gesplitst op 1 januari en 1 juli en geldt voor elk deel het
        percentage van dat halfjaar.
        {{/interest}}
        """#,

        .firm: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        T.a.v. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Datum:          {{letter_date}}
        Ons kenmerk:    {{reference}}
        Opdrachtgever:  {{creditor.name}}
        {{#debtor.vat_id}}
        Uw btw-nummer:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Betreft: Aanmaning

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        Ondanks onze eerdere herinnering zijn de hieronder vermelde
        facturen, die wij namens {{creditor.name}} incasseren,
        nog steeds niet betaald.

        Wij verzoeken u dringend het totaal verschuldigde bedrag zo te
        betalen dat het uiterlijk {{pay_by}} op de hieronder vermelde
        rekening is bijgeschreven.

        {{claims_table}}

        {{#outstanding}}
        Openstaande hoofdsom: {{.}}
        {{/outstanding}}
        {{#interest}}

        Omdat de betaling te laat is, maakt onze opdrachtgever
        aanspraak op de wettelijke rente en de wettelijke vergoeding
        voor incassokosten, zoals hieronder vermeld. De rente loopt
        door tot de dag van volledige betaling.

        Rente wegens te late betaling
        Grondslag: {{interest.law}}
        Rentevoet: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Rente t/m {{interest.as_of}}: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Vergoeding incassokosten: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAAL VERSCHULDIGD: {{.}}
        {{/total_due}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

        Is er een reden waarom deze facturen niet zijn betaald, neem
        dan direct contact met ons op onder vermelding van ons
        kenmerk. Heeft u inmiddels betaald, dan kunt u deze brief als
        niet verzonden beschouwen.

        Met vriendelijke groet,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        De rente wordt berekend vanaf de dag na de vervaldatum van
        elke factuur tot en met {{interest.as_of}}, naar het werkelijke
        aantal dagen op basis van een jaar van 365 dagen. Wordt het
        rentepercentage per halfjaar vastgesteld, dan wordt de periode
        gesplitst op 1 januari en 1 juli en geldt voor elk deel het
        percentage van dat halfjaar.
        {{/interest}}
        """#,

        .final: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        T.a.v. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Datum:          {{letter_date}}
        Ons kenmerk:    {{reference}}
        Opdrachtgever:  {{creditor.name}}
        {{#debtor.vat_id}}
        Uw btw-nummer:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Betreft: Ingebrekestelling – laatste aanmaning

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        Ondanks onze eerdere brieven zijn de hieronder vermelde
        facturen, die wij namens {{creditor.name}} incasseren,
        nog altijd niet betaald.

        Namens onze opdrachtgever stellen wij u hierbij in gebreke.
        Wij geven u een laatste termijn om het totaal verschuldigde
        bedrag te betalen: het moet uiterlijk {{pay_by}} op de
        hieronder vermelde rekening zijn bijgeschreven. Dit is de
        laatste gelegenheid om de zaak zonder verdere maatregelen af
        te wikkelen.

        {{claims_table}}

        {{#outstanding}}
        Openstaande hoofdsom: {{.}}
        {{/outstanding}}
        {{#interest}}

        Onze opdrachtgever maakt aanspraak op de wettelijke rente en
        de wettelijke vergoeding voor incassokosten, zoals hieronder
        vermeld. De rente loopt door tot de dag van volledige betaling.

        Rente wegens te late betaling
        Grondslag: {{interest.law}}
        Rentevoet: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Rente t/m {{interest.as_of}}: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Vergoeding incassokosten: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAAL VERSCHULDIGD: {{.}}
        {{/total_due}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

        Blijft betaling binnen deze termijn uit, dan behoudt onze
        opdrachtgever zich het recht voor zonder nadere aankondiging
        verdere maatregelen te nemen om de vordering te innen,
        waaronder een gerechtelijke procedure. De kosten daarvan
        kunnen, voor zover de wet dat toestaat, op u worden verhaald.

        Kunt u niet het volledige bedrag betalen, neem dan vóór het
        einde van de termijn contact met ons op.

        Met vriendelijke groet,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        De rente wordt berekend vanaf de dag na de vervaldatum van
        elke factuur tot en met {{interest.as_of}}, naar het werkelijke
        aantal dagen op basis van een jaar van 365 dagen. Wordt het
        rentepercentage per halfjaar vastgesteld, dan wordt de periode
        gesplitst op 1 januari en 1 juli en geldt voor elk deel het
        percentage van dat halfjaar.
        {{/interest}}
        """#,

        .beforeAction: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        T.a.v. {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Datum:          {{letter_date}}
        Ons kenmerk:    {{reference}}
        Opdrachtgever:  {{creditor.name}}
        {{#debtor.vat_id}}
        Uw btw-nummer:  {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Betreft: Laatste sommatie – aankondiging gerechtelijke stappen

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Openstaande hoofdsom: {{.}}
        {{/outstanding}}
        {{#interest}}

        Rente wegens te late betaling
        Grondslag: {{interest.law}}
        Rentevoet: {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Rente t/m {{interest.as_of}}: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Vergoeding incassokosten: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTAAL VERSCHULDIGD: {{.}}
        {{/total_due}}

        De betaling moet uiterlijk {{pay_by}} zijn ontvangen op:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

        Betwist u de vordering geheel of gedeeltelijk, laat ons dat
        dan vóór {{pay_by}} schriftelijk weten, met uw redenen en de
        stukken waarop u zich beroept.

        Met vriendelijke groet,

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        De rente wordt berekend vanaf de dag na de vervaldatum van
        elke factuur tot en met {{interest.as_of}}, naar het werkelijke
        aantal dagen op basis van een jaar van 365 dagen. Wordt het
        rentepercentage per halfjaar vastgesteld, dan wordt de periode
        gesplitst op 1 januari en 1 juli en geldt voor elk deel het
        percentage van dat halfjaar.
        {{/interest}}
        """#,
    ]
}
