import Foundation
import Testing
import RecourseCore
@testable import RecourseLetters

/// Templates are checked when loaded: syntax and field names, with file and line.
@Suite("Letter templates")
struct TemplateLoadingTests {
    /// A user template directory under /tmp with the given files (`de/firm.mustache` → text).
    final class UserTemplates {
        let url: URL
        init(_ files: [String: String]) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-templates-\(UUID().uuidString)")
            for (path, text) in files {
                let file = url.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test("every shipped template parses and uses only known fields, in all 8 languages and 7 levels")
    func bundledAreClean() {
        let (templates, problems) = LetterTemplates.bundled()
        #expect(problems.isEmpty, "\(problems)")
        for language in LetterLanguage.allCases {
            for level in LetterLevel.allCases {
                #expect(templates.language(for: language.rawValue, level: level) == language.rawValue, "\(language) \(level)")
            }
        }
    }

    @Test("every shipped language has the same partials, and each is used by its letters")
    func bundledPartials() {
        let names = Set((BundledTemplates.partials[.english] ?? [:]).keys)
        #expect(names.contains("letterhead") && names.contains("fine_print"))
        for language in LetterLanguage.allCases {
            let partials = BundledTemplates.partials[language] ?? [:]
            #expect(Set(partials.keys) == names, "\(language)")
            let letters = LetterLevel.allCases.compactMap { BundledTemplates.text(language: language, level: $0) }
            for name in partials.keys {
                #expect(letters.contains { $0.contains("{{> \(name)}}") }, "\(language) \(name)")
            }
        }
    }

    @Test("an unknown field is reported with its line; a field inside a section resolves against the item")
    func unknownField() {
        let check = TemplateFieldCheck(fields: MergeField.letter)
        let text = "Dear {{contact.name}},\n{{#claims}}{{invoice}} {{due_on}}{{/claims}}\n\n{{debtor.nmae}}\n{{#outstanding}}{{.}}{{/outstanding}} {{invoice}}"
        let problems = check.problems(in: text, file: "de/firm.mustache")
        #expect(problems.map(\.description) == [
            "de/firm.mustache:4: unknown field 'debtor.nmae' (the fields are listed in docs/letter-fields.md)",
            "de/firm.mustache:5: unknown field 'invoice' (the fields are listed in docs/letter-fields.md)",
        ])
        #expect(check.problems(in: "{{.}}", file: "x").first?.message.contains("'.' is only meaningful") == true)
        #expect(check.problems(in: "{{> header}}", file: "x").first?.message == "unknown partial 'header' (this language has: none)")
        #expect(check.problems(in: "{{! a comment with {{nonsense}} }}{{^interest}}none{{/interest}}", file: "x").isEmpty)
        #expect(check.problems(in: "{{#plan}}{{#instalments}}{{number}} {{amount}} {{reference}}{{/instalments}}{{/plan}}", file: "x").isEmpty)
    }

    @Test("a user's template overrides the shipped one; broken ones are named by file and line and not used")
    func userOverrides() throws {
        let user = try UserTemplates([
            "de/firm.mustache": "Sehr geehrte Damen und Herren,\n{{claims_table}}\nIhr Zeichen {{reference}}\n",
            "de/final.mustache": "Line one\n{{#claims}}\n{{invoice}}\n{{/claim}}\n",
            "de/reminder.mustache": "Hallo\n\n{{debtor.nmae}}\n",
            "de/frim.mustache": "{{reference}}",
            "pt/reminder.mustache": "Exmos. Senhores, {{debtor.name}} — {{#total_due}}{{.}}{{/total_due}}",
        ])
        let (templates, problems) = LetterTemplates.load(userDirectory: user.url)
        let found = problems.map(\.description)
        #expect(found.contains { $0.hasPrefix(user.url.appendingPathComponent("de/final.mustache").path + ":4: a section is closed") })
        #expect(found.contains { $0.hasPrefix(user.url.appendingPathComponent("de/reminder.mustache").path + ":3: unknown field 'debtor.nmae'") })
        #expect(found.contains { $0.contains("de/frim.mustache: 'frim' is not a letter level") })
        #expect(found.count == 3)
        let origins = Dictionary(templates.sources.map { ("\($0.language)/\($0.level.rawValue)", $0.origin) }, uniquingKeysWith: { $1 })
        #expect(origins["de/firm"] == user.url.appendingPathComponent("de/firm.mustache").path)
        #expect(origins["de/final"] == "bundled de/final")
        #expect(origins["de/reminder"] == "bundled de/reminder")
        #expect(templates.language(for: "pt", level: .reminder) == "pt")
        #expect(templates.language(for: "pt", level: .firm) == "en")
        #expect(templates.language(for: "sv", level: .firm) == "en")
    }

