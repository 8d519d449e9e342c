extension BundledTemplates {
    /// The shipped partials (`{{> letterhead}}` …) per language: the blocks the levels of a language share.
    /// Every language has the same names: `letterhead` (the agency), `recipient` (debtor, contact, address),
    /// `references` (date, our reference, client, VAT number), `salutation`, `claims` (claims table and
    /// unpaid principal), `interest` (the statutory interest section), `total`, `payment` (the account),
    /// `payment_reference` (how to quote the RF reference), `closing` (sign-off and signature) and
    /// `fine_print` (how interest is calculated). Users override one in `LANG/partials/NAME.mustache`.
    static let partials: [LetterLanguage: [String: String]] = [
        .english: englishPartials,
        .german: germanPartials,
        .french: frenchPartials,
        .dutch: dutchPartials,
        .italian: italianPartials,
        .spanish: spanishPartials,
        .polish: polishPartials,
        .chinese: chinesePartials,
    ]
}
