import Foundation
import RecourseCore

/// Turns a case, the agency and the interest into a letter's merge data, every value formatted
/// for the letter's language. Refuses letters that would be wrong to send.
public struct MergeDataBuilder {
    /// The case as read now.
    public let detail: CaseDetail
    /// The level being written.
    public let level: LetterLevel
    /// The agency's letterhead and client account.
    public let agency: AgencyProfile
    /// The caseworker who drafts it.
    public let caseworker: User
    /// Statutory interest, nil when the jurisdiction grants none.
    public let interest: LetterInterest?
    /// The letter's date.
    public let letterDate: LocalDate
    /// The date payment must arrive by.
    public let payBy: LocalDate
    /// The language's conventions.
    public let locale: LetterLocale

    /// A builder for one letter.
    public init(
        detail: CaseDetail, level: LetterLevel, agency: AgencyProfile, caseworker: User, interest: LetterInterest?,
        letterDate: LocalDate, payBy: LocalDate, locale: LetterLocale
    ) {
        self.detail = detail
        self.level = level
        self.agency = agency
        self.caseworker = caseworker
        self.interest = interest
        self.letterDate = letterDate
        self.payBy = payBy
        self.locale = locale
    }

    /// The open, undisputed claims a letter demands, oldest due first.
    public static func demandedClaims(_ detail: CaseDetail) -> [Claim] {
        detail.claims.filter { $0.isOpen && !$0.disputed }.sorted { $0.dueOn != $1.dueOn ? $0.dueOn < $1.dueOn : $0.id < $1.id }
    }

    /// The merge data and the total demanded per currency; throws when the letter cannot be written.
    public func build() throws(RecourseError) -> (data: MergeValue, totalDue: MoneyBag) {
        let claims = Self.demandedClaims(detail)
        let reference = detail.collectionCase.reference
        guard detail.collectionCase.stage.isOpen else { throw .conflict("\(reference) is closed; no letter can be written") }
        guard !detail.collectionCase.disputed else {
            throw .conflict("\(reference) is disputed; no demand may go out until the dispute is resolved")
        }
        guard !claims.isEmpty else { throw .conflict("\(reference) has no open undisputed claim to demand") }
        var fields: [String: MergeValue] = [
            "level": .string(level.rawValue), "language": .string(locale.code), "letter_date": .string(locale.date(letterDate)),
            "reference": .string(reference), "pay_by": .string(locale.date(payBy)),
            "agency": .object([
                "name": .string(agency.name), "address_lines": .list(agency.addressLines.map(MergeValue.string)),
                "phone": .string(agency.phone), "email": .string(agency.email),
            ]),
            "creditor": .object(["name": .string(detail.creditor.name)]),
            "debtor": .object(debtorFields()),
            "caseworker": .object(["name": .string(caseworker.displayName)]),
            "claims": .list(claims.map(claimFields)),
            "claims_table": .string(claimsTable(claims)),
            "payment": .object(try paymentFields()),
        ]
        if let contact = detail.debtor.contacts.first(where: { !$0.name.isEmpty }) {
            fields["contact"] = .object(["name": .string(contact.name), "role": .string(contact.role)])
        }
        let principal = MoneyBag(claims.map(\.outstanding))
        fields["outstanding"] = .list(principal.nonZero.map { .string(locale.money($0)) })
        var total = principal
        if let interest, !interest.interest.nonZero.isEmpty || !interest.compensation.nonZero.isEmpty {
            fields["interest"] = .object(interestFields(interest))
            for amount in interest.interest.nonZero + interest.compensation.nonZero { total.add(amount) }
        }
        fields["total_due"] = .list(LetterDesk.claimCurrenciesFirst(total.nonZero, claims: claims).map { .string(locale.money($0)) })
        try addAnswerFields(&fields)
        return (.object(fields), total)
    }

    private func debtorFields() -> [String: MergeValue] {
        let debtor = detail.debtor
        let address = debtor.address
        var lines = address.lines.filter { !$0.isEmpty }
        if ["GB", "IE"].contains(address.country.code) {
            lines += [address.city, address.postalCode].filter { !$0.isEmpty }
        } else {
            lines.append([address.postalCode, address.city].filter { !$0.isEmpty }.joined(separator: " "))
        }
        lines.append(address.country.englishName.uppercased())
        var fields: [String: MergeValue] = ["name": .string(debtor.name), "address_lines": .list(lines.map(MergeValue.string))]
        if let vat = debtor.vatId, !vat.isEmpty { fields["vat_id"] = .string(vat) }
        return fields
    }

