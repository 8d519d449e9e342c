/// How a locale writes numbers: the decimal separator and the digit-grouping separator.
public struct NumberConventions: Hashable, Sendable {
    /// The decimal separator, `.` in English, `,` in German.
    public let decimalSeparator: Character
    /// The grouping separator for thousands, `,` in English, `.` in German, a space in French.
    public let groupingSeparator: Character

    /// Conventions with explicit separators.
    public init(decimalSeparator: Character, groupingSeparator: Character) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    /// `1,234.56`: English, Chinese, Japanese, Korean and most of Asia.
    public static let pointDecimal = NumberConventions(decimalSeparator: ".", groupingSeparator: ",")
    /// `1.234,56`: German, Dutch, Italian, Spanish, Danish, Portuguese.
    public static let commaDecimal = NumberConventions(decimalSeparator: ",", groupingSeparator: ".")
    /// `1 234,56`: French, Polish, Czech, Swedish, Norwegian, Finnish and others.
    public static let spaceGrouped = NumberConventions(decimalSeparator: ",", groupingSeparator: " ")
    /// `1'234.56`: Switzerland.
    public static let swiss = NumberConventions(decimalSeparator: ".", groupingSeparator: "'")

    /// The conventions for a BCP-47 tag or POSIX locale name (`de`, `fr-CH`, `de_DE.UTF-8`, `C`).
    public static func forLocale(_ identifier: String) -> NumberConventions {
        let cleaned = identifier.split(separator: ".").first.map(String.init) ?? identifier
        let parts = cleaned.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { String($0) }
        let language = parts.first?.lowercased() ?? "en"
        let region = parts.count > 1 ? parts[parts.count - 1].uppercased() : ""
        if region == "CH" || region == "LI" { return .swiss }
        switch language {
        case "de", "nl", "it", "es", "pt", "da", "id", "tr", "el", "ro", "sl", "hr", "sr", "is":
            if language == "es" && ["MX", "US", "GT", "HN", "NI", "PA", "PR", "SV", "DO", "PE"].contains(region) {
                return .pointDecimal
            }
            return .commaDecimal
        case "fr", "pl", "cs", "sk", "sv", "fi", "nb", "nn", "no", "hu", "ru", "uk", "bg", "lt", "lv", "et", "be", "kk":
            return .spaceGrouped
        default:
            return .pointDecimal
        }
    }

    /// The user's conventions from the POSIX environment (`LC_ALL`, `LC_NUMERIC`, `LANG`), English when unset.
    public static func fromEnvironment(_ environment: [String: String]) -> NumberConventions {
        for key in ["LC_ALL", "LC_NUMERIC", "LANG"] {
            if let value = environment[key], !value.isEmpty, value != "C", value != "POSIX", !value.hasPrefix("C.") {
                return forLocale(value)
            }
        }
        return .pointDecimal
    }
}
