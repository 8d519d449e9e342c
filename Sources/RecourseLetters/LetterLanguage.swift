import RecourseCore

/// The languages Recourse ships letter templates for; English is the fallback.
public enum LetterLanguage: String, Codable, Sendable, CaseIterable {
    /// English (British usage).
    case english = "en"
    /// German.
    case german = "de"
    /// French.
    case french = "fr"
    /// Dutch.
    case dutch = "nl"
    /// Italian.
    case italian = "it"
    /// Spanish.
    case spanish = "es"
    /// Polish.
    case polish = "pl"
    /// Simplified Chinese.
    case chinese = "zh"

    /// The language a debtor's letters are written in: its primary language subtag when shipped, else English.
    public static func forDebtor(_ tag: LanguageTag) -> LetterLanguage {
        LetterLanguage(rawValue: tag.language.lowercased()) ?? .english
    }

    /// The Foundation locale identifier used for dates in this language.
    public var localeIdentifier: String {
        switch self {
        case .english: return "en_GB"
        case .german: return "de_DE"
        case .french: return "fr_FR"
        case .dutch: return "nl_NL"
        case .italian: return "it_IT"
        case .spanish: return "es_ES"
        case .polish: return "pl_PL"
        case .chinese: return "zh_CN"
        }
    }

    /// Decimal and grouping separators for amounts in this language.
    public var numberConventions: NumberConventions {
        switch self {
        case .english, .chinese: return .pointDecimal
        case .german, .dutch, .italian, .spanish: return .commaDecimal
        case .french, .polish: return .spaceGrouped
        }
    }

    /// True when the currency code follows the number (`1.234,56 EUR`), false when it leads (`EUR 1,234.56`).
    public var currencyAfterAmount: Bool {
        switch self {
        case .german, .french, .italian, .spanish, .polish: return true
        case .english, .dutch, .chinese: return false
        }
    }
}
