/// What a placement row leaves out about a debtor: the language letters default to and the office's
/// time zone, from its country (the capital's zone; English and UTC when the country is not listed).
public enum CountryDefaults {
    private static let table: [String: (language: String, zone: String)] = [
        "DE": ("de", "Europe/Berlin"), "AT": ("de", "Europe/Vienna"), "CH": ("de", "Europe/Zurich"),
        "FR": ("fr", "Europe/Paris"), "BE": ("fr", "Europe/Brussels"), "LU": ("fr", "Europe/Luxembourg"),
        "NL": ("nl", "Europe/Amsterdam"), "IT": ("it", "Europe/Rome"), "ES": ("es", "Europe/Madrid"),
        "PT": ("pt", "Europe/Lisbon"), "GB": ("en", "Europe/London"), "IE": ("en", "Europe/Dublin"),
        "PL": ("pl", "Europe/Warsaw"), "CZ": ("cs", "Europe/Prague"), "SK": ("sk", "Europe/Bratislava"),
        "HU": ("hu", "Europe/Budapest"), "RO": ("ro", "Europe/Bucharest"), "BG": ("bg", "Europe/Sofia"),
        "GR": ("el", "Europe/Athens"), "SE": ("sv", "Europe/Stockholm"), "DK": ("da", "Europe/Copenhagen"),
        "NO": ("nb", "Europe/Oslo"), "FI": ("fi", "Europe/Helsinki"), "EE": ("et", "Europe/Tallinn"),
        "LV": ("lv", "Europe/Riga"), "LT": ("lt", "Europe/Vilnius"), "SI": ("sl", "Europe/Ljubljana"),
        "HR": ("hr", "Europe/Zagreb"), "CY": ("el", "Asia/Nicosia"), "MT": ("en", "Europe/Malta"),
        "US": ("en", "America/New_York"), "CA": ("en", "America/Toronto"), "MX": ("es", "America/Mexico_City"),
        "BR": ("pt", "America/Sao_Paulo"), "CN": ("zh", "Asia/Shanghai"), "JP": ("ja", "Asia/Tokyo"),
        "KR": ("ko", "Asia/Seoul"), "IN": ("en", "Asia/Kolkata"), "SG": ("en", "Asia/Singapore"),
        "HK": ("zh", "Asia/Hong_Kong"), "AU": ("en", "Australia/Sydney"), "NZ": ("en", "Pacific/Auckland"),
        "ZA": ("en", "Africa/Johannesburg"), "TR": ("tr", "Europe/Istanbul"), "AE": ("ar", "Asia/Dubai"),
        "SA": ("ar", "Asia/Riyadh"), "KW": ("ar", "Asia/Kuwait"), "IL": ("he", "Asia/Jerusalem"),
    ]

    /// The usual language of business letters in the country.
    public static func language(for country: Country) -> LanguageTag {
        (try? LanguageTag(table[country.code]?.language ?? "en")) ?? Self.english
    }

    /// The IANA time zone of the country's capital.
    public static func timeZone(for country: Country) -> String {
        table[country.code]?.zone ?? "UTC"
    }

    private static let english: LanguageTag = {
        do { return try LanguageTag("en") } catch { preconditionFailure("'en' is a valid language tag") }
    }()
}
