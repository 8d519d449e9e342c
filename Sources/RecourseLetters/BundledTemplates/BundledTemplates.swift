import RecourseCore

/// The letter templates shipped inside the program, per language and level (see docs/letter-fields.md).
/// Each language's texts live in their own file; users override them in their config directory.
public enum BundledTemplates {
    /// The shipped template text for a language and level, or nil when that language has none for it.
    public static func text(language: LetterLanguage, level: LetterLevel) -> String? {
        table(for: language)[level]
    }

    /// Every shipped template of one language, by level.
    static func table(for language: LetterLanguage) -> [LetterLevel: String] {
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
