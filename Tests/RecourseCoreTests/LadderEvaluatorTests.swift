import Testing
@testable import RecourseCore

@Suite("Ladder: steps taken when due")
struct LadderEvaluatorTests {
    typealias F = LadderFixtures

    @Test("a call step is taken on its due day; the reminder after it counts from placement")
    func callTaken() throws {
        let decision = try F.evaluator().evaluate(try F.facts(next: 0, dueOn: F.day(1)), asOf: F.day(1))
        #expect(decision == .take(step: F.defaultSteps[0], index: 0, nextIndex: 1, nextDueOn: F.day(7)))
    }

    @Test("a letter step is taken when due, and later than due; the next counts from the day it was taken")
    func letterTaken() throws {
        let evaluator = try F.evaluator()
        let onTime = evaluator.evaluate(try F.facts(next: 3, dueOn: F.day(14)), asOf: F.day(14))
        #expect(onTime == .take(step: F.defaultSteps[3], index: 3, nextIndex: 4, nextDueOn: F.day(18)))
        let late = evaluator.evaluate(try F.facts(next: 3, dueOn: F.day(14)), asOf: F.day(16))
        #expect(late == .take(step: F.defaultSteps[3], index: 3, nextIndex: 4, nextDueOn: F.day(20)))
    }

    @Test("the review step is taken last; nothing follows it")
    func reviewTaken() throws {
        let decision = try F.evaluator().evaluate(try F.facts(next: 8, dueOn: F.day(45)), asOf: F.day(46))
        #expect(decision == .take(step: F.defaultSteps[8], index: 8, nextIndex: 9, nextDueOn: nil))
    }

    @Test("a step is not due the day before its date")
    func notDue() throws {
        let decision = try F.evaluator().evaluate(try F.facts(next: 1, dueOn: F.day(7)), asOf: F.day(6))
        #expect(decision == .notDue(step: F.defaultSteps[1], index: 1, dueOn: F.day(7)))
    }

    @Test("a step from placement falls due on placement + days, but never on the day the step before it was taken")
    func dueFromPlacement() throws {
        let evaluator = try F.evaluator()
        let early = evaluator.evaluate(try F.facts(next: 0, dueOn: F.day(1)), asOf: F.day(2))
        #expect(early == .take(step: F.defaultSteps[0], index: 0, nextIndex: 1, nextDueOn: F.day(7)))
        let late = evaluator.evaluate(try F.facts(next: 0, dueOn: F.day(1)), asOf: F.day(9))
        #expect(late == .take(step: F.defaultSteps[0], index: 0, nextIndex: 1, nextDueOn: F.day(10)))
    }

    @Test("past the last step the ladder is exhausted")
    func exhausted() throws {
        let decision = try F.evaluator().evaluate(try F.facts(next: 9, dueOn: F.day(45)), asOf: F.day(60))
        #expect(decision == .exhausted)
    }

