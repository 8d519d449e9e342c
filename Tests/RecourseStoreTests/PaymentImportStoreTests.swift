import Foundation
import GRDB
import RecourseCore
import Testing
@testable import RecourseStore

@Suite("Importing payments: matching rules, re-import, closing, promises")
struct PaymentImportStoreTests {
    let today = DemoFixture.today
    var clock: FrozenClock {
        FrozenClock(now: Timestamp.instant(of: today, minuteOfDay: 600, in: TimeZone(identifier: "UTC") ?? .current),
                    timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    /// Open amicable cases with one currency, several of them.
    func openCases(_ repository: SQLiteRepository, count: Int = 4) throws -> [CaseDetail] {
        let references = try repository.queueCandidates(assignee: nil, asOf: today)
            .filter { $0.stage == .amicable && !$0.disputed && $0.outstanding.count == 1 }.prefix(count).map(\.reference)
        return try references.map { try #require(try repository.caseDetail(reference: $0, asOf: today)) }
    }

    func desk(_ repository: SQLiteRepository, _ login: String = "sofia.marin") throws -> PaymentDesk {
        PaymentDesk(store: repository, clock: clock, session: Session(user: try #require(try repository.user(login: login)), osLogin: login),
                    policy: .standard)
    }

    func csv(_ rows: [String]) -> [UInt8] {
        Array((["date,amount,currency,reference,payer,remittance"] + rows).joined(separator: "\n").utf8)
    }

    func owed(_ detail: CaseDetail) throws -> Money { try #require(detail.balance.outstanding.nonZero.first) }

    @Test("each rule matches and is recorded: RF, case reference, invoice number, amount and name")
    func rules() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 80)
        let cases = try openCases(repository)
        #expect(cases.count == 4)
        let rf = try CreditorReference(caseReference: cases[0].collectionCase.reference)
        let invoice = try #require(cases[2].claims.first { $0.isOpen }?.invoiceNumber)
        let full = try owed(cases[3])
        let rows = [
            "\(today),1,\(try owed(cases[0]).currency.code),\(rf.printed),Someone,",
            "\(today),1,\(try owed(cases[1]).currency.code),,Someone,\"paying \(cases[1].collectionCase.reference) now\"",
            "\(today),1,\(try owed(cases[2]).currency.code),,Someone,\"inv \(invoice)\"",
            "\(today),\(full.decimalString),\(full.currency.code),,\(cases[3].debtor.name.uppercased()),",
        ]
        let report = try desk(repository).importFile(csv(rows), conventions: .pointDecimal, dryRun: false)
        let methods = report.map { entry -> MatchMethod? in
            if case .recorded(_, let method, _) = entry.outcome { return method }
            return nil
        }
        #expect(methods == [.creditorReference, .caseReference, .invoice, .amountAndName])
        let stored = try repository.read { db in try String.fetchAll(db, sql: "SELECT match_method FROM payment WHERE match_method IS NOT NULL ORDER BY id") }
        #expect(stored == ["rf", "case-reference", "invoice", "amount-and-name"])
        let closed = try #require(try repository.caseDetail(reference: cases[3].collectionCase.reference, asOf: today))
        #expect(closed.collectionCase.stage == .closed && closed.collectionCase.closeReason == .paid)
        #expect(try repository.checkIntegrity().passed)
    }

    @Test("a bad RF check digit, a closed case and an unknown payer stay unmatched; re-import changes nothing")
    func unmatchedAndReimport() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 80)
        let cases = try openCases(repository, count: 1)
        let good = try CreditorReference(caseReference: cases[0].collectionCase.reference).electronic
        let digits = Int(good.dropFirst(2).prefix(2)) ?? 0
        let bad = "RF" + String(format: "%02d", (digits + 1) % 100) + good.dropFirst(4)
        let code = try owed(cases[0]).currency.code
        let data = csv(["\(today),5,\(code),\(bad),Nobody,", "\(today),6,\(code),,Nobody at all,hello"])
        let payments = try desk(repository)
        let first = try payments.importFile(data, conventions: .pointDecimal, dryRun: false)
        #expect(first.allSatisfy { if case .unmatched = $0.outcome { true } else { false } })
        #expect(try payments.unmatched().count == 2)
        let again = try payments.importFile(data, conventions: .pointDecimal, dryRun: false)
        #expect(again.allSatisfy { $0.outcome == .alreadyImported })
        #expect(try payments.unmatched().count == 2)

        let listed = try payments.unmatched()
        _ = try payments.assign(id: listed[0].id, caseReference: cases[0].collectionCase.reference.lowercased())
        try payments.markNotOurs(id: listed[1].id, reason: "returned to sender")
        #expect(try payments.unmatched().isEmpty)
        let all = try payments.unmatched(includeDecided: true)
        #expect(all.map(\.status) == [.assigned, .notOurs])
        #expect(all.map(\.decision) == [cases[0].collectionCase.reference, "returned to sender"])
        #expect(throws: RecourseError.self) { try payments.markNotOurs(id: listed[1].id, reason: "again") }
        let method = try repository.read { db in try String.fetchOne(db, sql: "SELECT match_method FROM payment ORDER BY id DESC LIMIT 1") }
        #expect(method == "manual")
        #expect(throws: RecourseError.self) {
            try self.desk(repository, "anna.schmidt").markNotOurs(id: listed[0].id, reason: "x")
        }
    }

