import Foundation

extension CallEntryCheck {
    /// Checks the fields the outcome needs: PTP amount and date, PLAN schedule, CB time, DISP reason and claims.
    mutating func checkOutcomeFields(_ outcome: CallOutcome) -> OutcomeEffects {
        var effects = OutcomeEffects()
        switch outcome {
        case .promiseToPay: effects.promise = checkPromise()
        case .plan: effects.plan = checkPlan()
        case .callback: effects.callbackAt = checkCallback()
        case .dispute: effects.disputedClaimIds = checkDispute()
        case .insolvency:
            let name = entry.practitioner.trimmingWhitespace()
            effects.practitioner = name.isEmpty ? nil : name
        default: break
        }
        effects.detail = describe(outcome, effects)
        return effects
    }

    private func describe(_ outcome: CallOutcome, _ effects: OutcomeEffects) -> String? {
        switch outcome {
        case .promiseToPay:
            guard let promise = effects.promise else { return nil }
            return "promise \(money.string(promise.amount)) by \(promise.dueOn)" + (promise.outOfPolicy ? " (outside policy, approved by \(session.user.login))" : "")
        case .plan:
            guard let plan = effects.plan, let first = plan.instalments.first else { return nil }
            let total = plan.instalments.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            let sum = money.string(Money(minorUnits: total, currency: first.amount.currency))
            return "plan \(plan.instalments.count) × \(plan.frequency.rawValue) from \(first.dueOn), \(sum)"
                + (plan.awaitingApproval ? " (awaiting approval)" : "")
        case .callback:
            guard let at = effects.callbackAt else { return nil }
            return "callback \(Timestamp.localString(of: at, in: debtorZone)) \(detail.debtor.timeZone)"
        case .dispute:
            let numbers = detail.claims.filter { effects.disputedClaimIds.contains($0.id) }.map(\.invoiceNumber)
            return "dispute: \(entry.disputeReason.trimmingWhitespace()) (\(numbers.joined(separator: ", ")))"
        case .insolvency:
            return "insolvency reported" + (effects.practitioner.map { "; practitioner \($0)" } ?? "")
        case .wrongNumber:
            return "number marked wrong"
        default:
            return nil
        }
    }

    private mutating func checkPromise() -> PromiseDraft? {
        let amount = parseAmount(entry.promiseAmount, field: .promiseAmount)
        let date = parseDate(entry.promiseDate, field: .promiseDate, name: "promise date")
        guard let amount, let date else { return nil }
        var outside: [String] = []
        let owed = detail.balance.outstanding.amount(in: amount.currency)
        if amount.minorUnits > owed.minorUnits { outside.append("more than the \(money.string(owed)) outstanding") }
        if date.daysSinceEpoch - today.daysSinceEpoch > policy.promiseMaxDaysAhead {
            outside.append("more than \(policy.promiseMaxDaysAhead) days ahead")
        }
        if !outside.isEmpty && !session.user.role.canSupervise {
            let field: CallField = amount.minorUnits > owed.minorUnits ? .promiseAmount : .promiseDate
            problems.add(field, outside.joined(separator: " and ") + ": needs a supervisor's approval")
            return nil
        }
        return PromiseDraft(amount: amount, madeOn: today, dueOn: date, graceDays: policy.promiseGraceDays, outOfPolicy: !outside.isEmpty)
    }

    private mutating func checkPlan() -> PlanDraft? {
        let countText = entry.planInstalments.trimmingWhitespace()
        let count = Int(countText)
        if count == nil || !(2...60).contains(count ?? 0) {
            problems.add(.planInstalments, countText.isEmpty ? "how many instalments?" : "'\(countText)' is not a number of instalments (2–60)")
        }
        let first = parseDate(entry.planFirstDate, field: .planFirstDate, name: "first instalment")
        let frequency = PlanFrequency(rawValue: entry.planFrequency.trimmingWhitespace().lowercased())
        if frequency == nil { problems.add(.planFrequency, "use weekly, fortnightly or monthly") }
        guard let currency = CallLogger.mainCurrency(of: detail) else {
            problems.add(.planInstalments, "nothing outstanding to plan")
            return nil
        }
        let total = detail.balance.outstanding.amount(in: currency)
        if !total.isPositive { problems.add(.planInstalments, "nothing outstanding to plan") }
        guard let count, (2...60).contains(count), let first, let frequency, total.isPositive else { return nil }
        let instalments = PlanDraft.schedule(total: total, count: count, first: first, frequency: frequency)
        let lastDay = instalments.last?.dueOn ?? first
        let beyond = count > policy.planMaxInstalments
            || today.days(until: lastDay) > policy.planMaxDays
            || today.days(until: first) > policy.promiseMaxDaysAhead
        return PlanDraft(frequency: frequency, instalments: instalments, graceDays: policy.promiseGraceDays, awaitingApproval: beyond)
    }

