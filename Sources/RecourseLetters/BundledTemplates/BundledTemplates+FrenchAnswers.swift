import RecourseCore

extension BundledTemplates {
    /// French letters that answer a promesse de paiement or an échéancier.
    static let frenchAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
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

        Objet : Confirmation de votre promesse de paiement

        Madame, Monsieur,

        Nous vous remercions de votre engagement de paiement. Pour le
        compte de notre client, {{creditor.name}}, nous vous
        confirmons l'accord conclu avec vous :
        {{#promise}}

          Date de l'accord : {{promise.made_on}}
          Montant :          {{promise.amount}}
          Au plus tard le :  {{promise.due_on}}

        Votre paiement sera imputé sur la créance détaillée
        ci-dessous. Tant que cet accord est respecté, nous
        suspendons toute autre démarche de recouvrement.

        Si le paiement ne nous est pas intégralement parvenu au plus
        tard le {{promise.due_on}}, l'accord deviendra caduc, la
        totalité du solde sera immédiatement exigible et nous
        reprendrons le recouvrement sans autre avis.
        {{/promise}}

        État de la créance à la date du présent courrier :

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

        Merci d'effectuer votre virement sur le compte suivant :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

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

        .brokenPromise: #"""
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

        Objet : Promesse de paiement non tenue

        Madame, Monsieur,

        {{#promise}}
        Le {{promise.made_on}}, vous vous êtes engagés à régler
        {{promise.amount}} au plus tard le {{promise.due_on}}. Ce
        paiement ne nous est pas intégralement parvenu à la date
        convenue ; l'accord est donc devenu caduc.
        {{/promise}}
        {{^promise}}
        Le paiement que vous vous étiez engagés à effectuer ne nous
        est pas intégralement parvenu à la date convenue ; l'accord
        est donc devenu caduc.
        {{/promise}}

        Pour le compte de notre client, {{creditor.name}},
        nous vous demandons de régler la totalité du montant dû
        détaillé ci-dessous, qui devra parvenir sur le compte indiqué
        au plus tard le {{pay_by}}.

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

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        votre paiement puisse être affecté à ce dossier.

        À défaut de paiement à cette date, notre client se réserve le
        droit d'engager sans autre avis toute mesure utile au
        recouvrement de sa créance, y compris une action en justice.

        Si vous avez réglé entre-temps, merci de nous communiquer les
        références du paiement afin que nous puissions le retrouver.

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

        .planConfirmation: #"""
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

        Objet : Confirmation de votre échéancier de paiement

        Madame, Monsieur,

        Pour le compte de notre client, {{creditor.name}},
        nous vous confirmons l'échéancier convenu avec vous pour la
        créance détaillée ci-dessous.
        {{#plan}}
        Chaque échéance doit parvenir sur le compte indiqué ci-dessous
        au plus tard à sa date :

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Total de l'échéancier : {{plan.total}}
        {{/plan}}

        Tant que l'échéancier est respecté, nous suspendons toute
        autre démarche de recouvrement. Si une échéance ne nous est
        pas intégralement parvenue à sa date, l'échéancier deviendra
        caduc, la totalité du solde sera immédiatement exigible et
        nous reprendrons le recouvrement sans autre avis.

        État de la créance à la date du présent courrier :

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

        Merci d'effectuer vos virements sur le compte suivant :

          Bénéficiaire : {{payment.beneficiary}}
          IBAN :         {{payment.iban}}
          BIC :          {{payment.bic}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        vos paiements puissent être affectés à ce dossier.

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
