import RecourseCore

extension BundledTemplates {
    /// French letters: relance, deuxième relance, mise en demeure, mise en demeure avant action en justice, confirmations.
    static let french: [LetterLevel: String] = frenchLadder.merging(frenchAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let frenchLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Relance – factures échues impayées

        {{> salutation}}

        Nous intervenons pour le compte de notre client,
        {{creditor.name}}, au sujet des factures détaillées
        ci-dessous. Selon ses écritures, elles sont échues et restent
        impayées à ce jour.

        Il s'agit peut-être d'un simple oubli. Nous vous remercions de
        bien vouloir régler le montant total dû au plus tard le
        {{pay_by}}.

        {{> claims}}
        {{#interest}}

        En cas de retard de paiement, la loi applicable prévoit des
        intérêts de retard et peut ouvrir droit à une indemnité pour
        frais de recouvrement. Les montants figurent ci-dessous et
        sont compris dans le total.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

        {{> payment}}

        {{> payment_reference}}

        Si vous avez déjà procédé au règlement, nous vous en
        remercions et vous prions de ne pas tenir compte de ce
        courrier. Si vous estimez qu'un montant n'est pas dû, ou s'il
        vous manque une facture, merci de nous contacter en rappelant
        notre référence.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Deuxième relance – factures impayées

        {{> salutation}}

        Malgré notre précédente relance, les factures détaillées
        ci-dessous, dont nous assurons le recouvrement pour le compte
        de notre client, {{creditor.name}}, demeurent impayées.

        Nous vous demandons de régler le montant total dû de sorte
        qu'il parvienne sur le compte indiqué ci-dessous au plus tard
        le {{pay_by}}.

        {{> claims}}
        {{#interest}}

        Le paiement étant tardif, notre client réclame les intérêts
        de retard et l'indemnité pour frais de recouvrement prévus
        par la loi, détaillés ci-dessous. Les intérêts continuent de
        courir jusqu'au complet paiement.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

        {{> payment}}

        {{> payment_reference}}

        Si ce retard a une raison particulière, merci de nous
        contacter sans attendre en rappelant notre référence. Si vous
        avez réglé entre-temps, ne tenez pas compte de ce courrier.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Mise en demeure de payer

        {{> salutation}}

        Malgré nos précédents courriers, les factures détaillées
        ci-dessous, dont nous assurons le recouvrement pour le compte
        de notre client, {{creditor.name}}, restent impayées.

        Par la présente, nous vous mettons en demeure, pour le compte
        de notre client, de régler le montant total dû de sorte qu'il
        parvienne sur le compte indiqué ci-dessous au plus tard le
        {{pay_by}}. C'est la dernière possibilité de régler ce dossier
        avant toute autre démarche.

        {{> claims}}
        {{#interest}}

        Notre client réclame les intérêts de retard et l'indemnité
        pour frais de recouvrement prévus par la loi, détaillés
        ci-dessous. Les intérêts continuent de courir jusqu'au
        complet paiement.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Merci d'effectuer votre virement au plus tard le {{pay_by}} :

        {{> payment}}

        {{> payment_reference}}

        À défaut de paiement à cette date, notre client se réserve le
        droit d'engager sans autre avis toute mesure utile au
        recouvrement de sa créance, y compris une action en justice.
        Les frais qui en résulteront pourront être mis à votre charge
        dans les limites prévues par la loi.

        Si vous ne pouvez pas régler la totalité, contactez-nous avant
        cette date.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        Objet : Dernière mise en demeure avant action en justice

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Le paiement doit nous parvenir au plus tard le {{pay_by}} :

        {{> payment}}

        {{> payment_reference}}

        Si vous contestez tout ou partie de la créance, merci de nous
        le faire savoir par écrit avant le {{pay_by}}, en précisant
        vos motifs et en joignant les pièces justificatives.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
