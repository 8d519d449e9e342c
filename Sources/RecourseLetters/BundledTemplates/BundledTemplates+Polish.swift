import RecourseCore

extension BundledTemplates {
    /// Polish letters: przypomnienie, wezwanie do zapłaty, ostateczne i przedsądowe wezwanie do zapłaty, potwierdzenia.
    static let polish: [LetterLevel: String] = polishLadder.merging(polishAnswers) { ladder, _ in ladder }

    /// The four letters of the dunning ladder.
    private static let polishLadder: [LetterLevel: String] = [
        .reminder: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        PRZYPOMNIENIE O PŁATNOŚCI

        {{> salutation}}

        działając w imieniu naszego Klienta –
        {{creditor.name}} – uprzejmie przypominamy o niżej
        wymienionych fakturach. Według ewidencji naszego Klienta
        termin ich płatności już upłynął, a należności nie zostały
        jeszcze uregulowane.

        Być może płatność została przeoczona. Prosimy o zapłatę całej
        należnej kwoty najpóźniej do dnia {{pay_by}}.

        {{> claims}}
        {{#interest}}

        W razie opóźnienia w zapłacie właściwe prawo przewiduje
        odsetki i może przyznawać rekompensatę za koszty odzyskiwania
        należności. Kwoty podajemy poniżej; są one ujęte w sumie.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Prosimy o przelew najpóźniej do dnia {{pay_by}} na rachunek:

        {{> payment}}

        {{> payment_reference}}

        Jeżeli płatność została już dokonana, prosimy uznać niniejsze
        pismo za bezprzedmiotowe. Jeżeli uważają Państwo, że któraś
        kwota nie jest należna, lub potrzebują Państwo kopii faktury,
        prosimy o kontakt z podaniem naszego znaku.

        {{> closing}}
        {{> fine_print}}
        """#,

        .firm: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        WEZWANIE DO ZAPŁATY

        {{> salutation}}

        pomimo naszego wcześniejszego przypomnienia niżej wymienione
        faktury, których windykację prowadzimy w imieniu naszego
        Klienta – {{creditor.name}} – nadal pozostają
        niezapłacone.

        Wzywamy Państwa do zapłaty całej należnej kwoty w terminie do
        dnia {{pay_by}} (liczy się data wpływu na wskazany niżej
        rachunek).

        {{> claims}}
        {{#interest}}

        W związku z opóźnieniem w zapłacie nasz Klient dochodzi
        odsetek za opóźnienie oraz rekompensaty za koszty odzyskiwania
        należności przysługujących mu z mocy prawa, zgodnie
        z poniższym zestawieniem. Odsetki naliczane są do dnia zapłaty.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Prosimy o przelew najpóźniej do dnia {{pay_by}} na rachunek:

        {{> payment}}

        {{> payment_reference}}

        Jeżeli istnieje przyczyna, dla której faktury nie zostały
        zapłacone, prosimy o niezwłoczny kontakt z podaniem naszego
        znaku. Jeżeli płatność została w międzyczasie dokonana,
        prosimy uznać niniejsze pismo za bezprzedmiotowe.

        {{> closing}}
        {{> fine_print}}
        """#,

        .final: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        OSTATECZNE WEZWANIE DO ZAPŁATY

        {{> salutation}}

        pomimo naszych wcześniejszych pism niżej wymienione faktury,
        których windykację prowadzimy w imieniu naszego Klienta –
        {{creditor.name}} – nadal nie zostały zapłacone.

        Niniejszym, w imieniu naszego Klienta, ostatecznie wzywamy
        Państwa do zapłaty całej należnej kwoty w terminie do dnia
        {{pay_by}} (liczy się data wpływu na wskazany niżej rachunek).
        Jest to ostatnia możliwość załatwienia sprawy bez podejmowania
        dalszych kroków.

        {{> claims}}
        {{#interest}}

        Nasz Klient dochodzi odsetek za opóźnienie oraz rekompensaty
        za koszty odzyskiwania należności przysługujących mu z mocy
        prawa, zgodnie z poniższym zestawieniem. Odsetki naliczane są
        do dnia zapłaty.
        {{/interest}}
        {{> interest}}

        {{> total}}

        Prosimy o przelew najpóźniej do dnia {{pay_by}} na rachunek:

        {{> payment}}

        {{> payment_reference}}

        W przypadku braku zapłaty w tym terminie nasz Klient zastrzega
        sobie prawo podjęcia, bez dalszego wezwania, dalszych działań
        w celu odzyskania należności, w tym na drodze sądowej.
        Kosztami tych działań mogą Państwo zostać obciążeni w granicach
        przewidzianych prawem.

        Jeżeli nie są Państwo w stanie zapłacić całej kwoty, prosimy
        o kontakt przed upływem terminu.

        {{> closing}}
        {{> fine_print}}
        """#,

        .beforeAction: #"""
        {{> letterhead}}

        {{> recipient}}

        {{> references}}

        PRZEDSĄDOWE WEZWANIE DO ZAPŁATY

        {{> salutation}}

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

        {{> claims}}
        {{> interest}}

        {{> total}}

        Wpłata musi nastąpić najpóźniej do dnia {{pay_by}} na rachunek:

        {{> payment}}

        {{> payment_reference}}

        Jeżeli kwestionują Państwo roszczenie w całości lub w części,
        prosimy o pisemne stanowisko wraz z uzasadnieniem
        i dokumentami do dnia {{pay_by}}.

        {{> closing}}
        {{> fine_print}}
        """#,
    ]
}
