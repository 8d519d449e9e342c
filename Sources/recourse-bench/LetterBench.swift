import Foundation
import RecourseCore
import RecourseLetters
import RecourseStore

/// The letters' figures: drafting (interest, merge, render, store), the approval worklist, the
/// preview, approving (with its staleness check) and exporting a batch to the outbox.
enum LetterBench {
    /// The bundled table ends at 2026H1; the benchmark enters 2026H2 as a user would.
    static func benchRates() throws -> RateTable {
        var rates = try RateTableFile.bundled()
        rates.set(.ecbMainRefinancing, .h2(2026), basisPoints: 215)
        rates.set(.germanBaseRate, .h2(2026), basisPoints: 127)
        rates.set(.bankOfEnglandReference, .h2(2026), basisPoints: 375)
        return rates
    }

    static func run(repository: SQLiteRepository, clock: any Clock, references: [String]) throws {
        guard let caseworker = try repository.user(login: "anna.schmidt"), let supervisor = try repository.user(login: "sofia.marin") else {
            print("letters: skipped (the demo's users are missing)")
            return
        }
        let rates = try benchRates()
        let templates = LetterTemplates.bundled().templates
        func desk(_ user: User) -> LetterDesk {
            LetterDesk(store: repository, templates: templates, interest: LetterInterest.statutory(rates: rates), clock: clock,
                       session: Session(user: user, osLogin: user.login))
        }
        let drafter = desk(caseworker)
        let approver = desk(supervisor)
        var drafted: [Int64] = []
        var refused = 0
        var draftTimes: [Double] = []
        for reference in references where drafted.count < 200 {
            var letter: Letter?
            let time = Measure.seconds { letter = try? drafter.draft(reference: reference, level: .reminder) }
            if let letter {
                drafted.append(letter.id)
                draftTimes.append(time * 1000)
            } else {
                refused += 1
            }
        }
        print("letter: draft (render + store):  \(Measure.summary(draftTimes))  (\(drafted.count) drafted, \(refused) cases refused)")
        for id in drafted { _ = try drafter.submit(letterId: id) }
        var listed = 0
        let worklist = try Measure.milliseconds(runs: 20) { _ in listed = try approver.worklist().count }
        print("letters: approval worklist (\(listed)): \(Measure.summary(worklist))")
        let preview = try Measure.milliseconds(runs: drafted.count) { run in _ = try approver.letter(id: drafted[run]) }
        print("letter: open the preview:       \(Measure.summary(preview))")
        let half = Array(drafted.prefix(drafted.count / 2))
        let approve = try Measure.milliseconds(runs: half.count) { run in _ = try approver.approve(letterId: half[run]) }
        print("letter: approve (four eyes, stale check): \(Measure.summary(approve))")
        let outbox = FileManager.default.temporaryDirectory.appendingPathComponent("recourse-bench-outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outbox) }
        var exported = 0
        let export = try Measure.seconds { exported = try approver.export(to: outbox).letters.count }
        print(String(format: "letters: export %d to the outbox:  %.1f ms", exported, export * 1000))
    }
}
