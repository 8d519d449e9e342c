import RecourseCore

extension BundledTemplates {
    /// Dutch letters that answer a betalingstoezegging or a betalingsregeling.
    static let dutchAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Bevestiging van uw betalingstoezegging

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        U kunt betalen aan:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Betalingstoezegging niet nagekomen

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Wij verzoeken u uiterlijk {{pay_by}} te betalen aan:

        {{> payment}}

        {{> payment_reference}}

        Blijft betaling binnen deze termijn uit, dan behoudt onze
        opdrachtgever zich het recht voor zonder nadere aankondiging
        verdere maatregelen te nemen om de vordering te innen,
        waaronder een gerechtelijke procedure.

        Heeft u inmiddels betaald, stuur ons dan de gegevens van de
        betaling, zodat wij deze kunnen terugvinden.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Betreft: Bevestiging van uw betalingsregeling

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        U kunt de termijnen betalen aan:

        {{> payment}}

        onder vermelding van betalingskenmerk {{payment.rf_reference}},
        zodat wij uw betalingen aan dit dossier kunnen koppelen.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
