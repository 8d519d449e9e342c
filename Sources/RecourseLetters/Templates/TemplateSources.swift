import Foundation
import RecourseCore

/// The texts letters are made from before they are compiled: the shipped ones, with the user's
/// files laid over them. Knows where each text came from, for messages.
struct TemplateSources {
    /// One template text and its origin (`bundled de/firm` or a file path).
    struct Source {
        let text: String
        let origin: String
        /// The shipped text this one replaces and its origin, if any (used when the replacement is broken).
        var shipped: (text: String, origin: String)? = nil
    }

    /// Letter texts by language code and level.
    var letters: [String: [LetterLevel: Source]] = [:]
    /// Partial texts by language code and name.
    var partials: [String: [String: Source]] = [:]

    /// Every language with letters, sorted.
    var languages: [String] { Set(letters.keys).union(partials.keys).sorted() }

    /// The texts shipped inside the program.
    static func bundled() -> TemplateSources {
        var sources = TemplateSources()
        for language in LetterLanguage.allCases {
            for level in LetterLevel.allCases {
                guard let text = BundledTemplates.text(language: language, level: level) else { continue }
                sources.letters[language.rawValue, default: [:]][level] = Source(text: text, origin: "bundled \(language.rawValue)/\(level.rawValue)")
            }
            for (name, text) in BundledTemplates.partials[language] ?? [:] {
                sources.partials[language.rawValue, default: [:]][name] = Source(text: text, origin: "bundled \(language.rawValue)/partials/\(name)")
            }
        }
        return sources
    }

    /// Lays `LANG/LEVEL.mustache` and `LANG/partials/NAME.mustache` from `directory` over the texts;
    /// returns what could not be read or named.
    mutating func addUserFiles(in directory: URL) -> [TemplateProblem] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: directory.path) else { return [] }
        var problems: [TemplateProblem] = []
        for language in Self.entries(of: directory, directories: true) {
            let folder = directory.appendingPathComponent(language)
            let code = language.lowercased()
            for file in Self.entries(of: folder, directories: false) where file.hasSuffix(".mustache") {
                let path = folder.appendingPathComponent(file).path
                let levelName = String(file.dropLast(".mustache".count))
                guard let level = LetterLevel(rawValue: levelName) else {
                    let known = LetterLevel.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(TemplateProblem(file: path, line: 0, message: "'\(levelName)' is not a letter level (levels: \(known))"))
                    continue
                }
                guard let text = Self.read(path, problems: &problems) else { continue }
                letters[code, default: [:]][level] = Source(text: text, origin: path, shipped: letters[code]?[level].map { ($0.text, $0.origin) })
            }
            let partialFolder = folder.appendingPathComponent("partials")
            for file in Self.entries(of: partialFolder, directories: false) where file.hasSuffix(".mustache") {
                let path = partialFolder.appendingPathComponent(file).path
                guard let text = Self.read(path, problems: &problems) else { continue }
                partials[code, default: [:]][String(file.dropLast(".mustache".count))] = Source(text: text, origin: path)
            }
        }
        return problems
    }

    private static func entries(of directory: URL, directories: Bool) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !name.hasPrefix(".") && exists && isDirectory.boolValue == directories
        }
    }

    private static func read(_ path: String, problems: inout [TemplateProblem]) -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            problems.append(TemplateProblem(file: path, line: 0, message: "cannot be read as UTF-8 text"))
            return nil
        }
        return text
    }
}
