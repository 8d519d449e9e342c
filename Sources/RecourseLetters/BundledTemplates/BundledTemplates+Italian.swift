import RecourseCore

extension BundledTemplates {
    /// Italian letters: sollecito, secondo sollecito, costituzione in mora, diffida ad adempiere, conferme.
    static let italian: [LetterLevel: String] = italianLadder.merging(italianAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let italianLadder: [LetterLevel: String] = [
        .reminder: #"""
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

        Oggetto: Sollecito di pagamento

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

        Vi scriviamo per conto del nostro cliente
        {{creditor.name}} in merito alle fatture indicate di
        seguito. Dalla contabilità del nostro cliente risultano
        scadute e non ancora pagate.

        Potrebbe trattarsi di una semplice dimenticanza. Vi preghiamo
        di provvedere al pagamento dell'importo totale dovuto entro il
        giorno {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        In caso di ritardato pagamento la legge applicabile prevede
        interessi moratori e può riconoscere un risarcimento delle
        spese di recupero. Gli importi sono indicati di seguito e
        compresi nel totale.

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

        Qualora abbiate già provveduto al pagamento, Vi preghiamo di
        non tenere conto della presente e Vi ringraziamo. Se ritenete
        che un importo non sia dovuto, o Vi occorre copia di una
        fattura, contattateci citando il nostro riferimento.

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

        .firm: #"""
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

        Oggetto: Secondo sollecito di pagamento

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

        nonostante il nostro precedente sollecito, le fatture
        indicate di seguito, di cui curiamo il recupero per conto del
        nostro cliente {{creditor.name}}, risultano ancora
        insolute.

        Vi invitiamo a pagare l'importo totale dovuto in modo che
        pervenga sul conto indicato di seguito entro il giorno
        {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        Per il ritardato pagamento il nostro cliente richiede gli
        interessi moratori e il risarcimento delle spese di recupero
        previsti dalla legge, come indicato di seguito. Gli interessi
        continuano a maturare fino al saldo.

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

        Se vi sono ragioni per cui le fatture non sono state pagate,
        Vi preghiamo di contattarci subito citando il nostro
        riferimento. Qualora abbiate pagato nel frattempo, non tenete
        conto della presente.

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

        .final: #"""
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

        Oggetto: Ultimo sollecito – costituzione in mora

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

        nonostante i nostri precedenti solleciti, le fatture indicate
        di seguito, di cui curiamo il recupero per conto del nostro
        cliente {{creditor.name}}, risultano tuttora insolute.

        Con la presente, per conto del nostro cliente, Vi costituiamo
        formalmente in mora e Vi invitiamo a pagare l'importo totale
        dovuto in modo che pervenga sul conto indicato di seguito
        entro il giorno {{pay_by}}. È l'ultima occasione per definire
        la questione senza ulteriori iniziative.

        {{claims_table}}

        {{#outstanding}}
        Capitale insoluto: {{.}}
        {{/outstanding}}
        {{#interest}}

        Il nostro cliente richiede gli interessi moratori e il
        risarcimento delle spese di recupero previsti dalla legge,
        come indicato di seguito. Gli interessi continuano a maturare
        fino al saldo.

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
        giudiziale. Le relative spese potranno esserVi addebitate nei
        limiti consentiti dalla legge.

        Se non siete in grado di pagare l'intero importo, contattateci
        prima di tale data.

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

        .beforeAction: #"""
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

        Oggetto: Diffida ad adempiere – preavviso di azione legale

        {{#contact}}Gentile {{contact.name}},{{/contact}}{{^contact}}Gentili Signori,{{/contact}}

        siamo incaricati da {{creditor.name}} del recupero delle
        fatture indicate di seguito, che nonostante i nostri
        precedenti solleciti risultano ancora insolute.

        Con la presente Vi diffidiamo formalmente a pagare per intero
        l'importo totale dovuto, che dovrà pervenire sul conto
        indicato di seguito entro e non oltre il giorno {{pay_by}}.

        In mancanza del pagamento integrale entro tale termine, il
        nostro cliente incaricherà, senza ulteriore preavviso, un
        legale nel Vostro Paese di agire in giudizio nei Vostri
        confronti. Oltre agli importi indicati di seguito, saranno
        allora richiesti gli eventuali ulteriori interessi maturati e
        le spese del procedimento, nei limiti consentiti dalla legge.

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

        Il pagamento dovrà pervenire entro il giorno {{pay_by}} su:

          Beneficiario: {{payment.beneficiary}}
          IBAN:         {{payment.iban}}
          BIC:          {{payment.bic}}

        indicando nella causale il riferimento {{payment.rf_reference}},
        affinché il pagamento possa essere abbinato a questa pratica.

        Qualora contestiate in tutto o in parte il credito, Vi
        invitiamo a comunicarcelo per iscritto entro il giorno
        {{pay_by}}, indicandone i motivi e allegando la relativa
        documentazione.

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