    private func claimFields(_ claim: Claim) -> MergeValue {
        .object([
            "invoice": .string(claim.invoiceNumber), "issued_on": .string(locale.shortDate(claim.issuedOn)),
            "due_on": .string(locale.shortDate(claim.dueOn)), "amount": .string(locale.money(claim.amount)),
            "outstanding": .string(locale.money(claim.outstanding)), "days_overdue": .string(String(claim.daysOverdue(asOf: letterDate))),
        ])
    }

    private func claimsTable(_ claims: [Claim]) -> String {
        let headings = locale.vocabulary.claims
        return TextTable(
            headings: [headings.invoice, headings.issued, headings.due, headings.amount, headings.outstanding, headings.daysOverdue],
            rightAligned: [3, 4, 5],
            rows: claims.map {
                [$0.invoiceNumber, locale.shortDate($0.issuedOn), locale.shortDate($0.dueOn), locale.money($0.amount),
                 locale.money($0.outstanding), String($0.daysOverdue(asOf: letterDate))]
            }).render()
    }

    private func paymentFields() throws(RecourseError) -> [String: MergeValue] {
        let reference: CreditorReference
        do {
            reference = try CreditorReference(caseReference: detail.collectionCase.reference)
        } catch {
            throw .invalid(error)
        }
        let iban = (try? IBAN(agency.iban).printed) ?? agency.iban
        return [
            "beneficiary": .string(agency.beneficiary), "iban": .string(iban), "bic": .string(agency.bic),
            "rf_reference": .string(reference.printed),
        ]
    }

    private func interestFields(_ interest: LetterInterest) -> [String: MergeValue] {
        let headings = locale.vocabulary.interest
        let table = TextTable(
            headings: [headings.invoice, headings.from, headings.through, headings.days, headings.rate, headings.interest],
            rightAligned: [3, 4, 5],
            rows: interest.rows.map {
                [$0.invoice, locale.shortDate($0.from), locale.shortDate($0.through), String($0.days),
                 locale.rate(basisPoints: $0.rateBasisPoints), locale.money($0.interest)]
            }).render()
        return [
            "law": .string(interest.law), "rate_basis": .string(locale.vocabulary.rateBasis[interest.jurisdiction] ?? ""),
            "as_of": .string(locale.date(interest.asOf)),
            "amounts": .list(interest.interest.nonZero.map { .string(locale.money($0)) }),
            "compensation": .list(interest.compensation.nonZero.map { .string(locale.money($0)) }),
            "compensation_basis": .string(locale.vocabulary.compensationBasis[interest.jurisdiction] ?? ""),
            "table": .string(table),
        ]
    }

    /// Promise and plan fields, required by the levels that answer them.
    private func addAnswerFields(_ fields: inout [String: MergeValue]) throws(RecourseError) {
        let reference = detail.collectionCase.reference
        let promise: Promise?
        switch level {
        case .promiseConfirmation:
            guard let active = detail.activePromise?.promise else { throw .conflict("\(reference) has no promise to pay in force to confirm") }
            promise = active
        case .brokenPromise:
            guard let last = detail.promises.first, case .broken = last.promise.status(paidTowards: last.paid, asOf: letterDate) else {
                throw .conflict("\(reference) has no broken promise to write about")
            }
            promise = last.promise
        default:
            // A ladder letter mentions a promise only while it is still running.
            promise = detail.activePromise.flatMap { progress in
                if case .pending = progress.promise.status(paidTowards: progress.paid, asOf: letterDate) { return progress.promise }
                return nil
            }
        }
        if let promise {
            fields["promise"] = .object([
                "amount": .string(locale.money(promise.amount)), "due_on": .string(locale.date(promise.dueOn)),
                "made_on": .string(locale.date(promise.madeOn)),
            ])
        }
        guard let plan = detail.activePlan else {
            if level == .planConfirmation { throw .conflict("\(reference) has no payment plan in force to confirm") }
            return
        }
        let total = MoneyBag(plan.instalments.map(\.amount))
        fields["plan"] = .object([
            "instalments": .list(plan.instalments.enumerated().map { index, instalment in
                .object(["number": .string(String(index + 1)), "due_on": .string(locale.date(instalment.dueOn)),
                         "amount": .string(locale.money(instalment.amount))])
            }),
            "total": .string(total.nonZero.map(locale.money).joined(separator: " + ")),
        ])
    }
}
