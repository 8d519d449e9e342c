import Foundation
import RecourseCore
import TermUI

/// The state of a decision dialog: what has been typed, the lawyer chosen, where the focus is and
/// what is wrong. Nothing is decided until every field checks out; a write-off asks once more.
struct DecisionForm {
    let kind: DecisionKind
    let item: ReviewItem
    /// The case's main currency: amounts typed without a code are in it.
    let currency: Currency
    /// The directory's lawyers in the debtor's country (legal only).
    let lawyers: [Lawyer]
    /// The plan waiting for approval (plan decisions only).
    let plan: PaymentPlan?
    /// How the claim was prefilled, or why without interest (insolvency only).
    let claimNote: String?
    private(set) var lawyerIndex = 0
    private(set) var focus: DecisionField?
    /// The text fields (drawing keeps their scroll position).
    var inputs: [DecisionField: TextInput] = [:]
    /// Problems by field, from the last Enter and then as the user types.
    private(set) var problems: [DecisionField: String] = [:]
    /// The last question before a write-off: "Write off RC-… for EUR …? y/n".
    private(set) var confirming = false
    private var checked = false
    private let today: LocalDate
    private let parser: AmountParser

    /// What a key asks of the app.
    enum Outcome: Equatable {
        case none, cancel
        case submit(ReviewDecision)
    }

    init(
        kind: DecisionKind, item: ReviewItem, currency: Currency, lawyers: [Lawyer] = [], plan: PaymentPlan? = nil, claim: [Money] = [],
        claimNote: String? = nil, today: LocalDate, money: MoneyFormatter
    ) {
        self.kind = kind
        self.item = item
        self.currency = currency
        self.lawyers = lawyers
        self.plan = plan
        self.claimNote = claimNote
        self.today = today
        parser = AmountParser(conventions: money.conventions)
        focus = kind.fields.first
        let example = money.number(Money(minorUnits: 150_000 * currency.minorUnitsPerMajor / 100, currency: currency))
        for field in kind.fields where field != .lawyer {
            inputs[field] = TextInput(maxLength: field == .costs || field == .deadline || field == .until ? 40 : 300,
                                      placeholder: Self.placeholder(field, currency: currency, example: example, today: today))
        }
        if kind == .insolvency, !claim.isEmpty {
            inputs[.claimed]?.setText(claim.map(money.string).joined(separator: " + "))
        }
    }

    private static func placeholder(_ field: DecisionField, currency: Currency, example: String, today: LocalDate) -> String {
        switch field {
        case .lawyer: return ""
        case .costs: return "\(currency.code), e.g. \(example)"
        case .nextStep: return "what the lawyer does next"
        case .practitioner: return "administrator, liquidator or trustee"
        case .deadline: return "YYYY-MM-DD"
        case .claimed: return "\(currency.code) amount; several with +"
        case .until: return "YYYY-MM-DD, e.g. \(today.adding(days: 30))"
        case .reason: return "recorded with the decision"
        case .note: return "what the caseworker should do"
        }
    }

    /// The footer's keys for this dialog: Tab only with several fields, ←/→ only with a lawyer to pick.
    var hints: [KeyHint] {
        if confirming { return [KeyHint(key: "y", description: "write off"), KeyHint(key: "n", description: "keep editing")] }
        var hints = [KeyHint(key: "Enter", description: kind == .approvePlan ? "approve" : "decide")]
        if kind.fields.count > 1 { hints.append(KeyHint(key: "Tab", description: "next field")) }
        if kind.fields.contains(.lawyer) { hints.append(KeyHint(key: "←/→", description: "choose")) }
        return hints + [KeyHint(key: "Esc", description: "cancel")]
    }

    /// The text typed in a field.
    func text(_ field: DecisionField) -> String { inputs[field]?.text ?? "" }

    /// The lawyer chosen, if the directory has any.
    var lawyer: Lawyer? { lawyers.indices.contains(lawyerIndex) ? lawyers[lawyerIndex] : nil }

    /// Handles a key; returns what the app must do.
    mutating func handle(_ key: KeyEvent) -> Outcome {
        if confirming { return handleConfirmation(key) }
        switch key {
        case .escape: return .cancel
        case .enter: return submit()
        case .tab: move(1)
        case .backTab: move(-1)
        default:
            if focus == .lawyer {
                chooseLawyer(key)
            } else if key == .down || key == .up {
                move(key == .down ? 1 : -1)
            } else if let field = focus {
                _ = inputs[field]?.handle(key)
                if checked { problems = check().problems }
            }
        }
        return .none
    }

