import Foundation
import Mustache
import RecourseCore

/// Every letter template in use: the shipped ones, overridden or added to by the user's own files
/// in `templates/LANG/LEVEL.mustache`. Each is parsed and field-checked when loaded; a broken user
/// file is reported and left out (the shipped template stays in use).
public struct LetterTemplates: Sendable {
    /// One loaded template and where it came from.
    public struct Source: Hashable, Sendable {
        /// Language code, e.g. `de`.
        public let language: String
        /// Level.
        public let level: LetterLevel
        /// `bundled de/firm` or the user's file path.
        public let origin: String
    }

    private var templates: [String: [LetterLevel: (template: MustacheTemplate, origin: String)]] = [:]
    /// Each language's partials as a Mustache library, for the templates of that language.
    private var libraries: [String: MustacheLibrary] = [:]

    /// What the templates are, for `recourse letters templates`.
    public var sources: [Source] {
        templates.keys.sorted().flatMap { language in
            (templates[language] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }.map {
                Source(language: language, level: $0.key, origin: $0.value.origin)
            }
        }
    }

    /// The shipped templates only, with any problems in them (tests require none).
    public static func bundled() -> (templates: LetterTemplates, problems: [TemplateProblem]) {
        load(userDirectory: nil)
    }

    /// The shipped templates with the user's directory laid over them (a missing directory is fine):
    /// `LANG/LEVEL.mustache` replaces or adds a letter, `LANG/partials/NAME.mustache` a shared block.
    public static func load(userDirectory: URL?) -> (templates: LetterTemplates, problems: [TemplateProblem]) {
        var sources = TemplateSources.bundled()
        var problems: [TemplateProblem] = []
        if let directory = userDirectory { problems += sources.addUserFiles(in: directory) }
        var library = LetterTemplates()
        for language in sources.languages {
            var partials = MustacheLibrary()
            var partialNames: Set<String> = []
            for (name, source) in (sources.partials[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let check = TemplateFieldCheck(fields: MergeField.letter, partials: [], checkingPartial: true)
                switch compile(source.text, origin: source.origin, check: check) {
                case .success(let template):
                    partials.register(template, named: name)
                    partialNames.insert(name)
                case .failure(let found): problems += found.problems
                }
            }
            library.libraries[language] = partials
            let check = TemplateFieldCheck(fields: MergeField.letter, partials: partialNames)
            for (level, source) in (sources.letters[language] ?? [:]).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                switch compile(source.text, origin: source.origin, check: check) {
                case .success(let template): library.templates[language, default: [:]][level] = (template, source.origin)
                case .failure(let found):
                    problems += found.problems
                    // A broken user file leaves the shipped letter in use.
                    if let shipped = source.shipped, case .success(let template) = compile(shipped.text, origin: shipped.origin, check: check) {
                        library.templates[language, default: [:]][level] = (template, shipped.origin)
                    }
                }
            }
        }
        return (library, problems)
    }

    /// The user's template directory: `$XDG_CONFIG_HOME/recourse/templates`, else `~/.config/recourse/templates`.
    public static func defaultUserDirectory(environment: [String: String]) -> URL {
        ConfigLocation.file("templates", environment: environment)
    }

    /// The language that will be used for a debtor's language code and a level: its own when a
    /// template exists, else English.
    public func language(for code: String, level: LetterLevel) -> String? {
        let wanted = code.lowercased()
        if templates[wanted]?[level] != nil { return wanted }
        return templates[LetterLanguage.english.rawValue]?[level] != nil ? LetterLanguage.english.rawValue : nil
    }

    /// Renders a level in a language (which must come from `language(for:level:)`).
    public func render(language: String, level: LetterLevel, data: MergeValue) -> String? {
        guard let entry = templates[language]?[level] else { return nil }
        return entry.template.render(data.mustacheValue, library: libraries[language])
    }

    private struct Problems: Error {
        let problems: [TemplateProblem]
    }

    /// Parses a template as plain text (no HTML escaping) and checks its field names and partials.
    private static func compile(_ text: String, origin: String, check: TemplateFieldCheck) -> Result<MustacheTemplate, Problems> {
        let template: MustacheTemplate
        do {
            // The setting stands on a line of its own (which the parser then drops), so that a tag alone
            // on the text's first line is standalone there too: a partial may begin with `{{#interest}}`.
            template = try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = max(error.context.lineNumber - 1, 1)
            return .failure(Problems(problems: [TemplateProblem(file: origin, line: line, message: describe(error.error))]))
        } catch {
            return .failure(Problems(problems: [TemplateProblem(file: origin, line: 0, message: "\(error)")]))
        }
        let fieldProblems = check.problems(in: text, file: origin)
        return fieldProblems.isEmpty ? .success(template) : .failure(Problems(problems: fieldProblems))
    }

    private static func describe(_ error: any Error) -> String {
        guard let parse = error as? MustacheTemplate.Error else { return "\(error)" }
        switch parse {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "badly formed delimiter change"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "template inheritance is not supported in letter templates"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "unknown '{{% … }}' setting"
        }
    }
}