    private mutating func checkCallback() -> Date? {
        let text = entry.callback.trimmingWhitespace()
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let clockParts = parts.count == 2 ? parts[1].split(separator: ":") : []
        guard parts.count == 2, let day = try? LocalDate.parse(String(parts[0])), clockParts.count == 2,
              let hour = Int(clockParts[0]), let minute = Int(clockParts[1]), (0..<24).contains(hour), (0..<60).contains(minute),
              clockParts[1].count == 2 else {
            problems.add(.callback, text.isEmpty ? "when should we call back? YYYY-MM-DD HH:MM, debtor's time"
                         : "'\(text)' is not a time; use YYYY-MM-DD HH:MM in the debtor's time (\(detail.debtor.timeZone))")
            return nil
        }
        let instant = Timestamp.instant(of: day, minuteOfDay: hour * 60 + minute, in: debtorZone)
        if instant <= clock.now {
            problems.add(.callback, "\(text) in \(detail.debtor.timeZone) has passed")
            return nil
        }
        if day > today.adding(days: 60) {
            problems.add(.callback, "a callback more than 60 days ahead is a next action, not a callback")
            return nil
        }
        return instant
    }

    private mutating func checkDispute() -> [Int64] {
        if entry.disputeReason.trimmingWhitespace().isEmpty { problems.add(.disputeReason, "why does the debtor dispute?") }
        let open = detail.claims.filter(\.isOpen)
        let text = entry.disputedClaims.trimmingWhitespace()
        guard !text.isEmpty else {
            if open.isEmpty { problems.add(.disputedClaims, "no open claim to dispute") }
            return open.map(\.id)
        }
        var ids: [Int64] = []
        for token in text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
            if let position = Int(token), (1...detail.claims.count).contains(position) {
                ids.append(detail.claims[position - 1].id)
            } else if let claim = detail.claims.first(where: { $0.invoiceNumber.caseInsensitiveEquals(token) }) {
                ids.append(claim.id)
            } else {
                problems.add(.disputedClaims, "'\(token)' is not one of this case's claims (1–\(detail.claims.count) or an invoice number)")
            }
        }
        return Array(Set(ids)).sorted()
    }

    private mutating func parseAmount(_ text: String, field: CallField) -> Money? {
        guard let currency = CallLogger.mainCurrency(of: detail) else {
            problems.add(field, "this case has no claims")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            problems.add(field, "how much was promised? (\(currency.code))")
            return nil
        }
        let chosen = detail.balance.outstanding.nonZero.first { trimmed.uppercased().hasPrefix($0.currency.code) }?.currency ?? currency
        do {
            let amount = try amounts.parse(trimmed, currency: chosen)
            guard amount.isPositive else {
                problems.add(field, "the amount must be more than zero")
                return nil
            }
            return amount
        } catch {
            problems.add(field, error.description)
            return nil
        }
    }

    private mutating func parseDate(_ text: String, field: CallField, name: String) -> LocalDate? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            problems.add(field, "\(name)? YYYY-MM-DD")
            return nil
        }
        guard let date = try? LocalDate.parse(trimmed) else {
            problems.add(field, "'\(trimmed)' is not a date; use YYYY-MM-DD")
            return nil
        }
        if date < today {
            problems.add(field, "\(date) has passed")
            return nil
        }
        return date
    }
}

extension String {
    /// Equal ignoring ASCII case.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
