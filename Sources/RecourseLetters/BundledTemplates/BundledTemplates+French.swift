import RecourseCore

extension BundledTemplates {
    /// French letters: relance, deuxième relance, mise en demeure, mise en demeure avant action en justice, confirmations.
    static let french: [LetterLevel: String] = frenchLadder.merging(frenchAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let frenchLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tél. {{agency.phone}}
        Courriel {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        À l'attention de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Le {{letter_date}}

        Notre référence :   {{reference}}
        Créancier :         {{creditor.name}}
        {{#debtor.vat_id}}
        Votre n° de TVA :   {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Objet : Relance – factures échues impayées

        Madame, Monsieur,

        Nous intervenons pour le compte de notre client,
        {{creditor.name}}, au sujet des factures détaillées
        ci-dessous. Selon ses écritures, elles sont échues et restent
        impayées à ce jour.

        Il s'agit peut-être d'un simple oubli. Nous vous remercions de
        bien vouloir régler le montant total dû au plus tard le
        {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Principal restant dû : {{.}}
        {{/outstanding}}
        {{#interest}}

        En cas de retard de paiement, la loi applicable prévoit des
        intérêts de retard et peut ouvrir droit à une indemnité pour
        frais de recouvrement. Les montants figurent ci-dessous et
        sont compris dans le total.

        Intérêts de retard
        Fondement : {{interest.law}}
        Taux :      {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intérêts au {{interest.as_of}} inclus : {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnité pour frais de recouvrement : {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        MONTANT TOTAL DÛ : {{.}}
        {{/total_due}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

        Si vous avez déjà procédé au règlement, nous vous en
        remercions et vous prions de ne pas tenir compte de ce
        courrier. Si vous estimez qu'un montant n'est pas dû, ou s'il
        vous manque une facture, merci de nous contacter en rappelant
        notre référence.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de
        nos salutations distinguées.

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Les intérêts sont calculés du lendemain de chaque date
        d'échéance jusqu'au {{interest.as_of}} inclus, sur le nombre
        exact de jours rapporté à une année de 365 jours. Lorsque le
        taux est fixé par semestre, la période est scindée au
        1er janvier et au 1er juillet et chaque partie porte le taux
        de son semestre.
        {{/interest}}
        """#,

        .firm: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tél. {{agency.phone}}
        Courriel {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        À l'attention de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Le {{letter_date}}

        Notre référence :   {{reference}}
        Créancier :         {{creditor.name}}
        {{#debtor.vat_id}}
        Votre n° de TVA :   {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Objet : Deuxième relance – factures impayées

        Madame, Monsieur,

        Malgré notre précédente relance, les factures détaillées
        ci-dessous, dont nous assurons le recouvrement pour le compte
        de notre client, {{creditor.name}}, demeurent impayées.

        Nous vous demandons de régler le montant total dû de sorte
        qu'il parvienne sur le compte indiqué ci-dessous au plus tard
        le {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Principal restant dû : {{.}}
        {{/outstanding}}
        {{#interest}}

        Le paiement étant tardif, notre client réclame les intérêts
        de retard et l'indemnité pour frais de recouvrement prévus
        par la loi, détaillés ci-dessous. Les intérêts continuent de
        courir jusqu'au complet paiement.

        Intérêts de retard
        Fondement : {{interest.law}}
        Taux :      {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intérêts au {{interest.as_of}} inclus : {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnité pour frais de recouvrement : {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        MONTANT TOTAL DÛ : {{.}}
        {{/total_due}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

        Si ce retard a une raison particulière, merci de nous
        contacter sans attendre en rappelant notre référence. Si vous
        avez réglé entre-temps, ne tenez pas compte de ce courrier.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de
        nos salutations distinguées.

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Les intérêts sont calculés du lendemain de chaque date
        d'échéance jusqu'au {{interest.as_of}} inclus, sur le nombre
        exact de jours rapporté à une année de 365 jours. Lorsque le
        taux est fixé par semestre, la période est scindée au
        1er janvier et au 1er juillet et chaque partie porte le taux
        de son semestre.
        {{/interest}}
        """#,

        .final: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tél. {{agency.phone}}
        Courriel {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        À l'attention de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Le {{letter_date}}

        Notre référence :   {{reference}}
        Créancier :         {{creditor.name}}
        {{#debtor.vat_id}}
        Votre n° de TVA :   {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Objet : Mise en demeure de payer

        Madame, Monsieur,

        Malgré nos précédents courriers, les factures détaillées
        ci-dessous, dont nous assurons le recouvrement pour le compte
        de notre client, {{creditor.name}}, restent impayées.

        Par la présente, nous vous mettons en demeure, pour le compte
        de notre client, de régler le montant total dû de sorte qu'il
        parvienne sur le compte indiqué ci-dessous au plus tard le
        {{pay_by}}. C'est la dernière possibilité de régler ce dossier
        avant toute autre démarche.

        {{claims_table}}

        {{#outstanding}}
        Principal restant dû : {{.}}
        {{/outstanding}}
        {{#interest}}

        Notre client réclame les intérêts de retard et l'indemnité
        pour frais de recouvrement prévus par la loi, détaillés
        ci-dessous. Les intérêts continuent de courir jusqu'au
        complet paiement.

        Intérêts de retard
        Fondement : {{interest.law}}
        Taux :      {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intérêts au {{interest.as_of}} inclus : {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnité pour frais de recouvrement : {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        MONTANT TOTAL DÛ : {{.}}
        {{/total_due}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

        À défaut de paiement à cette date, notre client se réserve le
        droit d'engager sans autre avis toute mesure utile au
        recouvrement de sa créance, y compris une action en justice.
        Les frais qui en résulteront pourront être mis à votre charge
        dans les limites prévues par la loi.

        Si vous ne pouvez pas régler la totalité, contactez-nous avant
        cette date.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de
        nos salutations distinguées.

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Les intérêts sont calculés du lendemain de chaque date
        d'échéance jusqu'au {{interest.as_of}} inclus, sur le nombre
        exact de jours rapporté à une année de 365 jours. Lorsque le
        taux est fixé par semestre, la période est scindée au
        1er janvier et au 1er juillet et chaque partie porte le taux
        de son semestre.
        {{/interest}}
        """#,

        .beforeAction: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tél. {{agency.phone}}
        Courriel {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        À l'attention de {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        Le {{letter_date}}

        Notre référence :   {{reference}}
        Créancier :         {{creditor.name}}
        {{#debtor.vat_id}}
        Votre n° de TVA :   {{debtor.vat_id}}
        {{/debtor.vat_id}}

        Objet : Dernière mise en demeure avant action en justice

        Madame, Monsieur,

        {{creditor.name}} nous a chargés du recouvrement
        des factures détaillées ci-dessous, qui restent impayées
        malgré nos précédents courriers.

        Par la présente, nous vous mettons en demeure une dernière
        fois de régler l'intégralité du montant total dû, qui devra
        parvenir sur le compte indiqué ci-dessous au plus tard le
        {{pay_by}}.

        À défaut de paiement intégral à cette date, notre client
        chargera, sans autre avis, un avocat de votre pays d'engager
        une action en justice à votre encontre. Outre les montants
        ci-dessous, seront alors réclamés, le cas échéant, les
        intérêts courus depuis lors et les frais de la procédure,
        dans les limites prévues par la loi.

        {{claims_table}}

        {{#outstanding}}
        Principal restant dû : {{.}}
        {{/outstanding}}
        {{#interest}}

        Intérêts de retard
        Fondement : {{interest.law}}
        Taux :      {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Intérêts au {{interest.as_of}} inclus : {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Indemnité pour frais de recouvrement : {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        MONTANT TOTAL DÛ : {{.}}
        {{/total_due}}

        Le paiement doit nous parvenir au plus tard le {{pay_by}} :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

        Si vous contestez tout ou partie de la créance, merci de nous
        le faire savoir par écrit avant le {{pay_by}}, en précisant
        vos motifs et en joignant les pièces justificatives.

        Nous vous prions d'agréer, Madame, Monsieur, l'expression de
        nos salutations distinguées.

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Les intérêts sont calculés du lendemain de chaque date
        d'échéance jusqu'au {{interest.as_of}} inclus, sur le nombre
        exact de jours rapporté à une année de 365 jours. Lorsque le
        taux est fixé par semestre, la période est scindée au
        1er janvier et au 1er juillet et chaque partie porte le taux
        de son semestre.
        {{/interest}}
        """#,
    ]
}
