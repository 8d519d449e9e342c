import Foundation
import RecourseCore
import RecourseEscalation
import RecourseLetters
import RecourseStore

/// The ladder's figures: the dry run over every case on the ladder, then the full run for the day
/// (letters drafted and stored, calls and reviews set, all in one transaction).
enum LadderBench {
    static func run(repository: SQLiteRepository, clock: any Clock) throws {
        guard let supervisor = try repository.user(login: "sofia.marin") ?? repository.allUsers().first(where: { $0.role.canSupervise }) else {
            print("ladder: skipped (no supervisor)")
            return
        }
        let rates = try LetterBench.benchRates()
        let templates = LetterTemplates.bundled().templates
        let runner = EscalationRunner(
            store: repository, policy: try LadderPolicyFile.bundled(),
            desk: { user in
                LetterDesk(store: repository, templates: templates, interest: LetterInterest.statutory(rates: rates), clock: clock,
                           session: Session(user: user, osLogin: user.login))
            },
            clock: clock, session: Session(user: supervisor, osLogin: supervisor.login))
        // Where a letter's time goes: reading the case whole, then rendering it.
        let dueLetters = try runner.plan(asOf: clock.today).compactMap { entry -> String? in
            if case .take(let step, _, _, _) = entry.decision, case .letter = step.kind { return entry.reference }
            return nil
        }.prefix(200)
        var details: [CaseDetail] = []
        let reading = try Measure.milliseconds(runs: dueLetters.count) { run in
            if let detail = try repository.caseDetail(reference: dueLetters[dueLetters.startIndex + run], asOf: clock.today) { details.append(detail) }
        }
        let desk = LetterDesk(store: repository, templates: templates, interest: LetterInterest.statutory(rates: rates), clock: clock,
                              session: Session(user: supervisor, osLogin: supervisor.login))
        let rendering = Measure.milliseconds(runs: details.count) { run in _ = try? desk.render(details[run], level: .reminder) }
        print("ladder letter: read the case     \(Measure.summary(reading))")
        print("ladder letter: render            \(Measure.summary(rendering))")
        var planned = 0
        let plan = try Measure.seconds { planned = try runner.plan(asOf: clock.today).count }
        print(String(format: "ladder: dry run over %d cases:   %.2f s", planned, plan))
        var summary: LadderRunSummary?
        let full = try Measure.seconds { summary = try runner.run(asOf: clock.today) }
        print(String(format: "ladder: full run:               %.2f s  (%@)", full, summary?.line ?? "?"))
        let phases = (summary?.seconds ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value) s" }.joined(separator: ", ")
        print("  of which: \(phases)")
        let again = try Measure.seconds { summary = try runner.run(asOf: clock.today) }
        print(String(format: "ladder: same day again:         %.2f s  (%@)", again, summary?.line ?? "?"))
        let tomorrow = clock.today.addingBusinessDays(1)
        let next = try Measure.seconds { summary = try runner.run(asOf: tomorrow) }
        print(String(format: "ladder: the next business day:  %.2f s  (%@)", next, summary?.line ?? "?"))
    }
}
