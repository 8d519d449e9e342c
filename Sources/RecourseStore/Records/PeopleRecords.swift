import Foundation
import GRDB
import RecourseCore

/// A row of `user`.
struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var login: String
    var displayName: String
    var role: String
    var createdAt: String

    enum Columns {
        static let login = Column("login")
        static let role = Column("role")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func domain() throws -> User {
        guard let id else { throw ValidationError(field: "user.id", message: "user row without id") }
        return User(id: id, login: login, displayName: displayName, role: try Role.parse(role))
    }
}

/// A row of `creditor`.
struct CreditorRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "creditor"

    var id: Int64
    var name: String
    var country: String

    func domain() throws -> Creditor {
        Creditor(id: id, name: name, country: try Country(code: country))
    }
}

/// A row of `debtor`.
struct DebtorRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "debtor"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var name: String
    var country: String
    var language: String
    var timeZone: String
    var registrationId: String?
    var vatId: String?
    var addressLine1: String
    var addressLine2: String?
    var postalCode: String
    var city: String

    func domain(contacts: [Contact]) throws -> Debtor {
        let country = try Country(code: country)
        let address = Address(
            lines: [addressLine1] + (addressLine2.map { [$0] } ?? []), postalCode: postalCode, city: city, country: country)
        return Debtor(
            id: id, name: name, country: country, language: try LanguageTag(language), timeZone: timeZone,
            registrationId: registrationId, vatId: vatId, address: address, contacts: contacts)
    }
}

/// A row of `contact`.
struct ContactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contact"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64
    var debtorId: Int64
    var name: String
    var role: String
    var phone: String?
    var email: String?
    var phoneInvalid: Bool

    enum Columns {
        static let debtorId = Column("debtor_id")
    }

    var domain: Contact {
        Contact(id: id, name: name, role: role, phone: phone, email: email, phoneInvalid: phoneInvalid)
    }
}
