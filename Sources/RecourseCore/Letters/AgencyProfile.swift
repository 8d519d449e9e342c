import Foundation

/// The collection agency as its letters present it: sender block and the client account debtors pay into.
public struct AgencyProfile: Hashable, Sendable, Codable {
    /// The agency's name.
    public var name: String
    /// Postal address, one line each.
    public var addressLines: [String]
    /// Phone number for debtors.
    public var phone: String
    /// E-mail address for debtors.
    public var email: String
    /// Holder of the client account payments go to.
    public var beneficiary: String
    /// The client account, checked.
    public var iban: String
    /// The bank's BIC.
    public var bic: String

    /// A profile; the IBAN is checked.
    public init(name: String, addressLines: [String], phone: String, email: String, beneficiary: String, iban: String, bic: String) throws(ValidationError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(field: "name", message: "the agency needs a name") }
        guard !addressLines.isEmpty else { throw ValidationError(field: "address", message: "the agency needs a postal address") }
        self.name = name
        self.addressLines = addressLines
        self.phone = phone
        self.email = email
        self.beneficiary = beneficiary
        self.iban = try IBAN(iban).electronic
        self.bic = bic.uppercased()
    }
}
