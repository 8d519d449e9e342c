extension LetterVocabulary {
    /// The vocabulary for a language.
    public static func forLanguage(_ language: LetterLanguage) -> LetterVocabulary {
        switch language {
        case .english: return english
        case .german: return german
        case .french: return french
        case .dutch: return dutch
        case .italian: return italian
        case .spanish: return spanish
        case .polish: return polish
        case .chinese: return chinese
        }
    }
}
