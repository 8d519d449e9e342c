import Testing
@testable import RecourseCore

@Suite("Ladder: validation of ladders and policies")
struct LadderValidationTests {
    typealias F = LadderFixtures

    func message(_ steps: [LadderStep]) -> String? {
        do {
            _ = try Ladder(steps: steps)
            return nil
        } catch {
            return error.description
        }
    }

    let call = LadderStep(name: "call", kind: .call, days: 1, from: .placement)
    let review = LadderStep(name: "review", kind: .review, days: 15, from: .previousStep)

    @Test("the bundled-style ladder is valid")
    func valid() throws {
        #expect(message(F.defaultSteps) == nil)
        #expect(try Ladder(steps: F.defaultSteps).steps.count == 9)
    }

    @Test("a ladder needs steps")
    func empty() {
        #expect(message([]) == "ladder: the ladder has no steps")
    }

    @Test("the review must be the last step, and there is at most one")
    func reviewLast() {
        #expect(message([review, call]) == "ladder: step 1 'review': the review must be the last step")
        let second = LadderStep(name: "second review", kind: .review, days: 5, from: .previousStep)
        #expect(message([call, review, second]) == "ladder: step 2 'review': the review must be the last step")
        #expect(Ladder.problems(in: [call, review, second]).map(\.index) == [1, 2])
    }

    @Test("a step from the previous one waits at least a day; from placement, day 0 is allowed")
    func days() {
        let zero = LadderStep(name: "letter", kind: .letter(.reminder), days: 0, from: .previousStep)
        #expect(message([call, zero]) == "ladder: step 2 'letter': days must be at least 1 after the previous step (it is 0)")
        let dayZero = LadderStep(name: "call", kind: .call, days: 0, from: .placement)
        #expect(message([dayZero, review]) == nil)
        let negative = LadderStep(name: "call", kind: .call, days: -1, from: .placement)
        #expect(Ladder.problems(in: [negative]).first?.field == .days)
        let long = LadderStep(name: "call", kind: .call, days: 400, from: .placement)
        #expect(Ladder.problems(in: [long]).first?.field == .days)
    }

    @Test("only the four ladder letters, EUR minimums, none on a review, and unique names")
    func stepRules() {
        let promise = LadderStep(name: "confirm", kind: .letter(.promiseConfirmation), days: 3, from: .previousStep)
        #expect(message([call, promise])?.contains("'promise-confirmation' is not a ladder letter") == true)
        let pounds = LadderStep(name: "letter", kind: .letter(.firm), days: 3, from: .previousStep,
                                minimumBalance: Money(minorUnits: 100, currency: .gbp))
        #expect(Ladder.problems(in: [call, pounds]).map(\.field) == [.minimumBalance])
        let reviewMinimum = LadderStep(name: "review", kind: .review, days: 15, from: .previousStep, minimumBalance: F.eur(100))
        #expect(Ladder.problems(in: [call, reviewMinimum]).map(\.field) == [.minimumBalance])
        #expect(message([call, call])?.contains("same name") == true)
        let unnamed = LadderStep(name: "  ", kind: .call, days: 1, from: .placement)
        #expect(Ladder.problems(in: [unnamed]).map(\.field) == [.name])
    }

    @Test("policy country keys are upper-case ISO codes; the minimum is EUR; risk categories run 0–7")
    func policy() throws {
        let ladder = try Ladder(steps: F.defaultSteps)
        #expect(throws: ValidationError.self) {
            try LadderPolicy(defaultLadder: ladder, countryLadders: ["nl": ladder], letterMinimumBalance: F.eur(0))
        }
        #expect(throws: ValidationError.self) {
            try LadderPolicy(defaultLadder: ladder, countryLadders: ["XX": ladder], letterMinimumBalance: F.eur(0))
        }
        #expect(throws: ValidationError.self) {
            try LadderPolicy(defaultLadder: ladder, letterMinimumBalance: Money(minorUnits: 5_000, currency: .usd))
        }
        #expect(throws: ValidationError.self) { try CountryRisk(category: 8) }
        #expect(throws: ValidationError.self) { try CountryRisk(category: -1) }
        let labels = try (0...7).map { try CountryRisk(category: $0).label }
        #expect(labels == ["low", "low", "moderate", "moderate", "elevated", "elevated", "high", "high"])
    }
}
