/// A country by its ISO 3166-1 alpha-2 code, e.g. `DE`, `GB`, `CN`.
public struct Country: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The two-letter upper-case code.
    public let code: String

    /// Validates an ISO 3166-1 alpha-2 code (case-insensitive); throws for unassigned codes.
    public init(code: String) throws(ValidationError) {
        let upper = code.uppercased()
        guard Country.englishNames[upper] != nil else {
            throw ValidationError(field: "country", message: "'\(code)' is not an ISO 3166-1 alpha-2 country code")
        }
        self.code = upper
    }

    /// Decodes from the bare code, refusing unassigned codes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        do {
            try self.init(code: code)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as the bare code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The usual English name, e.g. `Germany`.
    public var englishName: String { Country.englishNames[code] ?? code }

    /// The code.
    public var description: String { code }

    /// Orders by code.
    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.code < rhs.code }
}
