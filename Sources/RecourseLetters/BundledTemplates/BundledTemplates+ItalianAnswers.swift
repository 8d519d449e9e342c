import RecourseCore

extension BundledTemplates {
    /// Italian letters that answer a promessa di pagamento or a piano di rientro.
    static let italianAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Conferma del Vostro impegno di pagamento

        {{> salutation}}

        Vi ringraziamo per il Vostro impegno di pagamento. Per conto
        del nostro cliente {{creditor.name}} Vi confermiamo
        l'accordo raggiunto:
        {{#promise}}

          Data dell'accordo: {{promise.made_on}}
          Importo:           {{promise.amount}}
          Da pagare entro:   {{promise.due_on}}

        Il pagamento sarà imputato al credito indicato di seguito.
        Finché l'accordo sarà rispettato, sospenderemo ogni ulteriore
        iniziativa di recupero.

        Se il pagamento non ci sarà pervenuto per intero entro il
        giorno {{promise.due_on}}, l'accordo decadrà, l'intero saldo
        diventerà immediatamente esigibile e riprenderemo il recupero
        senza ulteriore avviso.
        {{/promise}}

        Situazione del credito alla data della presente:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare il bonifico a favore di:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Mancato rispetto dell'impegno di pagamento

        {{> salutation}}

        {{#promise}}
        in data {{promise.made_on}} Vi siete impegnati a pagare
        {{promise.amount}} entro il giorno {{promise.due_on}}. Tale
        pagamento non ci è pervenuto per intero entro la data
        concordata; l'accordo è pertanto decaduto.
        {{/promise}}
        {{^promise}}
        il pagamento che Vi eravate impegnati a effettuare non ci è
        pervenuto per intero entro la data concordata; l'accordo è
        pertanto decaduto.
        {{/promise}}

        Per conto del nostro cliente {{creditor.name}} Vi
        invitiamo a pagare l'intero importo dovuto indicato di
        seguito, che dovrà pervenire sul conto indicato entro il
        giorno {{pay_by}}.

        {{> claims}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare il bonifico entro il giorno
        {{pay_by}}:

        {{> payment}}

        {{> payment_reference}}

        In mancanza di pagamento entro tale data, il nostro cliente si
        riserva di intraprendere, senza ulteriore avviso, ogni
        iniziativa utile al recupero del credito, anche in sede
        giudiziale.

        Qualora abbiate pagato nel frattempo, Vi preghiamo di inviarci
        gli estremi del pagamento, affinché possiamo rintracciarlo.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Conferma del piano di rientro

        {{> salutation}}

        per conto del nostro cliente {{creditor.name}} Vi
        confermiamo il piano di rientro concordato per il credito
        indicato di seguito.
        {{#plan}}
        Ciascuna rata dovrà pervenire sul conto indicato di seguito
        entro la relativa scadenza:

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Totale del piano: {{plan.total}}
        {{/plan}}

        Finché il piano sarà rispettato, sospenderemo ogni ulteriore
        iniziativa di recupero. Se una rata non ci perverrà per intero
        entro la relativa scadenza, il piano decadrà, l'intero saldo
        diventerà immediatamente esigibile e riprenderemo il recupero
        senza ulteriore avviso.

        Situazione del credito alla data della presente:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare i bonifici a favore di:

        {{> payment}}

        indicando nella causale il riferimento {{payment.rf_reference}},
        affinché i pagamenti possano essere abbinati a questa pratica.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
