import Foundation
import Testing
import RecourseCore
import RecourseLetters
@testable import RecourseStore

/// The letter workflow on a real repository: draft, submit, four eyes, staleness, cancellation, export.
@Suite("Letter workflow on a repository")
struct LetterWorkflowTests {
    @Test("a caseworker drafts and submits a German firm letter; she cannot approve it; another supervisor does")
    func fourEyesEndToEnd() throws {
        let fixture = try LetterDeskFixture()
        let reference = try #require(try fixture.cases(in: "DE").first).collectionCase.reference
        let anna = try fixture.desk("anna.schmidt")
        let draft = try anna.draft(reference: reference, level: .firm)
        #expect(draft.state == .draft)
        #expect(draft.language == "de")
        #expect(draft.draftedBy == "anna.schmidt")
        let submitted = try anna.submit(letterId: draft.id)
        #expect(submitted.state == .submitted)
        #expect(throws: RecourseError.self) { try anna.approve(letterId: draft.id) }
        let approved = try fixture.desk("sofia.marin").approve(letterId: draft.id)
        #expect(approved.state == .approved)
        #expect(approved.decidedBy == "sofia.marin")
        let events = try fixture.letterEvents(reference)
        #expect(events.prefix(3) == [
            "firm: approved (letter \(draft.id))", "firm: submitted for approval (letter \(draft.id))", "firm: drafted (letter \(draft.id), de)",
        ])
    }

    @Test("a supervisor's own letter needs another supervisor or an admin; the schema refuses it too")
    func supervisorsOwnLetter() throws {
        let fixture = try LetterDeskFixture()
        let reference = try #require(try fixture.cases(in: "FR").first).collectionCase.reference
        let sofia = try fixture.desk("sofia.marin")
        let letter = try sofia.submit(letterId: try sofia.draft(reference: reference, level: .reminder).id)
        do {
            _ = try sofia.approve(letterId: letter.id)
            Issue.record("approving one's own letter must be refused")
        } catch let error as RecourseError {
            #expect(error.description.contains("four eyes"))
        }
        let sofiaId = try #require(try fixture.repository.user(login: "sofia.marin")).id
        #expect(throws: (any Error).self) {
            try fixture.repository.pool.write { db in
                try db.execute(sql: "UPDATE letter SET state = 'approved', decided_by = ? WHERE id = ?", arguments: [sofiaId, letter.id])
            }
        }
        #expect(try fixture.desk("admin").approve(letterId: letter.id).state == .approved)
    }

    @Test("a payment makes a submitted letter stale: approval refused, the change named; re-rendering clears it")
    func staleAfterPayment() throws {
        let fixture = try LetterDeskFixture()
        let detail = try #require(try fixture.cases(in: "DE").dropFirst().first)
        let reference = detail.collectionCase.reference
        let anna = try fixture.desk("anna.schmidt")
        let letter = try anna.submit(letterId: try anna.draft(reference: reference, level: .reminder).id)
        _ = try fixture.pay(reference, "100.00")
        let view = try anna.letter(id: letter.id)
        #expect(view.isStale)
        #expect(view.changes.first == "a payment was received")
        #expect(view.changes.contains { $0.contains("outstanding") && $0.contains("→") })
        let sofia = try fixture.desk("sofia.marin")
        do {
            _ = try sofia.approve(letterId: letter.id)
            Issue.record("a stale letter must not be approved")
        } catch let error as RecourseError {
            #expect(error.description.contains("stale"))
        }
        let fresh = try anna.rerender(letterId: letter.id)
        #expect(fresh.state == .submitted)
        #expect(!(try anna.letter(id: letter.id)).isStale)
        #expect(fresh.body != letter.body)
        #expect(try sofia.approve(letterId: letter.id).state == .approved)
    }

    @Test("paying in full cancels every pending letter, in the timeline; a rejected letter is reworked and resubmitted")
    func paidInFullCancels() throws {
        let fixture = try LetterDeskFixture()
        let detail = try #require(try fixture.cases(in: "DE").dropFirst(2).first { $0.balance.outstanding.nonZero.count == 1 })
        let reference = detail.collectionCase.reference
        let anna = try fixture.desk("anna.schmidt")
        let sofia = try fixture.desk("sofia.marin")
        let first = try anna.submit(letterId: try anna.draft(reference: reference, level: .reminder).id)
        #expect(throws: ValidationError.self) { try sofia.reject(letterId: first.id, reason: "  ") }
        let rejected = try sofia.reject(letterId: first.id, reason: "address is outdated")
        #expect(rejected.state == .rejected)
        #expect(rejected.rejectReason == "address is outdated")
        #expect(try anna.rerender(letterId: first.id).state == .draft)
        #expect(try anna.submit(letterId: first.id).state == .submitted)
        let second = try anna.draft(reference: reference, level: .firm)
        let total = try #require(detail.balance.outstanding.nonZero.first)
        let outcome = try fixture.pay(reference, total.decimalString)
        #expect(outcome.closedAsPaid)
        #expect(try anna.letter(id: first.id).letter.state == .cancelled)
        #expect(try anna.letter(id: second.id).letter.cancelReason == "case paid in full")
        let events = try fixture.letterEvents(reference)
        #expect(events.contains("reminder: cancelled (letter \(first.id)): case paid in full"))
        #expect(events.contains("firm: cancelled (letter \(second.id)): case paid in full"))
        #expect(throws: RecourseError.self) { try anna.draft(reference: reference, level: .final) }
    }

    @Test("a dispute logged on a call cancels pending letters; no demand can be drafted while disputed")
    func disputeCancels() throws {
        let fixture = try LetterDeskFixture()
        let reference = try #require(try fixture.cases(in: "IT").first).collectionCase.reference
        let luca = try fixture.desk("luca.rossi")
        let letter = try luca.draft(reference: reference, level: .reminder)
        var entry = CallEntry(reference: reference)
        entry.outcome = "DISP"
        entry.disputeReason = "goods damaged on delivery"
        _ = try CallLogger(recorder: fixture.repository, cases: fixture.repository, clock: LetterDeskFixture.clock, policy: .standard,
                           conventions: .pointDecimal).log(entry, session: try fixture.session("luca.rossi"))
        #expect(try luca.letter(id: letter.id).letter.state == .cancelled)
        #expect(try luca.letter(id: letter.id).letter.cancelReason == "case disputed")
        do {
            _ = try luca.draft(reference: reference, level: .firm)
            Issue.record("drafting on a disputed case must be refused")
        } catch let error as RecourseError {
            #expect(error.description.contains("disputed"))
        }
    }

    @Test("export writes exactly the approved letters and a manifest, marks them sent; a second export finds nothing")
    func export() throws {
        let fixture = try LetterDeskFixture()
        let cases = try fixture.cases(in: "DE").prefix(3).map(\.collectionCase.reference)
        try #require(cases.count == 3)
        let anna = try fixture.desk("anna.schmidt")
        let sofia = try fixture.desk("sofia.marin")
        let ids = try cases.map { try anna.submit(letterId: try anna.draft(reference: $0, level: .reminder).id).id }
        _ = try sofia.approve(letterId: ids[0])
        _ = try sofia.approve(letterId: ids[2])
        let outbox = fixture.directory.appendingPathComponent("outbox")
        #expect(throws: RecourseError.self) { try anna.export(to: outbox) }
        let batch = try sofia.export(to: outbox)
        #expect(batch.letters.map(\.id) == [ids[0], ids[2]])
        #expect(batch.letters.allSatisfy { $0.state == .sent && $0.outboxFile != nil })
        let directory = try #require(batch.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.count == 3)
        #expect(files.contains("manifest.jsonl"))
        let manifest = try String(contentsOf: directory.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let lines = manifest.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2)
        #expect(lines.compactMap { $0?["letter"] as? Int }.map(Int64.init) == [ids[0], ids[2]])
        #expect(lines.allSatisfy { ($0?["address"] as? [String])?.last == "GERMANY" })
        for line in lines {
            let file = try #require(line?["file"] as? String)
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            #expect(text == (try anna.letter(id: Int64(line?["letter"] as? Int ?? 0))).letter.body)
        }
        #expect(try anna.letter(id: ids[1]).letter.state == .submitted)
        #expect(try sofia.export(to: outbox).directory == nil)
        let batches = try FileManager.default.contentsOfDirectory(atPath: outbox.path)
        #expect(batches.count == 1)
    }

    @Test("the store's view of a case's facts matches the one read whole, for every demo case")
    func basisAgrees() throws {
        let fixture = try LetterDeskFixture(cases: 60)
        let references = try fixture.repository.queueCandidates(assignee: nil, asOf: LetterDeskFixture.today).map(\.reference)
        for reference in references {
            let detail = try #require(try fixture.repository.caseDetail(reference: reference, asOf: LetterDeskFixture.today))
            let stored = try fixture.repository.pool.read { db in try SQLiteRepository.currentBasis(db, caseId: detail.collectionCase.id) }
            #expect(stored == LetterBasis(detail: detail), "\(reference)")
        }
    }

    @Test("a letter rendered before a payment is refused when stored: nothing half-written")
    func changedWhileRendering() throws {
        let fixture = try LetterDeskFixture()
        let detail = try #require(try fixture.cases(in: "DE").first)
        let anna = try fixture.desk("anna.schmidt")
        let rendered = try anna.render(detail, level: .reminder)
        _ = try fixture.pay(detail.collectionCase.reference, "50.00")
        do {
            _ = try fixture.repository.insertDraft(rendered, actor: try fixture.session("anna.schmidt").user, at: LetterDeskFixture.now)
            Issue.record("a draft of an outdated case must be refused")
        } catch let error as RecourseError {
            #expect(error.description.contains("changed while the letter was rendered"))
        }
        #expect(try fixture.repository.letters(LetterFilter()).isEmpty)
    }
}
