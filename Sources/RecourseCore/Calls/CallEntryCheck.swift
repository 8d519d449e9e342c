import Foundation

/// Checks one call entry field by field and builds the write. Every problem is collected, so the
/// form can show them all at once next to their fields.
struct CallEntryCheck {
    let entry: CallEntry
    let detail: CaseDetail
    let session: Session
    let clock: any Clock
    let policy: CallPolicy
    let amounts: AmountParser
    let money: MoneyFormatter
    var problems = CallProblems()

    init(entry: CallEntry, detail: CaseDetail, session: Session, clock: any Clock, policy: CallPolicy,
         amounts: AmountParser, money: MoneyFormatter) {
        self.entry = entry
        self.detail = detail
        self.session = session
        self.clock = clock
        self.policy = policy
        self.amounts = amounts
        self.money = money
    }

    var today: LocalDate { clock.today }

    var debtorZone: TimeZone { TimeZone(identifier: detail.debtor.timeZone) ?? clock.timeZone }

    mutating func run() -> Result<CallWrite, CallProblems> {
        if detail.collectionCase.stage == .closed {
            problems.add(.caseState, "\(detail.collectionCase.reference) is closed; calls are logged on open cases only")
        }
        let outcome = checkOutcome()
        let contact = checkContact(outcome: outcome)
        let duration = checkDuration()
        let note = entry.note.trimmingWhitespace()
        if note.count > 20_000 { problems.add(.note, "notes are limited to 20,000 characters") }
        var effects = OutcomeEffects()
        if let outcome { effects = checkOutcomeFields(outcome) }
        guard problems.isEmpty, let outcome else { return .failure(problems) }

        let step = policy.nextStep(after: outcome)
        let (nextAction, nextOn, review) = nextAction(step, effects: effects)
        let record = CallRecord(
            direction: entry.direction, contactName: contact.name, outcome: outcome, durationMinutes: duration,
            note: note.isEmpty ? nil : note, outcomeDetail: effects.detail)
        return .success(CallWrite(
            caseId: detail.collectionCase.id, reference: detail.collectionCase.reference, actor: session.user, at: clock.now,
            record: record, newContact: contact.new, invalidPhoneContactId: outcome == .wrongNumber ? contact.existingId : nil,
            promise: effects.promise, plan: effects.plan, disputedClaimIds: effects.disputedClaimIds, callbackAt: effects.callbackAt,
            nextAction: nextAction, nextActionOn: nextOn, requestsReview: review, practitioner: effects.practitioner,
            startsAmicable: detail.collectionCase.stage == .new))
    }

    private mutating func checkOutcome() -> CallOutcome? {
        let code = entry.outcome.trimmingWhitespace().uppercased()
        guard !code.isEmpty else {
            problems.add(.outcome, "choose an outcome")
            return nil
        }
        guard let outcome = CallOutcome(rawValue: code) else {
            let codes = CallOutcome.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(.outcome, "'\(entry.outcome)' is not an outcome code; use one of \(codes)")
            return nil
        }
        return outcome
    }

    private mutating func checkContact(outcome: CallOutcome?) -> (name: String?, new: Contact?, existingId: Int64?) {
        switch entry.contact {
        case .none:
            if outcome == .wrongNumber { problems.add(.contact, "choose the contact whose number was wrong") }
            return (nil, nil, nil)
        case .existing(let id):
            guard let contact = detail.debtor.contacts.first(where: { $0.id == id }) else {
                problems.add(.contact, "that contact does not belong to \(detail.debtor.name)")
                return (nil, nil, nil)
            }
            if outcome == .wrongNumber && contact.phone == nil {
                problems.add(.contact, "\(contact.name) has no phone number to mark as wrong")
            }
            return (contact.name, nil, id)
        case .new(let name, let role, let phone):
            let name = name.trimmingWhitespace(), role = role.trimmingWhitespace(), phone = phone.trimmingWhitespace()
            if name.isEmpty { problems.add(.contactName, "a new contact needs a name") }
            if !phone.isEmpty && !Self.looksLikePhone(phone) {
                problems.add(.contactPhone, "'\(phone)' is not a phone number (digits, spaces, + - ( ) /, 6–20 digits)")
            }
            if outcome == .wrongNumber { problems.add(.contact, "a wrong number is marked on an existing contact") }
            let contact = Contact(id: 0, name: name, role: role.isEmpty ? "Contact" : role, phone: phone.isEmpty ? nil : phone, email: nil)
            return (name, contact, nil)
        }
    }

    static func looksLikePhone(_ text: String) -> Bool {
        let digits = text.filter(\.isASCIIDigit).count
        return (6...20).contains(digits) && text.allSatisfy { $0.isASCIIDigit || " +-()/.".contains($0) }
    }

    private mutating func checkDuration() -> Int? {
        let text = entry.duration.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        guard let minutes = Int(text), (0...600).contains(minutes) else {
            problems.add(.duration, "'\(text)' is not a number of minutes (0–600)")
            return nil
        }
        return minutes
    }

    /// The next action a step gives, and whether the case goes to review.
    private func nextAction(_ step: CallPolicy.NextStep, effects: OutcomeEffects) -> (NextAction, LocalDate, Bool) {
        switch step {
        case .callAfterBusinessDays(let days): return (.call, today.addingBusinessDays(days), false)
        case .callAfterPromise:
            if let promise = effects.promise { return (.call, promise.dueOn.adding(days: promise.graceDays + 1), false) }
            if let first = effects.plan?.instalments.first {
                return (.call, first.dueOn.adding(days: (effects.plan?.graceDays ?? 0) + 1), false)
            }
            return (.call, today.addingBusinessDays(1), false)
        case .callAtCallback:
            let day = effects.callbackAt.map { Timestamp.localDate(of: $0, in: clock.timeZone) } ?? today.addingBusinessDays(1)
            return (.call, day, false)
        case .review: return (.review, today.addingBusinessDays(1), true)
        case .pauseDays(let days): return (.call, today.adding(days: days), false)
        }
    }
}

/// What an outcome's own fields add to the call.
struct OutcomeEffects {
    var promise: PromiseDraft?
    var plan: PlanDraft?
    var disputedClaimIds: [Int64] = []
    var callbackAt: Date?
    var practitioner: String?
    var detail: String?
}