    @Test("partials: a language's shared blocks, overridable; only outside sections, never nested; plain text too")
    func partials() throws {
        let user = try UserTemplates([
            "en/partials/sign_off.mustache": "Kind regards,\n{{caseworker.name}} & team\n",
            "en/reminder.mustache": "Dear {{debtor.name}},\n{{> sign_off}}",
            "en/firm.mustache": "{{#claims}}{{> sign_off}}{{/claims}}",
            "en/final.mustache": "{{> letterhed}}",
            "en/partials/nested.mustache": "{{> sign_off}}",
        ])
        let (templates, problems) = LetterTemplates.load(userDirectory: user.url)
        let found = problems.map(\.message)
        #expect(found.contains("partials can only be included outside sections ('{{> sign_off}}')"))
        #expect(found.contains { $0.hasPrefix("unknown partial 'letterhed'") })
        #expect(found.contains("a partial cannot include another partial ('{{> sign_off}}')"))
        let data = MergeValue.object(["debtor": .object(["name": .string("Smith & Sons")]), "caseworker": .object(["name": .string("Tom <Baker>")])])
        #expect(templates.render(language: "en", level: .reminder, data: data) == "Dear Smith & Sons,\nKind regards,\nTom <Baker> & team\n")
    }

    @Test("a tag alone on the first line of a partial or letter is standalone: its line vanishes as it would inline")
    func standaloneFirstLine() throws {
        let user = try UserTemplates([
            "en/partials/attention.mustache": "{{#contact}}\nFAO {{contact.name}}\n{{/contact}}\n",
            "en/reminder.mustache": "{{debtor.name}}\n{{> attention}}\nDear Sir or Madam,",
            "en/firm.mustache": "{{debtor.name}}\n{{#contact}}\nFAO {{contact.name}}\n{{/contact}}\nDear Sir or Madam,",
            "en/final.mustache": "{{#contact}}\nFAO {{contact.name}}\n{{/contact}}\nDear Sir or Madam,",
        ])
        let (templates, problems) = LetterTemplates.load(userDirectory: user.url)
        #expect(problems.isEmpty, "\(problems)")
        let data = MergeValue.object(["debtor": .object(["name": .string("Smith Ltd")]), "contact": .object(["name": .string("Ann")])])
        let expected = "Smith Ltd\nFAO Ann\nDear Sir or Madam,"
        #expect(templates.render(language: "en", level: .reminder, data: data) == expected)
        #expect(templates.render(language: "en", level: .firm, data: data) == expected)
        #expect(templates.render(language: "en", level: .final, data: data) == "FAO Ann\nDear Sir or Madam,")
    }

    @Test("rendering is plain text: ampersands and angle brackets are not HTML-escaped")
    func plainText() throws {
        let user = try UserTemplates(["en/reminder.mustache": "{{debtor.name}} <{{reference}}>"])
        let (templates, _) = LetterTemplates.load(userDirectory: user.url)
        let data = MergeValue.object(["debtor": .object(["name": .string("Smith & Sons \"Ltd\"")]), "reference": .string("RC-1")])
        #expect(templates.render(language: "en", level: .reminder, data: data) == "Smith & Sons \"Ltd\" <RC-1>")
    }
}

/// Amounts, dates and tables as each language writes them.
@Suite("Letter formatting")
struct LetterFormattingTests {
    @Test("amounts and dates follow the letter's language")
    func locales() {
        let amount = Money(minorUnits: 1_234_567, currency: .eur)
        let day = LocalDate(year: 2026, month: 3, day: 15)
        #expect(LetterLocale(code: "de").money(amount) == "12.345,67 EUR")
        #expect(LetterLocale(code: "en").money(amount) == "EUR 12,345.67")
        #expect(LetterLocale(code: "fr").money(amount) == "12 345,67 EUR")
        #expect(LetterLocale(code: "nl").money(amount) == "EUR 12.345,67")
        #expect(LetterLocale(code: "de").date(day) == "15. März 2026")
        #expect(LetterLocale(code: "en").date(day) == "15 March 2026")
        #expect(LetterLocale(code: "fr").date(day) == "15 mars 2026")
        #expect(LetterLocale(code: "zh").date(day) == "2026年3月15日")
        #expect(LetterLocale(code: "de").shortDate(day) == "15.03.2026")
        #expect(LetterLocale(code: "de").rate(basisPoints: 1_062) == "10,62 %")
        #expect(LetterLocale(code: "en").rate(basisPoints: -88) == "-0.88%")
    }

    @Test("tables align by display width: CJK headings count two columns")
    func cjkTable() {
        let table = TextTable(headings: ["发票", "金额"], rightAligned: [1], rows: [["INV-1", "EUR 1,000.00"], ["INV-22", "EUR 5.00"]]).render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines == ["发票            金额", "------  ------------", "INV-1   EUR 1,000.00", "INV-22      EUR 5.00"])
        #expect(Set(lines.map { TextTable.width($0) }).count == 1)
    }
}
