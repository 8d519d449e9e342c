extension CountryProfile {
    static let poland = CountryProfile(
        code: "PL", currency: "PLN", language: "pl", weight: 6, unitsPerEuro: 4.25, callingCode: "+48",
        cities: [
            City(name: "Warszawa", postalCode: "00-001", timeZone: "Europe/Warsaw", areaCode: "22"),
            City(name: "Kraków", postalCode: "30-001", timeZone: "Europe/Warsaw", areaCode: "12"),
            City(name: "Łódź", postalCode: "90-001", timeZone: "Europe/Warsaw", areaCode: "42"),
            City(name: "Wrocław", postalCode: "50-001", timeZone: "Europe/Warsaw", areaCode: "71"),
            City(name: "Gdańsk", postalCode: "80-001", timeZone: "Europe/Warsaw", areaCode: "58"),
            City(name: "Poznań", postalCode: "60-001", timeZone: "Europe/Warsaw", areaCode: "61"),
        ],
        streets: ["ul. Marszałkowska", "ul. Przemysłowa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Długa"],
        companyName: westernName(
            stems: ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Zieliński", "Dąbrowski"],
            industries: ["Przemysł", "Transport", "Budownictwo", "Handel", "Elektronika", "Opakowania"],
            forms: ["sp. z o.o.", "sp. z o.o.", "S.A.", "sp.j."]),
        people: [
            Person(name: "Agnieszka Wójcik", emailLocal: "a.wojcik"), Person(name: "Paweł Lewandowski", emailLocal: "p.lewandowski"),
            Person(name: "Małgorzata Kaczmarek", emailLocal: "m.kaczmarek"), Person(name: "Krzysztof Szymański", emailLocal: "k.szymanski"),
        ],
        emailDomain: "pl",
        registrationId: { random in "KRS 0000\(random.digits(6))" },
        vatId: { random in "PL\(random.digits(10))" },
        addressLine: { street, number in "\(street) \(number)" })

    static let sweden = CountryProfile(
        code: "SE", currency: "SEK", language: "sv", weight: 2, unitsPerEuro: 10.9, callingCode: "+46",
        cities: [
            City(name: "Stockholm", postalCode: "111 22", timeZone: "Europe/Stockholm", areaCode: "8"),
            City(name: "Göteborg", postalCode: "411 03", timeZone: "Europe/Stockholm", areaCode: "31"),
            City(name: "Malmö", postalCode: "211 20", timeZone: "Europe/Stockholm", areaCode: "40"),
        ],
        streets: ["Drottninggatan", "Industrivägen", "Storgatan", "Hamngatan"],
        companyName: westernName(
            stems: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Åberg"],
            industries: ["Verkstad", "Logistik", "Trä", "Bygg", "Elektronik"],
            forms: ["AB"]),
        people: [
            Person(name: "Karin Lindström", emailLocal: "karin.lindstrom"), Person(name: "Björn Ekström", emailLocal: "bjorn.ekstrom"),
        ],
        emailDomain: "se",
        registrationId: { random in "Org.nr 556\(random.digits(3))-\(random.digits(4))" },
        vatId: { random in "SE556\(random.digits(7))01" },
        addressLine: { street, number in "\(street) \(number)" })

    static let denmark = CountryProfile(
        code: "DK", currency: "DKK", language: "da", weight: 1, unitsPerEuro: 7.46, callingCode: "+45",
        cities: [
            City(name: "København", postalCode: "1050", timeZone: "Europe/Copenhagen", areaCode: "33"),
            City(name: "Aarhus", postalCode: "8000", timeZone: "Europe/Copenhagen", areaCode: "86"),
            City(name: "Odense", postalCode: "5000", timeZone: "Europe/Copenhagen", areaCode: "66"),
        ],
        streets: ["Strøget", "Industrivej", "Havnegade", "Vestergade"],
        companyName: westernName(
            stems: ["Jensen", "Nielsen", "Hansen", "Pedersen", "Sørensen", "Møller"],
            industries: ["Maskinfabrik", "Logistik", "Byg", "Handel"],
            forms: ["A/S", "ApS"]),
        people: [Person(name: "Mette Sørensen", emailLocal: "mette.sorensen"), Person(name: "Lars Møller", emailLocal: "lars.moller")],
        emailDomain: "dk",
        registrationId: { random in "CVR \(random.digits(8))" },
        vatId: { random in "DK\(random.digits(8))" },
        addressLine: { street, number in "\(street) \(number)" })

    static let czechia = CountryProfile(
        code: "CZ", currency: "CZK", language: "cs", weight: 1, unitsPerEuro: 24.3, callingCode: "+420",
        cities: [
            City(name: "Praha", postalCode: "110 00", timeZone: "Europe/Prague", areaCode: "2"),
            City(name: "Brno", postalCode: "602 00", timeZone: "Europe/Prague", areaCode: "5"),
            City(name: "Ostrava", postalCode: "702 00", timeZone: "Europe/Prague", areaCode: "59"),
        ],
        streets: ["Václavské náměstí", "Průmyslová", "Nádražní", "Husova"],
        companyName: westernName(
            stems: ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka"],
            industries: ["Strojírny", "Stavby", "Doprava", "Elektro"],
            forms: ["s.r.o.", "a.s."]),
        people: [Person(name: "Jana Dvořáková", emailLocal: "jana.dvorakova"), Person(name: "Petr Černý", emailLocal: "petr.cerny")],
        emailDomain: "cz",
        registrationId: { random in "IČO \(random.digits(8))" },
        vatId: { random in "CZ\(random.digits(8))" },
        addressLine: { street, number in "\(street) \(number)" })
}
