import Foundation
import RecourseCore

/// Makes the debtor companies of the demo: deterministic per debtor number, believable per country.
struct DemoDebtors: Sendable {
    let seed: UInt64
    private let weights = CountryProfile.all.map(\.weight)

    /// Hand-picked debtors for the first case numbers, so the demo always shows diacritics, CJK and decomposed accents.
    private static let showcase: [(profile: String, name: String, slug: String)] = [
        ("DE", "Müller Präzisionstechnik GmbH", "mueller-praezision"),
        ("CN", "上海精密机械有限公司", "shanghai-precision"),
        ("JP", "株式会社山田精工", "yamada-seiko"),
        ("FR", "Brasserie Lefe\u{0300}vre SARL", "brasserie-lefevre"),
        ("PL", "Zakład Mechaniczny Wiśniewski sp. z o.o.", "zm-wisniewski"),
        ("GB", "Harrison Engineering Ltd", "harrison-engineering"),
        ("NL", "Van Dijk Installatietechniek B.V.", "vandijk-installatie"),
        ("IT", "Officina Meccanica Ferraro S.r.l.", "ferraro-meccanica"),
    ]

    private static let contactRoles = ["Accounts payable", "Finance director", "Managing director", "Bookkeeping", "Purchasing", "Reception"]

    /// The debtor with a given number, and the profile of its country.
    func make(number: Int) -> (debtor: NewDebtor, profile: CountryProfile, city: CountryProfile.City) {
        var random = DemoRandom(seed: seed, stream: 2, index: number)
        let profile: CountryProfile
        let name: (name: String, slug: String)
        if number < Self.showcase.count, let chosen = CountryProfile.all.first(where: { $0.code == Self.showcase[number].profile }) {
            profile = chosen
            name = (Self.showcase[number].name, Self.showcase[number].slug)
        } else {
            profile = CountryProfile.all[random.weightedIndex(weights)]
            name = profile.companyName(&random)
        }
        let city = random.pick(profile.cities)
        let street = random.pick(profile.streets)
        let address = Address(
            lines: [profile.addressLine(street, random.int(1...180))], postalCode: city.postalCode, city: city.name,
            country: country(profile.code))
        let domain = "\(name.slug).\(profile.emailDomain)"
        var contacts: [Contact] = []
        var used = Set<String>()
        for position in 0..<random.int(1...3) {
            let person = random.pick(profile.people)
            guard used.insert(person.name).inserted else { continue }
            let role = position == 0 ? "Accounts payable" : random.pick(Self.contactRoles)
            contacts.append(Contact(
                id: 0, name: person.name, role: role,
                phone: "\(profile.callingCode) \(city.areaCode) \(random.digits(7))",
                email: "\(person.emailLocal)@\(domain)", phoneInvalid: random.chance(0.04)))
        }
        let debtor = Debtor(
            id: 0, name: name.name, country: country(profile.code), language: language(city.language ?? profile.language),
            timeZone: city.timeZone, registrationId: profile.registrationId(&random),
            vatId: profile.vatId(&random), address: address, contacts: contacts)
        return (NewDebtor(key: "demo-debtor-\(number)", debtor: debtor), profile, city)
    }

    /// Profile codes and tags are constants checked by the demo tests; they are never user input.
    private func country(_ code: String) -> Country {
        guard let country = try? Country(code: code) else { preconditionFailure("demo profile '\(code)' is not an ISO 3166 code") }
        return country
    }

    private func language(_ tag: String) -> LanguageTag {
        guard let language = try? LanguageTag(tag) else { preconditionFailure("demo profile language '\(tag)' is malformed") }
        return language
    }
}
