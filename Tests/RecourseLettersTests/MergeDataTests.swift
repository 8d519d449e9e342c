import Foundation
import Testing
import RecourseCore
@testable import RecourseStore
@testable import RecourseLetters

/// What a letter is rendered from: formatted for its language, lawful for its jurisdiction.
@Suite("Letter merge data")
struct MergeDataTests {
    /// Every key in `value` is a field the templates may use (docs/letter-fields.md), recursively.
    static func unknownKeys(_ value: MergeValue, schema: [String: MergeField], path: String = "") -> [String] {
        guard case .object(let fields) = value else { return [] }
        return fields.flatMap { name, child -> [String] in
            let here = path.isEmpty ? name : "\(path).\(name)"
            guard let spec = schema[name] else { return [here] }
            switch (spec, child) {
            case (.object(let children), _): return unknownKeys(child, schema: children, path: here)
            case (.records(let children), .list(let items)): return items.flatMap { unknownKeys($0, schema: children, path: here) }
            default: return []
            }
        }
    }

    @Test("a German firm letter: statutory interest by period at Basiszinssatz + 9, EUR 40 per invoice, total, RF reference")
    func germanFirmLetter() throws {
        let fixture = try LetterDeskFixture()
        let detail = try #require(try fixture.cases(in: "DE").first)
        let desk = try fixture.desk("anna.schmidt")
        let rendered = try desk.render(detail, level: .firm)
        let data = try JSONDecoder().decode(MergeValue.self, from: Data(rendered.mergeData.utf8))
        #expect(Self.unknownKeys(data, schema: MergeField.letter).isEmpty)
        #expect(rendered.language == "de")
        #expect(data.string("interest.law") == "§ 288 Abs. 2 und 5 BGB")
        let claims = MergeDataBuilder.demandedClaims(detail)
        guard case .list(let compensation)? = data["interest.compensation"] else {
            Issue.record("no compensation")
            return
        }
        #expect(compensation == [.string("\(claims.count * 40),00 EUR")])
        // Recompute the interest independently from the core and compare the rendered amounts.
        let expected = try StatutoryInterest(rates: LetterDeskFixture.rates).caseInterest(
            claims: detail.claims, payments: detail.payments, jurisdiction: .germany, asOf: LetterDeskFixture.today)
        let locale = LetterLocale(code: "de")
        #expect(data["interest.amounts"] == .list(expected.interest.nonZero.map { .string(locale.money($0)) }))
        let table = try #require(data.string("interest.table"))
        #expect(table.contains("10,27 %"))  // 2026: Basiszinssatz 1.27 + 9 points
        var total = MoneyBag(claims.map(\.outstanding))
        for amount in expected.interest.nonZero + expected.compensation.nonZero { total.add(amount) }
        #expect(data["total_due"] == .list(total.nonZero.map { .string(locale.money($0)) }))
        let reference = try #require(data.string("payment.rf_reference"))
        #expect(try CreditorReference(validating: reference).electronic.hasSuffix(detail.collectionCase.reference.replacingOccurrences(of: "-", with: "")))
        #expect(data.string("payment.iban") == "DE89 3704 0044 0532 0130 00")
        #expect(data.string("pay_by") == "9. Dezember 2026")  // 7 business days after Monday 30 November
        #expect(rendered.body.contains(try #require(data.string("interest.table"))))
        #expect(rendered.body.contains(detail.debtor.name))
    }

    @Test("no statutory rule (CN, US, CH): no interest block; English fallback for an unshipped language")
    func noRule() throws {
        let fixture = try LetterDeskFixture()
        for country in ["CN", "US", "CH"] {
            guard let detail = try fixture.cases(in: country).first else { continue }
            let rendered = try fixture.desk("admin").render(detail, level: .reminder)
            let data = try JSONDecoder().decode(MergeValue.self, from: Data(rendered.mergeData.utf8))
            #expect(data["interest"] == nil, "\(country)")
            #expect(!rendered.body.isEmpty)
        }
        let swedish = try fixture.cases(in: "SE").first
        if let swedish {
            #expect(try fixture.desk("admin").render(swedish, level: .reminder).language == "en")
        }
    }

    @Test("answer letters need what they answer: a promise, a broken promise, a plan")
    func answersNeedTheirSubject() throws {
        let fixture = try LetterDeskFixture()
        let detail = try #require(try fixture.cases(in: "DE").first)
        let desk = try fixture.desk("anna.schmidt")
        for level in [LetterLevel.promiseConfirmation, .brokenPromise, .planConfirmation] {
            do {
                _ = try desk.render(detail, level: level)
                Issue.record("\(level) without its subject must be refused")
            } catch let error as RecourseError {
                #expect(error.description.contains(detail.collectionCase.reference))
            }
        }
    }

    @Test("without the agency's details no letter is drafted, and the refusal says how to set them")
    func agencyRequired() throws {
        let fixture = try LetterDeskFixture()
        try fixture.repository.pool.write { db in try db.execute(sql: "DELETE FROM repository_info WHERE key = 'agency'") }
        let detail = try #require(try fixture.cases(in: "DE").first)
        do {
            _ = try fixture.desk("anna.schmidt").render(detail, level: .reminder)
            Issue.record("must be refused")
        } catch let error as RecourseError {
            #expect(error.description.contains("recourse agency set"))
        }
    }
}

/// The stored merge data round-trips through JSON exactly.
@Suite("Merge data as JSON")
struct MergeValueJSONTests {
    @Test("strings with quotes, backslashes, newlines, control characters and CJK; lists; objects with sorted keys")
    func roundTrip() throws {
        let value = MergeValue.object([
            "z": .string("Müller \"Präzision\" \\ GmbH\nline two\u{01}"), "a": .list([.string("上海"), .object(["k": .string("v")])]),
            "empty": .list([]),
        ])
        let json = value.json
        #expect(json.hasPrefix("{\"a\":[\"上海\",{\"k\":\"v\"}],\"empty\":[],\"z\":"))
        #expect(json.contains("\\u0001"))
        #expect(try JSONDecoder().decode(MergeValue.self, from: Data(json.utf8)) == value)
    }
}
