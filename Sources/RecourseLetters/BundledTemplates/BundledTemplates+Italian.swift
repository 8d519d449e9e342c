import RecourseCore

extension BundledTemplates {
    /// Italian letters: sollecito, secondo sollecito, costituzione in mora, diffida ad adempiere, conferme.
    static let italian: [LetterLevel: String] = italianLadder.merging(italianAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let italianLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Sollecito di pagamento

        {{> salutation}}

        Vi scriviamo per conto del nostro cliente
        {{creditor.name}} in merito alle fatture indicate di
        seguito. Dalla contabilità del nostro cliente risultano
        scadute e non ancora pagate.

        Potrebbe trattarsi di una semplice dimenticanza. Vi preghiamo
        di provvedere al pagamento dell'importo totale dovuto entro il
        giorno {{pay_by}}.

        {{> claims}}
        {{#interest}}

        In caso di ritardato pagamento la legge applicabile prevede
        interessi moratori e può riconoscere un risarcimento delle
        spese di recupero. Gli importi sono indicati di seguito e
        compresi nel totale.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare il bonifico entro il giorno
        {{pay_by}}:

        {{> payment}}

        {{> payment_reference}}

        Qualora abbiate già provveduto al pagamento, Vi preghiamo di
        non tenere conto della presente e Vi ringraziamo. Se ritenete
        che un importo non sia dovuto, o Vi occorre copia di una
        fattura, contattateci citando il nostro riferimento.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Secondo sollecito di pagamento

        {{> salutation}}

        nonostante il nostro precedente sollecito, le fatture
        indicate di seguito, di cui curiamo il recupero per conto del
        nostro cliente {{creditor.name}}, risultano ancora
        insolute.

        Vi invitiamo a pagare l'importo totale dovuto in modo che
        pervenga sul conto indicato di seguito entro il giorno
        {{pay_by}}.

        {{> claims}}
        {{#interest}}

        Per il ritardato pagamento il nostro cliente richiede gli
        interessi moratori e il risarcimento delle spese di recupero
        previsti dalla legge, come indicato di seguito. Gli interessi
        continuano a maturare fino al saldo.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare il bonifico entro il giorno
        {{pay_by}}:

        {{> payment}}

        {{> payment_reference}}

        Se vi sono ragioni per cui le fatture non sono state pagate,
        Vi preghiamo di contattarci subito citando il nostro
        riferimento. Qualora abbiate pagato nel frattempo, non tenete
        conto della presente.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Ultimo sollecito – costituzione in mora

        {{> salutation}}

        nonostante i nostri precedenti solleciti, le fatture indicate
        di seguito, di cui curiamo il recupero per conto del nostro
        cliente {{creditor.name}}, risultano tuttora insolute.

        Con la presente, per conto del nostro cliente, Vi costituiamo
        formalmente in mora e Vi invitiamo a pagare l'importo totale
        dovuto in modo che pervenga sul conto indicato di seguito
        entro il giorno {{pay_by}}. È l'ultima occasione per definire
        la questione senza ulteriori iniziative.

        {{> claims}}
        {{#interest}}

        Il nostro cliente richiede gli interessi moratori e il
        risarcimento delle spese di recupero previsti dalla legge,
        come indicato di seguito. Gli interessi continuano a maturare
        fino al saldo.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Vi preghiamo di effettuare il bonifico entro il giorno
        {{pay_by}}:

        {{> payment}}

        {{> payment_reference}}

        In mancanza di pagamento entro tale data, il nostro cliente si
        riserva di intraprendere, senza ulteriore avviso, ogni
        iniziativa utile al recupero del credito, anche in sede
        giudiziale. Le relative spese potranno esserVi addebitate nei
        limiti consentiti dalla legge.

        Se non siete in grado di pagare l'intero importo, contattateci
        prima di tale data.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Oggetto: Diffida ad adempiere – preavviso di azione legale

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Il pagamento dovrà pervenire entro il giorno {{pay_by}} su:

        {{> payment}}

        {{> payment_reference}}

        Qualora contestiate in tutto o in parte il credito, Vi
        invitiamo a comunicarcelo per iscritto entro il giorno
        {{pay_by}}, indicandone i motivi e allegando la relativa
        documentazione.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
