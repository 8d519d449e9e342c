extension CountryProfile {
    private static let chineseCities: [(String, String)] = [
        ("上海", "Shanghai"), ("深圳", "Shenzhen"), ("苏州", "Suzhou"), ("宁波", "Ningbo"), ("广州", "Guangzhou"), ("天津", "Tianjin"),
    ]
    private static let chineseIndustries: [(String, String)] = [
        ("精密机械", "precision"), ("电子科技", "electronics"), ("纺织", "textile"), ("化工", "chemical"),
        ("五金制品", "hardware"), ("光电", "optoelectronics"), ("包装材料", "packaging"),
    ]

    static let china = CountryProfile(
        code: "CN", currency: "CNY", language: "zh-Hans", weight: 6, unitsPerEuro: 8.2, callingCode: "+86",
        cities: [
            City(name: "上海", postalCode: "200120", timeZone: "Asia/Shanghai", areaCode: "21"),
            City(name: "深圳", postalCode: "518000", timeZone: "Asia/Shanghai", areaCode: "755"),
            City(name: "苏州", postalCode: "215000", timeZone: "Asia/Shanghai", areaCode: "512"),
            City(name: "宁波", postalCode: "315000", timeZone: "Asia/Shanghai", areaCode: "574"),
        ],
        streets: ["浦东新区张江路", "南山区科技园路", "工业园区星湖街", "北仑区新碶大道"],
        companyName: { random in
            let city = random.pick(chineseCities)
            let industry = random.pick(chineseIndustries)
            let form = random.chance(0.8) ? "有限公司" : "股份有限公司"
            return ("\(city.0)\(industry.0)\(form)", "\(city.1.lowercased())-\(industry.1)")
        },
        people: [
            Person(name: "王伟", emailLocal: "wang.wei"), Person(name: "李娜", emailLocal: "li.na"),
            Person(name: "张敏", emailLocal: "zhang.min"), Person(name: "刘洋", emailLocal: "liu.yang"),
            Person(name: "陈静", emailLocal: "chen.jing"),
        ],
        emailDomain: "com.cn",
        registrationId: { random in "USCC 91310\(random.digits(13))" },
        vatId: { _ in nil },
        addressLine: { street, number in "\(street)\(number)号" })

    private static let japaneseStems: [(String, String)] = [
        ("山田", "yamada"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"),
    ]
    private static let japaneseIndustries: [(String, String)] = [
        ("精工", "seiko"), ("電機", "denki"), ("製作所", "works"), ("商事", "shoji"), ("化学", "chemical"), ("物産", "bussan"),
    ]

    static let japan = CountryProfile(
        code: "JP", currency: "JPY", language: "ja", weight: 4, unitsPerEuro: 177, callingCode: "+81",
        cities: [
            City(name: "東京都千代田区", postalCode: "100-0005", timeZone: "Asia/Tokyo", areaCode: "3"),
            City(name: "大阪市北区", postalCode: "530-0001", timeZone: "Asia/Tokyo", areaCode: "6"),
            City(name: "名古屋市中村区", postalCode: "450-0002", timeZone: "Asia/Tokyo", areaCode: "52"),
            City(name: "横浜市西区", postalCode: "220-0011", timeZone: "Asia/Tokyo", areaCode: "45"),
        ],
        streets: ["丸の内", "梅田", "名駅", "高島"],
        companyName: { random in
            let stem = random.pick(japaneseStems)
            let industry = random.pick(japaneseIndustries)
            return ("株式会社\(stem.0)\(industry.0)", "\(stem.1)-\(industry.1)")
        },
        people: [
            Person(name: "山田太郎", emailLocal: "t.yamada"), Person(name: "佐藤花子", emailLocal: "h.sato"),
            Person(name: "鈴木一郎", emailLocal: "i.suzuki"), Person(name: "高橋美咲", emailLocal: "m.takahashi"),
        ],
        emailDomain: "co.jp",
        registrationId: { random in "法人番号 \(random.digits(13))" },
        vatId: { random in "T\(random.digits(13))" },
        addressLine: { street, number in "\(street)\(number)-\(number % 9 + 1)-\(number % 7 + 1)" })

    static let unitedStates = CountryProfile(
        code: "US", currency: "USD", language: "en-US", weight: 7, unitsPerEuro: 1.15, callingCode: "+1",
        cities: [
            City(name: "New York, NY", postalCode: "10001", timeZone: "America/New_York", areaCode: "212"),
            City(name: "Chicago, IL", postalCode: "60601", timeZone: "America/Chicago", areaCode: "312"),
            City(name: "Houston, TX", postalCode: "77002", timeZone: "America/Chicago", areaCode: "713"),
            City(name: "Denver, CO", postalCode: "80202", timeZone: "America/Denver", areaCode: "303"),
            City(name: "Los Angeles, CA", postalCode: "90012", timeZone: "America/Los_Angeles", areaCode: "213"),
        ],
        streets: ["Main Street", "Commerce Drive", "Industrial Parkway", "Market Street", "Harbor Boulevard"],
        companyName: westernName(
            stems: ["Anderson", "Brooks", "Carter", "Mitchell", "Parker", "Reynolds", "Lakeshore", "Summit"],
            industries: ["Industries", "Manufacturing", "Supply", "Logistics", "Technologies", "Foods"],
            forms: ["Inc.", "Inc.", "LLC", "Corp."]),
        people: [
            Person(name: "Jennifer Lopez-Hart", emailLocal: "jhart"), Person(name: "Michael O'Brien", emailLocal: "mobrien"),
            Person(name: "Ashley Nguyen", emailLocal: "anguyen"), Person(name: "Robert Kim", emailLocal: "rkim"),
        ],
        emailDomain: "com",
        registrationId: { random in "EIN \(random.digits(2))-\(random.digits(7))" },
        vatId: { _ in nil },
        addressLine: { street, number in "\(number) \(street)" })

    static let kuwait = CountryProfile(
        code: "KW", currency: "KWD", language: "ar", weight: 0.5, unitsPerEuro: 0.35, callingCode: "+965",
        cities: [City(name: "Kuwait City", postalCode: "13001 Safat", timeZone: "Asia/Kuwait", areaCode: "2")],
        streets: ["Fahad Al-Salem Street", "Shuwaikh Industrial Area", "Jaber Al-Mubarak Street"],
        companyName: westernName(
            stems: ["Al-Ghanim", "Al-Mutairi", "Behbehani", "Al-Shaya", "Boodai"],
            industries: ["Trading", "General Contracting", "Industrial Supplies"],
            forms: ["W.L.L.", "K.S.C.C."]),
        people: [Person(name: "Fahad Al-Mutairi", emailLocal: "f.almutairi"), Person(name: "Noura Behbehani", emailLocal: "n.behbehani")],
        emailDomain: "com.kw",
        registrationId: { random in "CR \(random.digits(6))" },
        vatId: { _ in nil },
        addressLine: { street, number in "Block \(number % 12 + 1), \(street)" })

    /// Every profile the demo draws debtors from.
    static let all: [CountryProfile] = [
        germany, unitedKingdom, france, netherlands, belgium, italy, spain, austria, ireland, switzerland,
        poland, sweden, denmark, czechia, china, japan, unitedStates, kuwait,
    ]
}
