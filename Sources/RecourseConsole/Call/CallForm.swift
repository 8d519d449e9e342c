import Foundation
import RecourseCore
import TermUI

/// What the call form asks of the app after a key.
enum CallFormCommand: Equatable {
    case none
    /// Close without saving.
    case cancel
    /// Check and save; `andNext` opens the next case in the queue afterwards.
    case save(andNext: Bool)
}

/// The call form's state: what has been typed, where the focus is, and what is wrong.
/// Nothing typed is ever thrown away by a failed save.
struct CallForm {
    let detail: CaseDetail
    private(set) var focus: CallFormField = .contact
    /// 0 = nobody, 1…n = the debtor's contacts, n+1 = a new contact.
    private(set) var contactIndex = 0
    private(set) var direction: CallDirection = .outbound
    private(set) var frequencyIndex = 2
    var inputs: [CallFormField: TextInput] = [:]
    var note = NoteEditor()
    /// Problems from the last save attempt, re-checked as the user types.
    var problems = CallProblems()
    /// Set after the first save attempt: from then on problems follow every keystroke.
    var checking = false
    /// Why the last save failed (locked file, case closed…), shown above the form.
    var saveError: String?
    /// The discard question, when Esc was pressed on a changed form.
    var confirmingDiscard = false
    /// The plan the plan fields describe, as the core would save it (schedule and approval).
    var planPreview: PlanDraft?
    private var initial: CallEntry

    init(detail: CaseDetail) {
        self.detail = detail
        for field in CallFormField.allCases where !field.isChoice && field != .note {
            inputs[field] = TextInput(maxLength: field == .disputeReason || field == .practitioner ? 200 : 60,
                                      placeholder: Self.placeholder(field, detail: detail))
        }
        initial = CallEntry(reference: detail.collectionCase.reference)
        initial = entry
        // Start on the first contact with a working phone: that is who is usually called.
        if let index = detail.debtor.contacts.firstIndex(where: { $0.phone != nil && !$0.phoneInvalid }) {
            contactIndex = index + 1
            initial = entry
        }
    }

    private static func placeholder(_ field: CallFormField, detail: CaseDetail) -> String? {
        switch field {
        case .outcome: return "code, e.g. PTP"
        case .promiseAmount: return CallLogger.mainCurrency(of: detail)?.code
        case .promiseDate, .planFirstDate: return "YYYY-MM-DD"
        case .callback: return "YYYY-MM-DD HH:MM (debtor's time)"
        case .disputedClaims: return "all open claims, or 1,2 / invoice numbers"
        case .planInstalments: return "2–60"
        default: return nil
        }
    }

    /// The outcome typed so far, if it is a code.
    var outcome: CallOutcome? { CallOutcome(rawValue: text(.outcome).trimmingCharacters(in: .whitespaces).uppercased()) }

    /// The frequency chosen for a plan.
    var frequency: PlanFrequency { PlanFrequency.allCases[frequencyIndex] }

    /// The fields on show, in tab order.
    var fields: [CallFormField] {
        var fields: [CallFormField] = [.contact]
        if isNewContact { fields += [.contactName, .contactRole, .contactPhone] }
        fields += [.direction, .outcome, .duration]
        fields += CallFormField.fields(for: outcome)
        return fields + [.note]
    }

    var isNewContact: Bool { contactIndex == detail.debtor.contacts.count + 1 }

    func text(_ field: CallFormField) -> String { inputs[field]?.text ?? "" }

    /// The entry as the core sees it.
    var entry: CallEntry {
        var entry = CallEntry(reference: detail.collectionCase.reference)
        if isNewContact {
            entry.contact = .new(name: text(.contactName), role: text(.contactRole), phone: text(.contactPhone))
        } else if contactIndex > 0, contactIndex <= detail.debtor.contacts.count {
            entry.contact = .existing(detail.debtor.contacts[contactIndex - 1].id)
        }
        entry.direction = direction
        entry.outcome = text(.outcome)
        entry.duration = text(.duration)
        entry.note = note.text
        entry.promiseAmount = text(.promiseAmount)
        entry.promiseDate = text(.promiseDate)
        entry.planInstalments = text(.planInstalments)
        entry.planFirstDate = text(.planFirstDate)
        entry.planFrequency = frequency.rawValue
        entry.callback = text(.callback)
        entry.disputeReason = text(.disputeReason)
        entry.disputedClaims = text(.disputedClaims)
        entry.practitioner = text(.practitioner)
        return entry
    }

