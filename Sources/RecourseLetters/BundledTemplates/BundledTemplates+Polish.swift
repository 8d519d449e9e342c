import RecourseCore

extension BundledTemplates {
    /// Polish letters: przypomnienie, wezwanie do zapłaty, ostateczne i przedsądowe wezwanie do zapłaty, potwierdzenia.
    static let polish: [LetterLevel: String] = polishLadder.merging(polishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let polishLadder: [LetterLevel: String] = [
        .reminder: #"""
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

        PRZYPOMNIENIE O PŁATNOŚCI

        Szanowni Państwo,

        działając w imieniu naszego Klienta –
        {{creditor.name}} – uprzejmie przypominamy o niżej
        wymienionych fakturach. Według ewidencji naszego Klienta
        termin ich płatności już upłynął, a należności nie zostały
        jeszcze uregulowane.

        Być może płatność została przeoczona. Prosimy o zapłatę całej
        należnej kwoty najpóźniej do dnia {{pay_by}}.

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        W razie opóźnienia w zapłacie właściwe prawo przewiduje
        odsetki i może przyznawać rekompensatę za koszty odzyskiwania
        należności. Kwoty podajemy poniżej; są one ujęte w sumie.

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

        Jeżeli płatność została już dokonana, prosimy uznać niniejsze
        pismo za bezprzedmiotowe. Jeżeli uważają Państwo, że któraś
        kwota nie jest należna, lub potrzebują Państwo kopii faktury,
        prosimy o kontakt z podaniem naszego znaku.

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

        .firm: #"""
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

        WEZWANIE DO ZAPŁATY

        Szanowni Państwo,

        pomimo naszego wcześniejszego przypomnienia niżej wymienione
        faktury, których windykację prowadzimy w imieniu naszego
        Klienta – {{creditor.name}} – nadal pozostają
        niezapłacone.

        Wzywamy Państwa do zapłaty całej należnej kwoty w terminie do
        dnia {{pay_by}} (liczy się data wpływu na wskazany niżej
        rachunek).

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        W związku z opóźnieniem w zapłacie nasz Klient dochodzi
        odsetek za opóźnienie oraz rekompensaty za koszty odzyskiwania
        należności przysługujących mu z mocy prawa, zgodnie
        z poniższym zestawieniem. Odsetki naliczane są do dnia zapłaty.

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

        Jeżeli istnieje przyczyna, dla której faktury nie zostały
        zapłacone, prosimy o niezwłoczny kontakt z podaniem naszego
        znaku. Jeżeli płatność została w międzyczasie dokonana,
        prosimy uznać niniejsze pismo za bezprzedmiotowe.

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

        .final: #"""
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

        OSTATECZNE WEZWANIE DO ZAPŁATY

        Szanowni Państwo,

        pomimo naszych wcześniejszych pism niżej wymienione faktury,
        których windykację prowadzimy w imieniu naszego Klienta –
        {{creditor.name}} – nadal nie zostały zapłacone.

        Niniejszym, w imieniu naszego Klienta, ostatecznie wzywamy
        Państwa do zapłaty całej należnej kwoty w terminie do dnia
        {{pay_by}} (liczy się data wpływu na wskazany niżej rachunek).
        Jest to ostatnia możliwość załatwienia sprawy bez podejmowania
        dalszych kroków.

        {{claims_table}}

        {{#outstanding}}
        Należność główna: {{.}}
        {{/outstanding}}
        {{#interest}}

        Nasz Klient dochodzi odsetek za opóźnienie oraz rekompensaty
        za koszty odzyskiwania należności przysługujących mu z mocy
        prawa, zgodnie z poniższym zestawieniem. Odsetki naliczane są
        do dnia zapłaty.

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
        Kosztami tych działań mogą Państwo zostać obciążeni w granicach
        przewidzianych prawem.

        Jeżeli nie są Państwo w stanie zapłacić całej kwoty, prosimy
        o kontakt przed upływem terminu.

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

        .beforeAction: #"""
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

        PRZEDSĄDOWE WEZWANIE DO ZAPŁATY

        Szanowni Państwo,

        działając z upoważnienia naszego Klienta –
        {{creditor.name}} – prowadzimy windykację niżej
        wymienionych faktur, które pomimo naszych wcześniejszych pism
        pozostają niezapłacone.

        Niniejszym wzywamy Państwa po raz ostatni do zapłaty całej
        należnej kwoty w terminie do dnia {{pay_by}} (liczy się data
        wpływu na wskazany niżej rachunek).

        W przypadku braku zapłaty całej kwoty w tym terminie nasz
        Klient, bez dalszego wezwania, zleci adwokatowi lub radcy
        prawnemu w Państwa kraju wytoczenie powództwa przeciwko
        Państwa firmie. Oprócz kwot wskazanych poniżej dochodzone będą
        wówczas dalsze odsetki, o ile przysługują, oraz koszty
        postępowania w granicach przewidzianych prawem.

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

        Wpłata musi nastąpić najpóźniej do dnia {{pay_by}} na rachunek:

          Odbiorca: {{payment.beneficiary}}
          IBAN:     {{payment.iban}}
          BIC:      {{payment.bic}}

        z podaniem w tytule przelewu numeru referencyjnego
        {{payment.rf_reference}}, co pozwoli przypisać wpłatę do tej
        sprawy.

        Jeżeli kwestionują Państwo roszczenie w całości lub w części,
        prosimy o pisemne stanowisko wraz z uzasadnieniem
        i dokumentami do dnia {{pay_by}}.

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
