import RecourseCore

extension BundledTemplates {
    /// Dutch letters that answer a betalingstoezegging or a betalingsregeling.
    static let dutchAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
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

        Betreft: Bevestiging van uw betalingstoezegging

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        Dank u voor uw betalingstoezegging. Namens onze opdrachtgever
        {{creditor.name}} bevestigen wij de met u gemaakte
        afspraak:
        {{#promise}}

          Afgesproken op: {{promise.made_on}}
          Bedrag:         {{promise.amount}}
          Uiterlijk op:   {{promise.due_on}}

        Uw betaling wordt in mindering gebracht op de hieronder
        vermelde vordering. Zolang u de afspraak nakomt, nemen wij
        geen verdere incassomaatregelen.

        Is de betaling op {{promise.due_on}} niet volledig ontvangen,
        dan vervalt de afspraak, is het gehele openstaande bedrag
        direct opeisbaar en hervatten wij de incasso zonder nadere
        aankondiging.
        {{/promise}}

        Stand van de vordering op de datum van deze brief:

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

        U kunt betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

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

        .brokenPromise: #"""
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

        Betreft: Betalingstoezegging niet nagekomen

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        {{#promise}}
        Op {{promise.made_on}} heeft u toegezegd {{promise.amount}}
        uiterlijk {{promise.due_on}} te betalen. Deze betaling is op
        de afgesproken datum niet volledig ontvangen; de afspraak is
        daarmee vervallen.
        {{/promise}}
        {{^promise}}
        De door u toegezegde betaling is op de afgesproken datum niet
        volledig ontvangen; de afspraak is daarmee vervallen.
        {{/promise}}

        Namens onze opdrachtgever {{creditor.name}} verzoeken
        wij u het gehele hieronder vermelde bedrag zo te betalen dat
        het uiterlijk {{pay_by}} op de hieronder vermelde rekening is
        bijgeschreven.

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

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betaling aan dit dossier kunnen koppelen.

        Blijft betaling binnen deze termijn uit, dan behoudt onze
        opdrachtgever zich het recht voor zonder nadere aankondiging
        verdere maatregelen te nemen om de vordering te innen,
        waaronder een gerechtelijke procedure.

        Heeft u inmiddels betaald, stuur ons dan de gegevens van de
        betaling, zodat wij deze kunnen terugvinden.

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

        .planConfirmation: #"""
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

        Betreft: Bevestiging van uw betalingsregeling

        {{#contact}}Geachte {{contact.name}},{{/contact}}{{^contact}}Geachte heer, mevrouw,{{/contact}}

        Namens onze opdrachtgever {{creditor.name}} bevestigen
        wij de met u overeengekomen betalingsregeling voor de
        hieronder vermelde vordering.
        {{#plan}}
        Wij verzoeken u elke termijn zo te betalen dat deze uiterlijk
        op de vervaldatum op de hieronder vermelde rekening staat:

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Totaal van de regeling: {{plan.total}}
        {{/plan}}

        Zolang u de regeling nakomt, nemen wij geen verdere
        incassomaatregelen. Is een termijn op de vervaldatum niet
        volledig ontvangen, dan vervalt de regeling, is het gehele
        openstaande bedrag direct opeisbaar en hervatten wij de
        incasso zonder nadere aankondiging.

        Stand van de vordering op de datum van deze brief:

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

        U kunt de termijnen betalen aan:

          Begunstigde: {{payment.beneficiary}}
          IBAN:        {{payment.iban}}
          BIC:         {{payment.bic}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betalingen aan dit dossier kunnen koppelen.

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
