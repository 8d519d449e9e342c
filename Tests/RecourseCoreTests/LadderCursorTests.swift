import Testing
@testable import RecourseCore

@Suite("Ladder: the cursor derived from history")
struct LadderCursorTests {
    typealias F = LadderFixtures

    func cursor(_ facts: LadderFacts) throws -> (next: Int, dueOn: LocalDate) {
        let evaluator = try F.evaluator()
        return evaluator.initialCursor(facts, ladder: evaluator.policy.ladder(for: facts.country))
    }

    @Test("with no history the first step falls due its days after placement")
    func nothing() throws {
        let start = try cursor(try F.facts(next: nil, dueOn: nil))
        #expect(start.next == 0 && start.dueOn == F.day(1))
    }

    @Test("calls but no letters: after the first call step, the next step's due date from the last call")
    func callsOnly() throws {
        let early = try cursor(try F.facts(next: nil, dueOn: nil, firstCallOn: F.day(1), lastCallOn: F.day(3)))
        #expect(early.next == 1 && early.dueOn == F.day(7))
        let late = try cursor(try F.facts(next: nil, dueOn: nil, firstCallOn: F.day(1), lastCallOn: F.day(10)))
        #expect(late.next == 1 && late.dueOn == F.day(11))
    }

    @Test("letters: after the step of the highest ladder letter, dated by its latest entry; other letters ignored")
    func letters() throws {
        let letters: [(level: LetterLevel, on: LocalDate)] = [
            (.reminder, F.day(7)), (.firm, F.day(14)), (.firm, F.day(15)), (.brokenPromise, F.day(20)),
        ]
        let position = try cursor(try F.facts(next: nil, dueOn: nil, letters: letters, firstCallOn: F.day(1), lastCallOn: F.day(11)))
        #expect(position.next == 4 && position.dueOn == F.day(19))
    }

    @Test("a call logged after the highest letter counts for the call step after it")
    func callAfterLetter() throws {
        let letters: [(level: LetterLevel, on: LocalDate)] = [(.reminder, F.day(7)), (.firm, F.day(14))]
        let position = try cursor(try F.facts(next: nil, dueOn: nil, letters: letters, firstCallOn: F.day(1), lastCallOn: F.day(18)))
        #expect(position.next == 5 && position.dueOn == F.day(21))
    }

    @Test("a letter level the country's ladder lacks maps to the last letter step below it")
    func missingLevel() throws {
        let letters: [(level: LetterLevel, on: LocalDate)] = [(.firm, F.day(14))]
        let position = try cursor(try F.facts(country: "NL", next: nil, dueOn: nil, letters: letters))
        #expect(position.next == 2 && position.dueOn == F.day(21))
    }

    @Test("a requested review puts the cursor past the review step")
    func reviewRequested() throws {
        let position = try cursor(try F.facts(next: nil, dueOn: nil, reviewRequested: true, letters: [(.final, F.day(21))]))
        #expect(position.next == 9)
    }

    @Test("without a stored cursor the evaluator starts from the derived one")
    func evaluatorDerives() throws {
        let facts = try F.facts(next: nil, dueOn: nil, letters: [(.reminder, F.day(8))], firstCallOn: F.day(1), lastCallOn: F.day(1))
        let evaluator = try F.evaluator()
        #expect(evaluator.evaluate(facts, asOf: F.day(11)) == .notDue(step: F.defaultSteps[2], index: 2, dueOn: F.day(12)))
        #expect(evaluator.evaluate(facts, asOf: F.day(12)) == .take(step: F.defaultSteps[2], index: 2, nextIndex: 3, nextDueOn: F.day(15)))
    }
}
