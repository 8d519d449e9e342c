extension CountryProfile {
    static let italy = CountryProfile(
        code: "IT", currency: "EUR", language: "it", weight: 8, unitsPerEuro: 1, callingCode: "+39",
        cities: [
            City(name: "Milano", postalCode: "20121", timeZone: "Europe/Rome", areaCode: "02"),
            City(name: "Torino", postalCode: "10121", timeZone: "Europe/Rome", areaCode: "011"),
            City(name: "Bologna", postalCode: "40121", timeZone: "Europe/Rome", areaCode: "051"),
            City(name: "Napoli", postalCode: "80133", timeZone: "Europe/Rome", areaCode: "081"),
            City(name: "Verona", postalCode: "37121", timeZone: "Europe/Rome", areaCode: "045"),
        ],
        streets: ["Via Roma", "Corso Vittorio Emanuele II", "Via dell'Industria", "Viale Monza", "Via Garibaldi"],
        companyName: westernName(
            stems: ["Ferraro", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Esposito"],
            industries: ["Meccanica", "Tessile", "Logistica", "Impianti", "Arredamenti", "Plastica", "Alimentari"],
            forms: ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c."]),
        people: [
            Person(name: "Giulia Conti", emailLocal: "g.conti"), Person(name: "Marco Ferrari", emailLocal: "m.ferrari"),
            Person(name: "Francesca Galli", emailLocal: "f.galli"), Person(name: "Niccolò Fabbri", emailLocal: "n.fabbri"),
        ],
        emailDomain: "it",
        registrationId: { random in "REA MI-\(random.digits(7))" },
        vatId: { random in "IT\(random.digits(11))" },
        addressLine: { street, number in "\(street), \(number)" })

    static let spain = CountryProfile(
        code: "ES", currency: "EUR", language: "es", weight: 7, unitsPerEuro: 1, callingCode: "+34",
        cities: [
            City(name: "Madrid", postalCode: "28001", timeZone: "Europe/Madrid", areaCode: "91"),
            City(name: "Barcelona", postalCode: "08001", timeZone: "Europe/Madrid", areaCode: "93"),
            City(name: "Valencia", postalCode: "46001", timeZone: "Europe/Madrid", areaCode: "96"),
            City(name: "Sevilla", postalCode: "41001", timeZone: "Europe/Madrid", areaCode: "95"),
            City(name: "Bilbao", postalCode: "48001", timeZone: "Europe/Madrid", areaCode: "94"),
        ],
        streets: ["Calle Mayor", "Avenida de la Constitución", "Polígono Industrial Norte", "Calle de Alcalá", "Paseo de Gracia"],
        companyName: westernName(
            stems: ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz"],
            industries: ["Construcciones", "Transportes", "Metalúrgica", "Alimentación", "Envases", "Cerámicas"],
            forms: ["S.L.", "S.L.", "S.A."]),
        people: [
            Person(name: "Lucía Romero", emailLocal: "lucia.romero"), Person(name: "Javier Ruiz", emailLocal: "javier.ruiz"),
            Person(name: "María José Núñez", emailLocal: "mj.nunez"), Person(name: "Álvaro Castillo", emailLocal: "a.castillo"),
        ],
        emailDomain: "es",
        registrationId: { random in "CIF B\(random.digits(8))" },
        vatId: { random in "ESB\(random.digits(8))" },
        addressLine: { street, number in "\(street), \(number)" })

    static let austria = CountryProfile(
        code: "AT", currency: "EUR", language: "de-AT", weight: 3, unitsPerEuro: 1, callingCode: "+43",
        cities: [
            City(name: "Wien", postalCode: "1010", timeZone: "Europe/Vienna", areaCode: "1"),
            City(name: "Graz", postalCode: "8010", timeZone: "Europe/Vienna", areaCode: "316"),
            City(name: "Linz", postalCode: "4020", timeZone: "Europe/Vienna", areaCode: "732"),
            City(name: "Salzburg", postalCode: "5020", timeZone: "Europe/Vienna", areaCode: "662"),
        ],
        streets: ["Mariahilfer Straße", "Landstraße", "Gewerbestraße", "Getreidegasse"],
        companyName: westernName(
            stems: ["Gruber", "Huber", "Bauer", "Pichler", "Steiner", "Moser"],
            industries: ["Metallbau", "Holzindustrie", "Transporte", "Anlagenbau", "Seilbahntechnik"],
            forms: ["GmbH", "GmbH", "AG", "KG"]),
        people: [
            Person(name: "Florian Gruber", emailLocal: "f.gruber"), Person(name: "Verena Hölzl", emailLocal: "v.hoelzl"),
            Person(name: "Markus Ebner", emailLocal: "m.ebner"),
        ],
        emailDomain: "at",
        registrationId: { random in "FN \(random.digits(6))a" },
        vatId: { random in "ATU\(random.digits(8))" },
        addressLine: { street, number in "\(street) \(number)" })

    static let ireland = CountryProfile(
        code: "IE", currency: "EUR", language: "en-IE", weight: 1, unitsPerEuro: 1, callingCode: "+353",
        cities: [
            City(name: "Dublin", postalCode: "D02 X285", timeZone: "Europe/Dublin", areaCode: "1"),
            City(name: "Cork", postalCode: "T12 XY12", timeZone: "Europe/Dublin", areaCode: "21"),
            City(name: "Galway", postalCode: "H91 AB12", timeZone: "Europe/Dublin", areaCode: "91"),
        ],
        streets: ["Grafton Street", "Dock Road", "Business Park", "Patrick Street"],
        companyName: westernName(
            stems: ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ó Briain"],
            industries: ["Engineering", "Foods", "Logistics", "Pharma Supplies"],
            forms: ["Ltd", "DAC"]),
        people: [
            Person(name: "Aoife Byrne", emailLocal: "aoife.byrne"), Person(name: "Ciarán Walsh", emailLocal: "ciaran.walsh"),
        ],
        emailDomain: "ie",
        registrationId: { random in "CRO \(random.digits(6))" },
        vatId: { random in "IE\(random.digits(7))A" },
        addressLine: { street, number in "\(number) \(street)" })

    static let switzerland = CountryProfile(
        code: "CH", currency: "CHF", language: "de-CH", weight: 3, unitsPerEuro: 0.93, callingCode: "+41",
        cities: [
            City(name: "Zürich", postalCode: "8001", timeZone: "Europe/Zurich", areaCode: "44"),
            City(name: "Basel", postalCode: "4001", timeZone: "Europe/Zurich", areaCode: "61"),
            City(name: "Bern", postalCode: "3011", timeZone: "Europe/Zurich", areaCode: "31"),
        ],
        streets: ["Bahnhofstrasse", "Industriestrasse", "Seestrasse", "Marktgasse"],
        companyName: westernName(
            stems: ["Keller", "Brunner", "Baumann", "Frei", "Gerber", "Zürcher"],
            industries: ["Präzision", "Instrumente", "Uhrenteile", "Maschinen", "Medizintechnik"],
            forms: ["AG", "GmbH"]),
        people: [
            Person(name: "Reto Brunner", emailLocal: "reto.brunner"), Person(name: "Corinne Meier", emailLocal: "c.meier"),
            Person(name: "Urs Zürcher", emailLocal: "u.zuercher"),
        ],
        emailDomain: "ch",
        registrationId: { random in "CHE-\(random.digits(3)).\(random.digits(3)).\(random.digits(3))" },
        vatId: { random in "CHE-\(random.digits(3)).\(random.digits(3)).\(random.digits(3)) MWST" },
        addressLine: { street, number in "\(street) \(number)" })
}