    @Test("a letter below the letter minimum is skipped; at the minimum it is sent; calls are not affected")
    func letterMinimum() throws {
        let evaluator = try F.evaluator()
        let below = evaluator.evaluate(try F.facts(next: 1, dueOn: F.day(7), outstandingEUR: 4_999), asOf: F.day(7))
        #expect(below == .skip(step: F.defaultSteps[1], index: 1, nextIndex: 2, nextDueOn: F.day(11),
                               reason: .belowLetterMinimum(F.eur(5_000))))
        let at = evaluator.evaluate(try F.facts(next: 1, dueOn: F.day(7), outstandingEUR: 5_000), asOf: F.day(7))
        #expect(at == .take(step: F.defaultSteps[1], index: 1, nextIndex: 2, nextDueOn: F.day(11)))
        let call = evaluator.evaluate(try F.facts(next: 2, dueOn: F.day(11), outstandingEUR: 100), asOf: F.day(11))
        #expect(call == .take(step: F.defaultSteps[2], index: 2, nextIndex: 3, nextDueOn: F.day(14)))
    }

    @Test("a step below its own minimum is skipped, whatever its kind")
    func stepMinimum() throws {
        let steps = [
            LadderStep(name: "call", kind: .call, days: 1, from: .placement, minimumBalance: F.eur(100_000)),
            LadderStep(name: "letter", kind: .letter(.reminder), days: 7, from: .placement, minimumBalance: F.eur(20_000)),
            LadderStep(name: "review", kind: .review, days: 10, from: .previousStep),
        ]
        let evaluator = LadderEvaluator(policy: try LadderPolicy(defaultLadder: Ladder(steps: steps), letterMinimumBalance: F.eur(5_000)))
        let call = evaluator.evaluate(try F.facts(next: 0, dueOn: F.day(1), outstandingEUR: 99_999), asOf: F.day(1))
        #expect(call == .skip(step: steps[0], index: 0, nextIndex: 1, nextDueOn: F.day(7), reason: .belowStepMinimum(F.eur(100_000))))
        let letter = evaluator.evaluate(try F.facts(next: 1, dueOn: F.day(7), outstandingEUR: 10_000), asOf: F.day(7))
        #expect(letter == .skip(step: steps[1], index: 1, nextIndex: 2, nextDueOn: F.day(17), reason: .belowStepMinimum(F.eur(20_000))))
        let enough = evaluator.evaluate(try F.facts(next: 1, dueOn: F.day(7), outstandingEUR: 20_000), asOf: F.day(7))
        #expect(enough == .take(step: steps[1], index: 1, nextIndex: 2, nextDueOn: F.day(17)))
    }

    @Test("legal, insolvency and closed cases, and cases waiting for review, are not on the ladder")
    func notOnLadder() throws {
        let evaluator = try F.evaluator()
        for stage in [Stage.legal, .insolvency, .closed] {
            #expect(evaluator.evaluate(try F.facts(stage: stage), asOf: F.day(1)) == .notOnLadder(.stage(stage)))
        }
        #expect(evaluator.evaluate(try F.facts(stage: .new), asOf: F.day(1)).description.hasPrefix("due: first call"))
        #expect(evaluator.evaluate(try F.facts(reviewRequested: true), asOf: F.day(1)) == .notOnLadder(.awaitingReview))
    }

    @Test("the debtor's country picks the ladder; others get the default")
    func countryLadder() throws {
        let evaluator = try F.evaluator()
        let dutch = evaluator.evaluate(try F.facts(country: "NL", next: 2, dueOn: F.day(14)), asOf: F.day(14))
        #expect(dutch == .take(step: F.dutchSteps[2], index: 2, nextIndex: 3, nextDueOn: F.day(21)))
        let chinese = evaluator.evaluate(try F.facts(country: "CN", next: nil, dueOn: nil), asOf: F.day(1))
        #expect(chinese == .notDue(step: F.chineseSteps[0], index: 0, dueOn: F.day(2)))
        let french = evaluator.evaluate(try F.facts(country: "FR", next: 2, dueOn: F.day(11)), asOf: F.day(11))
        #expect(french == .take(step: F.defaultSteps[2], index: 2, nextIndex: 3, nextDueOn: F.day(14)))
        let policy = try F.policy()
        #expect(policy.ladder(for: try Country(code: "nl")).steps.count == 5)
        #expect(policy.risk(for: try Country(code: "CN")) == (try CountryRisk(category: 2)))
        #expect(policy.risk(for: try Country(code: "BR")) == nil)
    }

    @Test("outstanding amounts weigh in EUR as the queue weighs them")
    func euroEquivalent() throws {
        let gbp = Money(minorUnits: 8_800, currency: .gbp)
        let jpy = Money(minorUnits: 17_700, currency: .jpy)
        #expect(LadderFacts.euroMinorUnits(of: [gbp]) == 10_000)
        #expect(LadderFacts.euroMinorUnits(of: [gbp, jpy, F.eur(50)]) == 20_050)
        let nzd = Money(minorUnits: 1_234, currency: try Currency(code: "NZD"))
        #expect(LadderFacts.euroMinorUnits(of: [nzd]) == 1_234)
        #expect(LadderFacts.euroMinorUnits(of: []) == 0)
    }
}
