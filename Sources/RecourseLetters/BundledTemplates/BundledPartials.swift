extension BundledTemplates {
    /// The shipped partials (`{{> letterhead}}` …) per language: the blocks every level of a language shares.
    static let partials: [LetterLanguage: [String: String]] = [:]
}
