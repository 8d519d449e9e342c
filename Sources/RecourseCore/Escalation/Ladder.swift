/// An amicable ladder: the steps a case goes through, in order. Validated on creation.
public struct Ladder: Hashable, Sendable {
    /// The steps, in order; never empty.
    public let steps: [LadderStep]

    /// The longest wait a step may have, in days.
    public static let maximumDays = 365

    /// A ladder; throws naming the first step that breaks a rule (see `problems(in:)`).
    public init(steps: [LadderStep]) throws(ValidationError) {
        if let problem = Ladder.problems(in: steps).first {
            throw ValidationError(field: "ladder", message: problem.description)
        }
        self.steps = steps
    }

    /// When step `index` falls due, the step before it having been taken (or skipped) on `previousOn`;
    /// nil past the last step. Step 0 falls due `days` after placement. A later step counted from the
    /// previous one falls due `days` after `previousOn`; one counted from placement on `placedOn + days`,
    /// but never before the day after `previousOn`.
    public func dueDate(ofStep index: Int, previousOn: LocalDate, placedOn: LocalDate) -> LocalDate? {
        guard steps.indices.contains(index) else { return nil }
        let step = steps[index]
        if index == 0 { return placedOn.adding(days: step.days) }
        switch step.from {
        case .previousStep: return previousOn.adding(days: step.days)
        case .placement: return max(placedOn.adding(days: step.days), previousOn.adding(days: 1))
        }
    }

    /// Every rule `steps` breaks, in order: steps exist; each has a name, unique in the ladder; days
    /// from 0 (from placement) or 1 (from the previous step) to `maximumDays`; letters are ladder
    /// letters; a minimum balance is a non-negative EUR amount and not on a review; at most one review, last.
    public static func problems(in steps: [LadderStep]) -> [LadderProblem] {
        guard !steps.isEmpty else { return [LadderProblem(index: nil, stepName: nil, field: nil, message: "the ladder has no steps")] }
        var problems: [LadderProblem] = []
        var seenNames: Set<String> = []
        let reviews = steps.indices.filter { steps[$0].kind == .review }
        for (index, step) in steps.enumerated() {
            func problem(_ field: LadderStepField, _ message: String) {
                problems.append(LadderProblem(index: index, stepName: step.name, field: field, message: message))
            }
            let trimmed = step.name.trimmingWhitespace()
            if trimmed.isEmpty { problem(.name, "the step has no name") }
            else if !seenNames.insert(trimmed).inserted { problem(.name, "another step has the same name; names must be unique in a ladder") }
            let least = step.from == .previousStep ? 1 : 0
            if step.days < least {
                problem(.days, step.from == .previousStep
                    ? "days must be at least 1 after the previous step (it is \(step.days))"
                    : "days must not be negative (it is \(step.days))")
            } else if step.days > maximumDays {
                problem(.days, "days must be at most \(maximumDays) (it is \(step.days))")
            }
            if case .letter(let level) = step.kind, level.ladderNumber == nil {
                problem(.kind, "'\(level.rawValue)' is not a ladder letter; use reminder, firm, final or before-action")
            }
            if let minimum = step.minimumBalance {
                if step.kind == .review {
                    problem(.minimumBalance, "a review step takes no minimum balance: every case that reaches it goes to review")
                } else if minimum.currency != .eur || minimum.isNegative {
                    problem(.minimumBalance, "the minimum balance must be a EUR amount of zero or more (it is \(minimum.currency.code) \(minimum.decimalString))")
                }
            }
            if step.kind == .review && index != steps.count - 1 {
                problem(.kind, "the review must be the last step")
            } else if step.kind == .review && reviews.count > 1 {
                problem(.kind, "a ladder has at most one review step")
            }
        }
        return problems
    }
}

/// The part of a step a problem is about.
public enum LadderStepField: String, Hashable, Sendable {
    /// The step's name.
    case name
    /// Its kind (and the letter level).
    case kind
    /// Its days.
    case days
    /// What its days count from.
    case from
    /// Its minimum balance.
    case minimumBalance
}

/// One rule a ladder breaks, naming the step (by position and name) and the field.
public struct LadderProblem: Hashable, Sendable, CustomStringConvertible {
    /// The step's position (0-based), nil for a problem with the whole ladder.
    public let index: Int?
    /// The step's name as given.
    public let stepName: String?
    /// The field the problem is about.
    public let field: LadderStepField?
    /// What is wrong, as a sentence.
    public let message: String

    /// A problem.
    public init(index: Int?, stepName: String?, field: LadderStepField?, message: String) {
        self.index = index
        self.stepName = stepName
        self.field = field
        self.message = message
    }

    /// `step 3 'firm reminder': days must be …`, or the message alone for the whole ladder.
    public var description: String {
        guard let index else { return message }
        let name = stepName.map { $0.trimmingWhitespace().isEmpty ? "" : " '\($0)'" } ?? ""
        return "step \(index + 1)\(name): \(message)"
    }
}
