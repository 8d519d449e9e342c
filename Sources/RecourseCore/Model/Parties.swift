/// A postal address as printed on a letter.
public struct Address: Hashable, Sendable, Codable {
    /// Street lines, one or two.
    public var lines: [String]
    /// Postal code as written in the country.
    public var postalCode: String
    /// City or town.
    public var city: String
    /// Country of the address.
    public var country: Country

    /// An address.
    public init(lines: [String], postalCode: String, city: String, country: Country) {
        self.lines = lines
        self.postalCode = postalCode
        self.city = city
        self.country = country
    }
}

/// The agency's client whose invoices are being recovered.
public struct Creditor: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// Company name.
    public var name: String
    /// Country of the creditor.
    public var country: Country

    /// A creditor.
    public init(id: Int64, name: String, country: Country) {
        self.id = id
        self.name = name
        self.country = country
    }
}

/// A person at a debtor company who can be phoned or written to.
public struct Contact: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// Full name.
    public var name: String
    /// Job or function, e.g. `Accounts payable`.
    public var role: String
    /// Phone number in international form, e.g. `+49 711 123456`.
    public var phone: String?
    /// E-mail address.
    public var email: String?
    /// Set when a call found the number wrong (`WN`).
    public var phoneInvalid: Bool

    /// A contact.
    public init(id: Int64, name: String, role: String, phone: String?, email: String?, phoneInvalid: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.phoneInvalid = phoneInvalid
    }
}

/// A debtor company. Its country decides money, dates, language and late-payment law.
public struct Debtor: Hashable, Sendable, Codable, Identifiable {
    /// Row id.
    public let id: Int64
    /// Legal name as registered, any script (`Müller Präzisionstechnik GmbH`, `上海精密机械有限公司`).
    public var name: String
    /// Country of registration.
    public var country: Country
    /// Language letters are written in.
    public var language: LanguageTag
    /// IANA time zone identifier of the debtor's office, e.g. `Europe/Berlin`.
    public var timeZone: String
    /// Company registration number (e.g. `HRB 12345`), if known.
    public var registrationId: String?
    /// VAT identification number, if known.
    public var vatId: String?
    /// Postal address.
    public var address: Address
    /// People to phone or write to.
    public var contacts: [Contact]

    /// A debtor.
    public init(
        id: Int64, name: String, country: Country, language: LanguageTag, timeZone: String,
        registrationId: String?, vatId: String?, address: Address, contacts: [Contact]
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.language = language
        self.timeZone = timeZone
        self.registrationId = registrationId
        self.vatId = vatId
        self.address = address
        self.contacts = contacts
    }
}
