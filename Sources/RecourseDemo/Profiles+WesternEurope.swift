extension CountryProfile {
    static let germany = CountryProfile(
        code: "DE", currency: "EUR", language: "de", weight: 16, unitsPerEuro: 1, callingCode: "+49",
        cities: [
            City(name: "Stuttgart", postalCode: "70173", timeZone: "Europe/Berlin", areaCode: "711"),
            City(name: "München", postalCode: "80331", timeZone: "Europe/Berlin", areaCode: "89"),
            City(name: "Hamburg", postalCode: "20095", timeZone: "Europe/Berlin", areaCode: "40"),
            City(name: "Köln", postalCode: "50667", timeZone: "Europe/Berlin", areaCode: "221"),
            City(name: "Düsseldorf", postalCode: "40213", timeZone: "Europe/Berlin", areaCode: "211"),
            City(name: "Nürnberg", postalCode: "90402", timeZone: "Europe/Berlin", areaCode: "911"),
            City(name: "Leipzig", postalCode: "04109", timeZone: "Europe/Berlin", areaCode: "341"),
        ],
        streets: ["Hauptstraße", "Industriestraße", "Gewerbepark Süd", "Bahnhofstraße", "Königsallee", "Schlossstraße", "Am Hafen"],
        companyName: westernName(
            stems: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Köhler", "Schäfer", "Groß"],
            industries: ["Präzisionstechnik", "Maschinenbau", "Logistik", "Stahlbau", "Kunststofftechnik", "Elektrotechnik",
                         "Verpackungen", "Antriebstechnik", "Druckerei", "Holzbau"],
            forms: ["GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG"]),
        people: [
            Person(name: "Jürgen Weiß", emailLocal: "j.weiss"), Person(name: "Sabine Krüger", emailLocal: "s.krueger"),
            Person(name: "Thomas Becker", emailLocal: "t.becker"), Person(name: "Katrin Lehmann", emailLocal: "k.lehmann"),
            Person(name: "Stefan Hoffmann", emailLocal: "s.hoffmann"), Person(name: "Anja Schröder", emailLocal: "a.schroeder"),
        ],
        emailDomain: "de",
        registrationId: { random in "HRB \(random.int(10000...299999))" },
        vatId: { random in "DE\(random.digits(9))" },
        addressLine: { street, number in "\(street) \(number)" })

    static let unitedKingdom = CountryProfile(
        code: "GB", currency: "GBP", language: "en-GB", weight: 13, unitsPerEuro: 0.87, callingCode: "+44",
        cities: [
            City(name: "London", postalCode: "EC1A 1BB", timeZone: "Europe/London", areaCode: "20"),
            City(name: "Manchester", postalCode: "M1 2AB", timeZone: "Europe/London", areaCode: "161"),
            City(name: "Birmingham", postalCode: "B1 1AA", timeZone: "Europe/London", areaCode: "121"),
            City(name: "Leeds", postalCode: "LS1 4AP", timeZone: "Europe/London", areaCode: "113"),
            City(name: "Bristol", postalCode: "BS1 5TR", timeZone: "Europe/London", areaCode: "117"),
            City(name: "Glasgow", postalCode: "G1 1XQ", timeZone: "Europe/London", areaCode: "141"),
        ],
        streets: ["High Street", "Station Road", "Mill Lane", "Riverside Way", "Enterprise Park", "King Street"],
        companyName: westernName(
            stems: ["Harrison", "Whitfield", "Ashworth", "Pemberton", "Thornton", "Caldwell", "Hargreaves", "Northgate"],
            industries: ["Engineering", "Fabrications", "Logistics", "Packaging", "Components", "Print", "Joinery", "Foods"],
            forms: ["Ltd", "Ltd", "Ltd", "plc"]),
        people: [
            Person(name: "Sarah Mitchell", emailLocal: "sarah.mitchell"), Person(name: "David Hughes", emailLocal: "david.hughes"),
            Person(name: "Emma Clarke", emailLocal: "emma.clarke"), Person(name: "Gareth Evans", emailLocal: "gareth.evans"),
            Person(name: "Priya Patel", emailLocal: "priya.patel"), Person(name: "Siobhan O'Neill", emailLocal: "siobhan.oneill"),
        ],
        emailDomain: "co.uk",
        registrationId: { random in "Company No. \(random.digits(8))" },
        vatId: { random in "GB\(random.digits(9))" },
        addressLine: { street, number in "\(number) \(street)" })

    static let france = CountryProfile(
        code: "FR", currency: "EUR", language: "fr", weight: 11, unitsPerEuro: 1, callingCode: "+33",
        cities: [
            City(name: "Paris", postalCode: "75008", timeZone: "Europe/Paris", areaCode: "1"),
            City(name: "Lyon", postalCode: "69002", timeZone: "Europe/Paris", areaCode: "4"),
            City(name: "Marseille", postalCode: "13001", timeZone: "Europe/Paris", areaCode: "4"),
            City(name: "Toulouse", postalCode: "31000", timeZone: "Europe/Paris", areaCode: "5"),
            City(name: "Lille", postalCode: "59000", timeZone: "Europe/Paris", areaCode: "3"),
            City(name: "Nantes", postalCode: "44000", timeZone: "Europe/Paris", areaCode: "2"),
        ],
        streets: ["rue de la République", "avenue Jean Jaurès", "boulevard Haussmann", "rue des Forges", "quai de Saône"],
        companyName: westernName(
            stems: ["Lefèvre", "Dubois", "Moreau", "Laurent", "Girard", "Rousseau", "Bonnet", "Mercier"],
            industries: ["Industrie", "Transports", "Emballages", "Mécanique", "Électricité", "Bâtiment", "Textiles"],
            forms: ["SARL", "SAS", "SAS", "SA"]),
        people: [
            Person(name: "Élodie Martin", emailLocal: "e.martin"), Person(name: "François Petit", emailLocal: "f.petit"),
            Person(name: "Camille Durand", emailLocal: "c.durand"), Person(name: "Hélène Fournier", emailLocal: "h.fournier"),
            Person(name: "Jérôme Garnier", emailLocal: "j.garnier"),
        ],
        emailDomain: "fr",
        registrationId: { random in "SIREN \(random.digits(3)) \(random.digits(3)) \(random.digits(3))" },
        vatId: { random in "FR\(random.digits(2))\(random.digits(9))" },
        addressLine: { street, number in "\(number) \(street)" })

    static let netherlands = CountryProfile(
        code: "NL", currency: "EUR", language: "nl", weight: 8, unitsPerEuro: 1, callingCode: "+31",
        cities: [
            City(name: "Amsterdam", postalCode: "1012 AB", timeZone: "Europe/Amsterdam", areaCode: "20"),
            City(name: "Rotterdam", postalCode: "3011 AA", timeZone: "Europe/Amsterdam", areaCode: "10"),
            City(name: "Utrecht", postalCode: "3511 AB", timeZone: "Europe/Amsterdam", areaCode: "30"),
            City(name: "Eindhoven", postalCode: "5611 AA", timeZone: "Europe/Amsterdam", areaCode: "40"),
        ],
        streets: ["Keizersgracht", "Industrieweg", "Havenstraat", "Stationsplein", "Marconistraat"],
        companyName: westernName(
            stems: ["Van Dijk", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Van den Berg", "Mulder"],
            industries: ["Techniek", "Logistiek", "Installaties", "Bouw", "Handel", "Verpakkingen"],
            forms: ["B.V.", "B.V.", "N.V."]),
        people: [
            Person(name: "Maarten de Boer", emailLocal: "m.deboer"), Person(name: "Femke Jansen", emailLocal: "f.jansen"),
            Person(name: "Sanne Visser", emailLocal: "s.visser"), Person(name: "Joost van Leeuwen", emailLocal: "j.vanleeuwen"),
        ],
        emailDomain: "nl",
        registrationId: { random in "KvK \(random.digits(8))" },
        vatId: { random in "NL\(random.digits(9))B01" },
        addressLine: { street, number in "\(street) \(number)" })

    static let belgium = CountryProfile(
        code: "BE", currency: "EUR", language: "nl-BE", weight: 3, unitsPerEuro: 1, callingCode: "+32",
        cities: [
            City(name: "Antwerpen", postalCode: "2000", timeZone: "Europe/Brussels", areaCode: "3"),
            City(name: "Gent", postalCode: "9000", timeZone: "Europe/Brussels", areaCode: "9"),
            City(name: "Liège", postalCode: "4000", timeZone: "Europe/Brussels", areaCode: "4", language: "fr-BE"),
            City(name: "Bruxelles", postalCode: "1000", timeZone: "Europe/Brussels", areaCode: "2", language: "fr-BE"),
        ],
        streets: ["Meir", "Kouter", "rue Neuve", "Industrielaan", "boulevard d'Avroy"],
        companyName: westernName(
            stems: ["Peeters", "Janssens", "Maes", "Lambert", "Claes", "Dupont"],
            industries: ["Logistics", "Bouw", "Industrie", "Trading", "Chocolaterie"],
            forms: ["BV", "NV", "SRL", "SA"]),
        people: [
            Person(name: "Wouter Peeters", emailLocal: "wouter.peeters"), Person(name: "Nathalie Lambert", emailLocal: "n.lambert"),
            Person(name: "Sofie Claes", emailLocal: "sofie.claes"),
        ],
        emailDomain: "be",
        registrationId: { random in "KBO 0\(random.digits(3)).\(random.digits(3)).\(random.digits(3))" },
        vatId: { random in "BE0\(random.digits(9))" },
        addressLine: { street, number in "\(street) \(number)" })
}
