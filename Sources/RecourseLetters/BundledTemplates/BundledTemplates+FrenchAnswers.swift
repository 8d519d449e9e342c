import RecourseCore

extension BundledTemplates {
    /// French letters that answer a promesse de paiement or an échéancier.
    static let frenchAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Confirmation de votre promesse de paiement

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer votre virement sur le compte suivant :

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Promesse de paiement non tenue

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

        {{> payment}}

        {{> payment_reference}}

        À défaut de paiement à cette date, notre client se réserve le
        droit d'engager sans autre avis toute mesure utile au
        recouvrement de sa créance, y compris une action en justice.

        Si vous avez réglé entre-temps, merci de nous communiquer les
        références du paiement afin que nous puissions le retrouver.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Confirmation de votre échéancier de paiement

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer vos virements sur le compte suivant :

        {{> payment}}

        en indiquant la référence {{payment.rf_reference}}, afin que
        vos paiements puissent être affectés à ce dossier.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
