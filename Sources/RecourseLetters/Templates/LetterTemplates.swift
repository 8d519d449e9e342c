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
        var library = LetterTemplates()
        var problems: [TemplateProblem] = []
        for language in LetterLanguage.allCases {
            for level in LetterLevel.allCases {
                guard let text = BundledTemplates.text(language: language, level: level) else { continue }
                let origin = "bundled \(language.rawValue)/\(level.rawValue)"
                switch compile(text, origin: origin) {
                case .success(let template): library.templates[language.rawValue, default: [:]][level] = (template, origin)
                case .failure(let found): problems += found.problems
                }
            }
        }
        return (library, problems)
    }

    /// The shipped templates with the user's directory laid over them (a missing directory is fine).
    public static func load(userDirectory: URL?) -> (templates: LetterTemplates, problems: [TemplateProblem]) {
        var (library, problems) = bundled()
        guard let directory = userDirectory, FileManager.default.fileExists(atPath: directory.path) else { return (library, problems) }
        let languages = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for language in languages.sorted() where !language.hasPrefix(".") {
            let folder = directory.appendingPathComponent(language)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".mustache") {
                let path = folder.appendingPathComponent(file).path
                let levelName = String(file.dropLast(".mustache".count))
                guard let level = LetterLevel(rawValue: levelName) else {
                    let known = LetterLevel.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(TemplateProblem(file: path, line: 0, message: "'\(levelName)' is not a letter level (levels: \(known))"))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    problems.append(TemplateProblem(file: path, line: 0, message: "cannot be read as UTF-8 text"))
                    continue
                }
                switch compile(text, origin: path) {
                case .success(let template): library.templates[language.lowercased(), default: [:]][level] = (template, path)
                case .failure(let found): problems += found.problems
                }
            }
        }
        return (library, problems)
    }

    /// The user's template directory: `$XDG_CONFIG_HOME/recourse/templates`, else `~/.config/recourse/templates`.
    public static func defaultUserDirectory(environment: [String: String]) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        return base.appendingPathComponent("recourse").appendingPathComponent("templates")
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
        return entry.template.render(data.mustacheValue)
    }

    private struct Problems: Error {
        let problems: [TemplateProblem]
    }

    /// Parses a template as plain text (no HTML escaping) and checks its field names.
    private static func compile(_ text: String, origin: String) -> Result<MustacheTemplate, Problems> {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            return .failure(Problems(problems: [TemplateProblem(file: origin, line: error.context.lineNumber, message: describe(error.error))]))
        } catch {
            return .failure(Problems(problems: [TemplateProblem(file: origin, line: 0, message: "\(error)")]))
        }
        let fieldProblems = TemplateFieldCheck(fields: MergeField.letter).problems(in: text, file: origin)
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
