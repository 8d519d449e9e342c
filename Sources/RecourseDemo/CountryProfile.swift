import RecourseCore

/// What makes a debtor from one country believable: names, places, identifiers, money and time.
struct CountryProfile: Sendable {
    /// A city with its postal code and time zone.
    struct City: Sendable {
        let name: String
        let postalCode: String
        let timeZone: String
        let areaCode: String
        /// Overrides the profile's language (Belgium: Dutch in Antwerp, French in Liège).
        var language: String? = nil
    }

    /// A person: as written, and as it appears in an e-mail address.
    struct Person: Sendable {
        let name: String
        let emailLocal: String
    }

    let code: String
    let currency: String
    let language: String
    let weight: Double
    /// One major unit of `currency` is worth about this many euros divided into 1 — used to scale invoice sizes.
    let unitsPerEuro: Double
    let callingCode: String
    let cities: [City]
    let streets: [String]
    /// Builds a company name from a random source.
    let companyName: @Sendable (inout DemoRandom) -> (name: String, slug: String)
    let people: [Person]
    let emailDomain: String
    let registrationId: @Sendable (inout DemoRandom) -> String?
    let vatId: @Sendable (inout DemoRandom) -> String?
    /// Street address line from a street name and a number (`Hauptstraße 12`, `12 High Street`).
    let addressLine: @Sendable (String, Int) -> String
}

extension CountryProfile {
    /// A company name "stem industry form" with an ASCII slug for its e-mail domain.
    static func westernName(
        stems: [String], industries: [String], forms: [String]
    ) -> @Sendable (inout DemoRandom) -> (name: String, slug: String) {
        { random in
            let stem = random.pick(stems)
            let industry = random.pick(industries)
            let form = random.pick(forms)
            return ("\(stem) \(industry) \(form)", slug(stem + "-" + industry))
        }
    }

    /// Lower-case ASCII letters, digits and dashes, transliterating common European letters.
    static func slug(_ text: String) -> String {
        let map: [Character: String] = [
            "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c", "ñ": "n",
            "ó": "o", "í": "i", "á": "a", "ú": "u", "ł": "l", "ś": "s", "ą": "a", "ę": "e", "ż": "z", "ź": "z",
            "ć": "c", "ń": "n", "ø": "o", "å": "a", "æ": "ae", "č": "c", "ř": "r", "š": "s", "ž": "z", "ý": "y",
            "ě": "e", "ů": "u", "ò": "o", "ì": "i", "ô": "o", "î": "i", "ë": "e", "ï": "i", "'": "",
        ]
        var result = ""
        for character in text.lowercased() {
            if let replacement = map[character] { result += replacement }
            else if character.isASCII && (character.isLetter || character.isNumber) { result.append(character) }
            else if character == " " || character == "-" { if !result.hasSuffix("-") { result.append("-") } }
        }
        return result
    }
}