    /// True when anything differs from how the form opened.
    var isDirty: Bool { entry != initial }

    /// The problem to show next to a field.
    func problem(for field: CallFormField) -> String? {
        field.checked.lazy.compactMap { problems.messages[$0] }.first
    }

    /// Handles a key; returns what the app must do.
    mutating func handle(_ key: KeyEvent) -> CallFormCommand {
        if confirmingDiscard { return handleDiscardQuestion(key) }
        switch key {
        case .ctrl("s"): return .save(andNext: false)
        case .ctrl("n"): return .save(andNext: true)
        case .escape:
            if isDirty {
                confirmingDiscard = true
                return .none
            }
            return .cancel
        case .tab: move(1)
        case .backTab: move(-1)
        case .enter where focus != .note: move(1)
        case .down where focus != .note: move(1)
        case .up where focus != .note: move(-1)
        default: edit(key)
        }
        return .none
    }

    private mutating func handleDiscardQuestion(_ key: KeyEvent) -> CallFormCommand {
        switch key {
        case .character("y"), .character("Y"), .character("d"): return .cancel
        default:
            confirmingDiscard = false
            return .none
        }
    }

    private mutating func move(_ step: Int) {
        let order = fields
        guard let index = order.firstIndex(of: focus) else {
            focus = order.first ?? .contact
            return
        }
        focus = order[(index + step + order.count) % order.count]
    }

    private mutating func edit(_ key: KeyEvent) {
        switch focus {
        case .contact: contactIndex = Self.cycle(contactIndex, count: detail.debtor.contacts.count + 2, key: key)
        case .direction:
            if Self.cycle(0, count: 2, key: key) != 0 { direction = direction == .outbound ? .inbound : .outbound }
        case .planFrequency: frequencyIndex = Self.cycle(frequencyIndex, count: PlanFrequency.allCases.count, key: key)
        case .outcome where key == .left || key == .right:
            let codes = CallOutcome.allCases.map(\.rawValue)
            let current = codes.firstIndex(of: text(.outcome).uppercased()) ?? (key == .right ? -1 : 0)
            inputs[.outcome]?.setText(codes[(current + (key == .right ? 1 : -1) + codes.count) % codes.count])
        case .note: _ = note.handle(key)
        default: _ = inputs[focus]?.handle(key)
        }
    }

    /// ←/→/space step through a choice; other keys leave it.
    private static func cycle(_ index: Int, count: Int, key: KeyEvent) -> Int {
        switch key {
        case .right, .character(" "): return (index + 1) % count
        case .left: return (index - 1 + count) % count
        default: return index
        }
    }

    /// Puts focus on the first field with a problem.
    mutating func focusFirstProblem() {
        if let field = fields.first(where: { problem(for: $0) != nil }) { focus = field }
    }
}

extension CallForm {
    /// Re-checks after a change: the problems once a save was attempted, and the plan preview.
    mutating func recheck(_ services: any ConsoleServices) {
        if checking {
            switch services.prepareCall(entry, detail: detail) {
            case .success: problems = CallProblems()
            case .failure(let found): problems = found
            }
        }
        planPreview = nil
        guard outcome == .plan else { return }
        var planOnly = CallEntry(reference: detail.collectionCase.reference)
        planOnly.outcome = CallOutcome.plan.rawValue
        planOnly.planInstalments = text(.planInstalments)
        planOnly.planFirstDate = text(.planFirstDate)
        planOnly.planFrequency = frequency.rawValue
        if case .success(let write) = services.prepareCall(planOnly, detail: detail) { planPreview = write.plan }
    }
}