    /// Shows a refusal of the desk next to its field; false when it names no field of this dialog.
    mutating func show(_ error: ValidationError) -> Bool {
        guard let field = DecisionField(coreField: error.field), kind.fields.contains(field) else { return false }
        problems[field] = error.message
        focus = field
        confirming = false
        return true
    }

    private mutating func handleConfirmation(_ key: KeyEvent) -> Outcome {
        confirming = false
        guard key == .character("y") || key == .character("Y"), let decision = check().decision else { return .none }
        return .submit(decision)
    }

    private mutating func submit() -> Outcome {
        checked = true
        let result = check()
        problems = result.problems
        guard let decision = result.decision else {
            focus = kind.fields.first { problems[$0] != nil } ?? focus
            return .none
        }
        if kind == .writeOff {
            confirming = true
            return .none
        }
        return .submit(decision)
    }

    private mutating func move(_ step: Int) {
        let order = kind.fields
        guard !order.isEmpty else { return }
        let index = focus.flatMap { order.firstIndex(of: $0) } ?? 0
        focus = order[(index + step + order.count) % order.count]
    }

    private mutating func chooseLawyer(_ key: KeyEvent) {
        guard !lawyers.isEmpty else { return }
        switch key {
        case .right, .down, .character("j"), .character(" "): lawyerIndex = (lawyerIndex + 1) % lawyers.count
        case .left, .up, .character("k"): lawyerIndex = (lawyerIndex + lawyers.count - 1) % lawyers.count
        case .home, .character("g"): lawyerIndex = 0
        case .end, .character("G"): lawyerIndex = lawyers.count - 1
        default: return
        }
        if checked { problems = check().problems }
    }

    /// The decision as typed, or the problems of every field that is wrong.
    func check() -> (decision: ReviewDecision?, problems: [DecisionField: String]) {
        var problems: [DecisionField: String] = [:]
        func required(_ field: DecisionField, _ message: String) -> String {
            let value = text(field).trimmingCharacters(in: .whitespaces)
            if value.isEmpty { problems[field] = message }
            return value
        }
        func day(_ field: DecisionField) -> LocalDate? {
            let value = required(field, "a date is needed: YYYY-MM-DD")
            guard !value.isEmpty else { return nil }
            do {
                return try LocalDate.parse(value, field: field.label.lowercased())
            } catch {
                problems[field] = error.message
                return nil
            }
        }
        let decision: ReviewDecision?
        switch kind {
        case .legal:
            if lawyer == nil { problems[.lawyer] = "no lawyer for \(item.country.code) in the directory yet" }
            let costsText = required(.costs, "the estimated costs are needed (0 if none)")
            var costs: Money?
            if !costsText.isEmpty {
                do { costs = try parser.parse(costsText, defaultCurrency: currency) } catch { problems[.costs] = error.description }
            }
            let nextStep = required(.nextStep, "say what the lawyer does next")
            decision = lawyer.flatMap { lawyer in costs.map { .legal(lawyerId: lawyer.id, estimatedCosts: $0, nextStep: nextStep) } }
        case .insolvency:
            let practitioner = required(.practitioner, "name the insolvency practitioner")
            let deadline = day(.deadline)
            let claimedText = required(.claimed, "the amount to claim is needed")
            var claimed: [Money]?
            if !claimedText.isEmpty {
                do { claimed = try parser.parseSum(claimedText, defaultCurrency: currency) } catch { problems[.claimed] = error.description }
            }
            decision = deadline.flatMap { deadline in claimed.map { .insolvency(practitioner: practitioner, filingDeadline: deadline, claimed: $0) } }
        case .extend:
            let until = day(.until)
            let reason = required(.reason, "say why collection stays amicable")
            decision = until.map { .extend(until: $0, reason: reason) }
        case .writeOff: decision = .writeOff(reason: required(.reason, "say why the debt is written off"))
        case .returnToCaseworker: decision = .returnToCaseworker(note: required(.note, "the caseworker needs a note"))
        case .approvePlan: decision = .approvePlan
        case .declinePlan: decision = .declinePlan(reason: required(.reason, "say why the plan is declined"))
        }
        guard problems.isEmpty, let decision else { return (nil, problems) }
        do {
            try decision.validate(asOf: today)
        } catch {
            problems[DecisionField(coreField: error.field) ?? kind.fields.first ?? .reason] = error.message
            return (nil, problems)
        }
        return (decision, problems)
    }
}