    @Test("a dry run reports but keeps nothing")
    func dryRun() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 60)
        let cases = try openCases(repository, count: 1)
        let reference = cases[0].collectionCase.reference
        let data = csv(["\(today),2,\(try owed(cases[0]).currency.code),\(reference),X,"])
        let report = try desk(repository).importFile(data, conventions: .pointDecimal, dryRun: true)
        #expect(report.count == 1)
        let after = try #require(try repository.caseDetail(reference: reference, asOf: today))
        #expect(after.balance == cases[0].balance)
        let again = try desk(repository).importFile(data, conventions: .pointDecimal, dryRun: false)
        #expect(again.first?.outcome != .alreadyImported)
    }

    @Test("a full payment closes the case and cancels its pending letter; a partial one keeps a promise")
    func fullAndPartial() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 80)
        let cases = try openCases(repository, count: 2)
        let paid = cases[0], partial = cases[1]
        let drafter = try #require(try repository.user(login: "anna.schmidt"))
        try repository.write { db in
            try db.execute(sql: """
                INSERT INTO letter (case_id, level, language, state, drafted_by, drafted_at, rendered_at, body, merge_data, basis, total_due)
                VALUES (?, 'reminder', 'en', 'submitted', ?, '2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z', 'Dear debtor', '{}', '{}', '1')
                """, arguments: [paid.collectionCase.id, drafter.id])
        }
        let code = try owed(partial).currency.code
        var promise = CallEntry(reference: partial.collectionCase.reference)
        promise.outcome = "PTP"
        promise.promiseAmount = "\(code) 10"
        promise.promiseDate = today.adding(days: 5).description
        try CallLogger(recorder: repository, cases: repository, clock: clock, policy: .standard, conventions: .pointDecimal)
            .log(promise, session: Session(user: drafter, osLogin: drafter.login))
        let full = try owed(paid)
        let rows = [
            "\(today),\(full.decimalString),\(full.currency.code),\(try CreditorReference(caseReference: paid.collectionCase.reference)),X,",
            "\(today),10,\(code),\(try CreditorReference(caseReference: partial.collectionCase.reference)),Y,",
        ]
        let report = try desk(repository).importFile(csv(rows), conventions: .pointDecimal, dryRun: false)
        guard case .recorded(_, _, let first) = report[0].outcome, case .recorded(_, _, let second) = report[1].outcome else {
            Issue.record("both should be recorded: \(report)")
            return
        }
        #expect(first.closedAsPaid && !second.closedAsPaid && second.promiseKept)
        let letterState = try repository.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM letter WHERE case_id = ?", arguments: [paid.collectionCase.id])
        }
        #expect(letterState == "cancelled")
        let after = try #require(try repository.caseDetail(reference: partial.collectionCase.reference, asOf: today))
        #expect(after.activePromise == nil)
        #expect(after.promises.first?.status(asOf: today) == .kept)
        let repeatImport = try desk(repository).importFile(csv([rows[0]]), conventions: .pointDecimal, dryRun: false)
        #expect(repeatImport.first.map { if case .unmatched = $0.outcome { true } else { false } } == true)
    }
}

/// Imported files are remembered by their SHA-256 (FIPS 180-4 test vectors).
@Suite("File fingerprints")
struct FileFingerprintTests {
    @Test("SHA-256 of the empty input and of 'abc'")
    func knownVectors() throws {
        let directory = try TemporaryDirectory()
        let repository = try DemoFixture.repository(in: directory, cases: 5)
        #expect(repository.fingerprint(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(repository.fingerprint(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
