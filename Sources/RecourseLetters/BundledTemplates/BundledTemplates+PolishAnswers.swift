import RecourseCore

extension BundledTemplates {
    /// Polish letters that answer a deklaracja zapłaty or a harmonogram spłaty.
    static let polishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        POTWIERDZENIE DEKLARACJI ZAPŁATY

        {{> salutation}}

        dziękujemy za złożoną deklarację zapłaty. W imieniu naszego
        Klienta – {{creditor.name}} – potwierdzamy zawarte
        z Państwem ustalenia:
        {{#promise}}

          Data ustalenia: {{promise.made_on}}
          Kwota:          {{promise.amount}}
          Termin zapłaty: {{promise.due_on}}

        Wpłata zostanie zaliczona na poczet należności wymienionych
        poniżej. Dopóki ustalenia są dotrzymywane, nie podejmujemy
        dalszych działań windykacyjnych.

        Jeżeli wpłata nie wpłynie w całości do dnia {{promise.due_on}},
        ustalenia wygasną, cała pozostała należność stanie się
        natychmiast wymagalna, a my bez dalszego uprzedzenia wznowimy
        działania windykacyjne.
        {{/promise}}

        Stan należności na dzień sporządzenia pisma:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Prosimy o przelew na rachunek:

        {{> payment}}

        {{> payment_reference}}

        {{> closing}}
        {{> fine_print}}
        """#,

        .brokenPromise: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        NIEDOTRZYMANIE DEKLARACJI ZAPŁATY – WEZWANIE DO ZAPŁATY

        {{> salutation}}

        {{#promise}}
        w dniu {{promise.made_on}} zobowiązali się Państwo zapłacić
        {{promise.amount}} do dnia {{promise.due_on}}. Wpłata ta nie
        wpłynęła w całości w uzgodnionym terminie, w związku z czym
        ustalenia wygasły.
        {{/promise}}
        {{^promise}}
        zadeklarowana przez Państwa wpłata nie wpłynęła w całości
        w uzgodnionym terminie, w związku z czym ustalenia wygasły.
        {{/promise}}

        W imieniu naszego Klienta – {{creditor.name}} – wzywamy
        Państwa do zapłaty całej należnej kwoty wskazanej poniżej
        w terminie do dnia {{pay_by}} (liczy się data wpływu na
        wskazany niżej rachunek).

        {{> claims}}
        {{> interest}}

        {{> total}}

        Prosimy o przelew najpóźniej do dnia {{pay_by}} na rachunek:

        {{> payment}}

        {{> payment_reference}}

        W przypadku braku zapłaty w tym terminie nasz Klient zastrzega
        sobie prawo podjęcia, bez dalszego wezwania, dalszych działań
        w celu odzyskania należności, w tym na drodze sądowej.

        Jeżeli wpłata została w międzyczasie dokonana, prosimy
        o przesłanie jej danych, abyśmy mogli ją odnaleźć.

        {{> closing}}
        {{> fine_print}}
        """#,

        .planConfirmation: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        POTWIERDZENIE HARMONOGRAMU SPŁATY

        {{> salutation}}

        w imieniu naszego Klienta – {{creditor.name}} –
        potwierdzamy uzgodniony z Państwem harmonogram spłaty
        należności wymienionych poniżej.
        {{#plan}}
        Każda rata powinna wpłynąć na wskazany niżej rachunek
        najpóźniej w dniu jej wymagalności:

        {{#plan.instalments}}
          {{number}}.  {{due_on}}   {{amount}}
        {{/plan.instalments}}

          Łącznie według harmonogramu: {{plan.total}}
        {{/plan}}

        Dopóki harmonogram jest przestrzegany, nie podejmujemy
        dalszych działań windykacyjnych. Jeżeli którakolwiek rata nie
        wpłynie w całości w terminie, harmonogram wygaśnie, cała
        pozostała należność stanie się natychmiast wymagalna, a my bez
        dalszego uprzedzenia wznowimy działania windykacyjne.

        Stan należności na dzień sporządzenia pisma:

        {{> claims}}
        {{> interest}}

        {{> total}}

        Prosimy o wpłaty na rachunek:

        {{> payment}}

        z podaniem w tytule przelewu numeru referencyjnego
        {{payment.rf_reference}}, co pozwoli przypisać wpłaty do tej
        sprawy.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
