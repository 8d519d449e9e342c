import RecourseCore

extension BundledTemplates {
    /// Italian letters that answer a promessa di pagamento or a piano di rientro.
    static let italianAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        Spett.le
        {{debtor.name}}
        {{#contact}}
        Alla c.a. di {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nostro riferimento: {{reference}}
        Per conto di:       {{creditor.name}}
        {{#debtor.vat_id}}
        Vostra partita IVA: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Oggetto: Conferma del Vostro impegno di pagamento

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        Interessi moratori
        Normativa: {{interest.law}}
        Tasso:     {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interessi fino al giorno {{interest.as_of}} incluso: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Risarcimento spese di recupero: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTALE DOVUTO: {{.}}
        {{/total_due}}

        Vi preghiamo di effettuare il bonifico a favore di:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando nella causale il riferimento {{payment.rf_reference}},
        affinché il pagamento possa essere abbinato a questa pratica.

        Distinti saluti

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Gli interessi sono calcolati dal giorno successivo a ciascuna
        scadenza fino al giorno {{interest.as_of}} incluso, sui giorni
        effettivi con anno di 365 giorni. Se il tasso è fissato per
        semestre, il periodo è suddiviso al 1° gennaio e al 1° luglio
        e ciascuna parte è calcolata al tasso del proprio semestre.
        {{/interest}}
        """#,

        .brokenPromise: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        Spett.le
        {{debtor.name}}
        {{#contact}}
        Alla c.a. di {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nostro riferimento: {{reference}}
        Per conto di:       {{creditor.name}}
        {{#debtor.vat_id}}
        Vostra partita IVA: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Oggetto: Mancato rispetto dell'impegno di pagamento

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        Interessi moratori
        Normativa: {{interest.law}}
        Tasso:     {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interessi fino al giorno {{interest.as_of}} incluso: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Risarcimento spese di recupero: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTALE DOVUTO: {{.}}
        {{/total_due}}

        Vi preghiamo di effettuare il bonifico entro il giorno
        {{pay_by}}:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando nella causale il riferimento {{payment.rf_reference}},
        affinché il pagamento possa essere abbinato a questa pratica.

        In mancanza di pagamento entro tale data, il nostro cliente si
        riserva di intraprendere, senza ulteriore avviso, ogni
        iniziativa utile al recupero del credito, anche in sede
        giudiziale.

        Qualora abbiate pagato nel frattempo, Vi preghiamo di inviarci
        gli estremi del pagamento, affinché possiamo rintracciarlo.

        Distinti saluti

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Gli interessi sono calcolati dal giorno successivo a ciascuna
        scadenza fino al giorno {{interest.as_of}} incluso, sui giorni
        effettivi con anno di 365 giorni. Se il tasso è fissato per
        semestre, il periodo è suddiviso al 1° gennaio e al 1° luglio
        e ciascuna parte è calcolata al tasso del proprio semestre.
        {{/interest}}
        """#,

        .planConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        Spett.le
        {{debtor.name}}
        {{#contact}}
        Alla c.a. di {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nostro riferimento: {{reference}}
        Per conto di:       {{creditor.name}}
        {{#debtor.vat_id}}
        Vostra partita IVA: {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Oggetto: Conferma del piano di rientro

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

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

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        Interessi moratori
        Normativa: {{interest.law}}
        Tasso:     {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Interessi fino al giorno {{interest.as_of}} incluso: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Risarcimento spese di recupero: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        TOTALE DOVUTO: {{.}}
        {{/total_due}}

        Vi preghiamo di effettuare i bonifici a favore di:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando nella causale il riferimento {{payment.rf_reference}},
        affinché i pagamenti possano essere abbinati a questa pratica.

        Distinti saluti

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Gli interessi sono calcolati dal giorno successivo a ciascuna
        scadenza fino al giorno {{interest.as_of}} incluso, sui giorni
        effettivi con anno di 365 giorni. Se il tasso è fissato per
        semestre, il periodo è suddiviso al 1° gennaio e al 1° luglio
        e ciascuna parte è calcolata al tasso del proprio semestre.
        {{/interest}}
        """#,
    ]
}
