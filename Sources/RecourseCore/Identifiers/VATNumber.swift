/// A VAT identification number, checked for the debtor's country: the country prefix and, for EU
/// member states (and Northern Ireland), the per-country length and character pattern.
public struct VATNumber: Hashable, Sendable, CustomStringConvertible {
    /// The compact form, e.g. `DE123456789`.
    public let compact: String

    /// Pattern letters: `#` a digit, `@` a letter, `*` a letter or digit; anything else literal.
    static let euPatterns: [String: [String]] = [
        "AT": ["U########"], "BE": ["##########"], "BG": ["#########", "##########"],
        "CY": ["########@"], "CZ": ["########", "#########", "##########"], "DE": ["#########"],
        "DK": ["########"], "EE": ["#########"], "EL": ["#########"], "ES": ["*#######*"],
        "FI": ["########"], "FR": ["**#########"], "HR": ["###########"], "HU": ["########"],
        "IE": ["#######@", "#######@@", "#*#####@"], "IT": ["###########"], "LT": ["#########", "############"],
        "LU": ["########"], "LV": ["###########"], "MT": ["########"], "NL": ["#########B##"],
        "PL": ["##########"], "PT": ["#########"], "RO": (2...10).map { String(repeating: "#", count: $0) },
        "SE": ["############"], "SI": ["########"], "SK": ["##########"], "XI": ["#########", "############"],
    ]

    /// The VAT prefix of a country: `EL` for Greece, `XI` for Northern Ireland numbers, else the ISO code.
    static func prefix(for country: Country) -> String { country.code == "GR" ? "EL" : country.code }

    /// Accepts a VAT id (spaces, dots and dashes ignored) when it fits the debtor's country.
    public init(_ text: String, country: Country) throws(ValidationError) {
        let compact = String(text.uppercased().filter { $0.isLetter || $0.isNumber })
        guard compact.count >= 4, compact.allSatisfy(\.isASCII) else {
            throw ValidationError(field: "vat_id", message: "'\(text)' is not a VAT id")
        }
        let expected = Self.prefix(for: country)
        let isEU = Self.euPatterns[expected] != nil
        if isEU || (country.code == "GB" && compact.hasPrefix("XI")) {
            let actualPrefix = String(compact.prefix(2))
            let patterns = Self.euPatterns[actualPrefix] ?? []
            guard actualPrefix == expected || (country.code == "GB" && actualPrefix == "XI") else {
                throw ValidationError(
                    field: "vat_id", message: "'\(text)' does not start with \(expected), the VAT prefix of \(country.englishName)")
            }
            let body = compact.dropFirst(2)
            guard patterns.contains(where: { Self.matches(body, pattern: $0) }) else {
                let shapes = patterns.map { expected + $0 }.joined(separator: " or ")
                throw ValidationError(
                    field: "vat_id", message: "'\(text)' is not a \(country.englishName) VAT id (expected \(shapes); # digit, @ letter, * either)")
            }
        }
        self.compact = compact
    }

    static func matches(_ body: Substring, pattern: String) -> Bool {
        guard body.count == pattern.count else { return false }
        for (character, rule) in zip(body, pattern) {
            switch rule {
            case "#": if !character.isNumber { return false }
            case "@": if !character.isLetter { return false }
            case "*": if !(character.isLetter || character.isNumber) { return false }
            default: if character != rule { return false }
            }
        }
        return true
    }

    /// The compact form.
    public var description: String { compact }
}
