extension LadderEvaluator {
    /// Where a case without a stored cursor stands on `ladder`, derived from its history; the store
    /// persists the result.
    ///
    /// - review requested: past the review step (past the end when the ladder has none);
    /// - ladder letters in history: after the step of the highest one (the last letter step of that
    ///   level or a lower one, for ladders that lack the level), dated by its latest entry; when the
    ///   step after it is a call and a call was logged after that letter, after that call too, dated by it;
    /// - calls but no letters: after the ladder's first call step, dated by the last call;
    /// - nothing: step 0, due `days` after placement.
    ///
    /// The next step's due date follows its anchor from that date (`Ladder.dueDate`). Past the end,
    /// the date is the last known ladder activity and means nothing.
    public func initialCursor(_ facts: LadderFacts, ladder: Ladder) -> (next: Int, dueOn: LocalDate) {
        let steps = ladder.steps
        let letters = facts.historyLetterLevels.compactMap { entry in entry.level.ladderNumber.map { (number: $0, on: entry.on) } }
        let lastCall = facts.lastCallOn ?? facts.firstCallOn
        func after(_ index: Int, on date: LocalDate) -> (next: Int, dueOn: LocalDate) {
            (index + 1, ladder.dueDate(ofStep: index + 1, previousOn: date, placedOn: facts.placedOn) ?? date)
        }
        if facts.reviewRequested {
            let latest = ([facts.placedOn] + letters.map(\.on) + [lastCall].compactMap { $0 }).max() ?? facts.placedOn
            let review = steps.lastIndex { $0.kind == .review } ?? steps.count - 1
            return after(review, on: latest)
        }
        if let highest = letters.map(\.number).max() {
            let reached = steps.lastIndex { step in
                guard case .letter(let level) = step.kind, let number = level.ladderNumber else { return false }
                return number <= highest
            }
            if let reached {
                let date = letters.filter { $0.number == highest }.map(\.on).max() ?? facts.placedOn
                if steps.indices.contains(reached + 1), steps[reached + 1].kind == .call, let lastCall, lastCall > date {
                    return after(reached + 1, on: lastCall)
                }
                return after(reached, on: date)
            }
        }
        if let lastCall, let firstCallStep = steps.firstIndex(where: { $0.kind == .call }) {
            return after(firstCallStep, on: lastCall)
        }
        return (0, facts.placedOn.adding(days: steps.first?.days ?? 0))
    }
}
