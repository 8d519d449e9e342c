import RecourseCore

extension BundledTemplates {
    /// Polish letters that answer a deklaracja zapłaty or a harmonogram spłaty.
    static let polishAnswers: [LetterLevel: String] = [
        .promiseConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        Do rąk: {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nasz znak:  {{reference}}
        Wierzyciel: {{creditor.name}}
        {{#debtor.vat_id}}
        Nr VAT:     {{debtor.vat_id}}
        {{/debtor.vat_id}}

        POTWIERDZENIE DEKLARACJI ZAPŁATY

        Szanowni Państwo,

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

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        Odsetki za opóźnienie w transakcjach handlowych
        Podstawa prawna: {{interest.law}}
        Stopa:           {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Odsetki do dnia {{interest.as_of}} włącznie: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Rekompensata za koszty odzyskiwania należności: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        ŁĄCZNIE DO ZAPŁATY: {{.}}
        {{/total_due}}

        Prosimy o przelew na rachunek:

          Odbiorca: {{payment.beneficiary}}
          IBAN:     {{payment.iban}}
          BIC:      {{payment.bic}}

        z podaniem w tytule przelewu numeru referencyjnego
        {{payment.rf_reference}}, co pozwoli przypisać wpłatę do tej
        sprawy.

        Z poważaniem

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Odsetki naliczane są od dnia następującego po terminie
        płatności każdej faktury do dnia {{interest.as_of}} włącznie,
        według rzeczywistej liczby dni, przy przyjęciu roku liczącego
        365 dni. Jeżeli stopa ustalana jest na półrocza, okres dzieli
        się na części z dniem 1 stycznia i 1 lipca, a do każdej części
        stosuje się stopę obowiązującą w danym półroczu.
        {{/interest}}
        """#,

        .brokenPromise: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        Do rąk: {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nasz znak:  {{reference}}
        Wierzyciel: {{creditor.name}}
        {{#debtor.vat_id}}
        Nr VAT:     {{debtor.vat_id}}
        {{/debtor.vat_id}}

        NIEDOTRZYMANIE DEKLARACJI ZAPŁATY – WEZWANIE DO ZAPŁATY

        Szanowni Państwo,

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

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        Odsetki za opóźnienie w transakcjach handlowych
        Podstawa prawna: {{interest.law}}
        Stopa:           {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Odsetki do dnia {{interest.as_of}} włącznie: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Rekompensata za koszty odzyskiwania należności: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        ŁĄCZNIE DO ZAPŁATY: {{.}}
        {{/total_due}}

        Prosimy o przelew najpóźniej do dnia {{pay_by}} na rachunek:

          Odbiorca: {{payment.beneficiary}}
          IBAN:     {{payment.iban}}
          BIC:      {{payment.bic}}

        z podaniem w tytule przelewu numeru referencyjnego
        {{payment.rf_reference}}, co pozwoli przypisać wpłatę do tej
        sprawy.

        W przypadku braku zapłaty w tym terminie nasz Klient zastrzega
        sobie prawo podjęcia, bez dalszego wezwania, dalszych działań
        w celu odzyskania należności, w tym na drodze sądowej.

        Jeżeli wpłata została w międzyczasie dokonana, prosimy
        o przesłanie jej danych, abyśmy mogli ją odnaleźć.

        Z poważaniem

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Odsetki naliczane są od dnia następującego po terminie
        płatności każdej faktury do dnia {{interest.as_of}} włącznie,
        według rzeczywistej liczby dni, przy przyjęciu roku liczącego
        365 dni. Jeżeli stopa ustalana jest na półrocza, okres dzieli
        się na części z dniem 1 stycznia i 1 lipca, a do każdej części
        stosuje się stopę obowiązującą w danym półroczu.
        {{/interest}}
        """#,

        .planConfirmation: #"""
        {{agency.name}}
        {{#agency.address_lines}}
        {{.}}
        {{/agency.address_lines}}
        Tel. {{agency.phone}}
        E-mail {{agency.email}}

        {{debtor.name}}
        {{#contact}}
        Do rąk: {{contact.name}} ({{contact.role}})
        {{/contact}}
        {{#debtor.address_lines}}
        {{.}}
        {{/debtor.address_lines}}

        {{letter_date}}

        Nasz znak:  {{reference}}
        Wierzyciel: {{creditor.name}}
        {{#debtor.vat_id}}
        Nr VAT:     {{debtor.vat_id}}
        {{/debtor.vat_id}}

        POTWIERDZENIE HARMONOGRAMU SPŁATY

        Szanowni Państwo,

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

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        Odsetki za opóźnienie w transakcjach handlowych
        Podstawa prawna: {{interest.law}}
        Stopa:           {{interest.rate_basis}}

        {{interest.table}}

        {{#interest.amounts}}
        Odsetki do dnia {{interest.as_of}} włącznie: {{.}}
        {{/interest.amounts}}
        {{#interest.compensation}}
        Rekompensata za koszty odzyskiwania należności: {{.}}
        ({{interest.compensation_basis}})
        {{/interest.compensation}}
        {{/interest}}

        {{#total_due}}
        ŁĄCZNIE DO ZAPŁATY: {{.}}
        {{/total_due}}

        Prosimy o wpłaty na rachunek:

          Odbiorca: {{payment.beneficiary}}
          IBAN:     {{payment.iban}}
          BIC:      {{payment.bic}}

        z podaniem w tytule przelewu numeru referencyjnego
        {{payment.rf_reference}}, co pozwoli przypisać wpłaty do tej
        sprawy.

        Z poważaniem

        {{caseworker.name}}
        {{agency.name}}
        {{#interest}}

        Odsetki naliczane są od dnia następującego po terminie
        płatności każdej faktury do dnia {{interest.as_of}} włącznie,
        według rzeczywistej liczby dni, przy przyjęciu roku liczącego
        365 dni. Jeżeli stopa ustalana jest na półrocza, okres dzieli
        się na części z dniem 1 stycznia i 1 lipca, a do każdej części
        stosuje się stopę obowiązującą w danym półroczu.
        {{/interest}}
        """#,
    ]
}
