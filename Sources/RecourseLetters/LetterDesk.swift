import Foundation
import RecourseCore

/// The letters use case: draft from a case, re-render, submit, approve or reject (four eyes), cancel,
/// and export the approved ones to the outbox. The console and the command line both go through it.
public struct LetterDesk {
    /// Computes the statutory interest a letter shows for a case's demanded claims as of a day.
    public typealias InterestSource = (CaseDetail, [Claim], LocalDate) throws -> LetterInterest?

    private let store: any LetterStoring & CaseReading & AgencyProfileStoring
    private let templates: LetterTemplates
    private let interest: InterestSource
    private let policy: LetterPolicy
    private let clock: any Clock
    private let session: Session
    private let locales = LocaleCache()

    /// A desk over a repository for a session.
    public init(
        store: any LetterStoring & CaseReading & AgencyProfileStoring, templates: LetterTemplates, interest: @escaping InterestSource,
        policy: LetterPolicy = .standard, clock: any Clock, session: Session
    ) {
        self.store = store
        self.templates = templates
        self.interest = interest
        self.policy = policy
        self.clock = clock
        self.session = session
    }

    /// The case, or a refusal naming the reference.
    public func caseDetail(reference: String) throws -> CaseDetail {
        guard let detail = try store.caseDetail(reference: reference, asOf: clock.today) else { throw RecourseError.unknownCase(reference) }
        return detail
    }

    /// The case's open balance with statutory interest and compensation to today, from the desk's
    /// interest source (the default amount of an insolvency claim).
    public func balanceWithInterest(_ detail: CaseDetail) throws -> BalanceWithInterest {
        try BalanceWithInterest.compute(detail, asOf: clock.today, interest: interest)
    }

    /// The level to suggest for a case's next letter.
    public func suggestedLevel(for detail: CaseDetail) -> LetterLevel {
        LetterLadder.suggestedLevel(for: detail, asOf: clock.today)
    }

    /// Renders and stores a new draft of `level` for a case.
    public func draft(reference: String, level: LetterLevel) throws -> Letter {
        let detail = try caseDetail(reference: reference)
        return try store.insertDraft(try render(detail, level: level), actor: session.user, at: clock.now)
    }

    /// Renders a letter again from the case as it is now (clears staleness; a rejected letter becomes a draft).
    public func rerender(letterId: Int64) throws -> Letter {
        let view = try letter(id: letterId)
        if let refusal = LetterRules.refusalToRerender(view.letter, by: session.user) { throw RecourseError.notPermitted(refusal) }
        let detail = try caseDetail(reference: view.letter.caseReference)
        return try store.rerender(letterId: letterId, with: try render(detail, level: view.letter.level), actor: session.user, at: clock.now)
    }

    /// Puts a draft (or reworked rejection) forward for approval.
    public func submit(letterId: Int64) throws -> Letter {
        try store.transition(letterId: letterId, .submit, actor: session.user, at: clock.now)
    }

    /// Approves a submitted letter (a supervisor who did not draft it; refused when stale).
    public func approve(letterId: Int64) throws -> Letter {
        try store.transition(letterId: letterId, .approve, actor: session.user, at: clock.now)
    }

    /// Rejects a submitted letter with a reason for the drafter.
    public func reject(letterId: Int64, reason: String) throws -> Letter {
        try store.transition(letterId: letterId, .reject(reason: reason), actor: session.user, at: clock.now)
    }

    /// Withdraws a letter that has not gone out.
    public func cancel(letterId: Int64, reason: String) throws -> Letter {
        try store.transition(letterId: letterId, .cancel(reason: reason), actor: session.user, at: clock.now)
    }

    /// One letter with its changes since rendering.
    public func letter(id: Int64) throws -> LetterView {
        guard let view = try store.letter(id: id) else { throw RecourseError.conflict("no letter \(id) (`recourse letters list` shows them)") }
        return view
    }

    /// Letters matching a filter.
    public func letters(_ filter: LetterFilter) throws -> [LetterView] {
        try store.letters(filter)
    }

    /// What the user works on: a supervisor sees every letter waiting for approval and their own
    /// letters in progress; a caseworker sees their own drafts, submissions, approvals and rejections.
    public func worklist() throws -> [LetterView] {
        let mine = try store.letters(LetterFilter(states: [.draft, .submitted, .approved, .rejected], draftedBy: session.user.login))
        guard session.user.role.canSupervise else { return mine }
        let waiting = try store.letters(LetterFilter(states: [.submitted]))
        let ids = Set(waiting.map(\.id))
        return waiting + mine.filter { !ids.contains($0.id) }
    }

    /// Writes every approved letter to the outbox as a new batch and marks them sent.
    public func export(to outbox: URL) throws -> OutboxBatch {
        let writer = OutboxWriter(directory: outbox, at: clock.now)
        var batch: OutboxBatch?
        let sent: [Letter]
        do {
            sent = try store.sendApproved(actor: session.user, at: clock.now) { letters in
                let written = try writer.write(letters)
                batch = written
                return written.files
            }
        } catch {
            // The letters stay approved; take the batch back out so the outbox holds only sent letters.
            if let directory = batch?.directory { try? FileManager.default.removeItem(at: directory) }
            throw error
        }
        guard var result = batch else { return OutboxBatch(directory: nil, manifest: nil, files: [:], letters: []) }
        result.letters = sent
        return result
    }

    /// Renders a level for a case in the debtor's language (English when no template exists for it).
    public func render(_ detail: CaseDetail, level: LetterLevel) throws -> RenderedLetter {
        guard let agency = try store.agencyProfile() else {
            throw RecourseError.conflict("the agency's letterhead and bank account are not set; an admin sets them with `recourse agency set`")
        }
        guard let language = templates.language(for: detail.debtor.language.language, level: level) else {
            throw RecourseError.conflict("no template for \(level.rawValue) letters, not even in English")
        }
        let today = clock.today
        let claims = MergeDataBuilder.demandedClaims(detail)
        let builder = MergeDataBuilder(
            detail: detail, level: level, agency: agency, caseworker: session.user, interest: try interest(detail, claims, today),
            letterDate: today, payBy: today.addingBusinessDays(policy.payByBusinessDays), locale: locales.locale(for: language))
        let (data, total) = try builder.build()
        guard let body = templates.render(language: language, level: level, data: data) else {
            throw RecourseError.conflict("the \(language)/\(level.rawValue) template could not be rendered")
        }
        let formatter = MoneyFormatter(conventions: .pointDecimal)
        return RenderedLetter(
            caseId: detail.collectionCase.id, level: level, language: language, body: body,
            mergeData: data.json, basis: LetterBasis(detail: detail),
            totalDue: Self.claimCurrenciesFirst(total.nonZero, claims: claims).map(formatter.string).joined(separator: " + "))
    }
}

extension LetterDesk {
    /// Amounts with the claims' own currencies first (`PLN 1,200.00 + EUR 40.00`, not the other way round).
    static func claimCurrenciesFirst(_ amounts: [Money], claims: [Claim]) -> [Money] {
        let own = Set(claims.map(\.outstanding.currency.code))
        return amounts.sorted { ($0.currency.code).isLess(than: $1.currency.code, preferring: own) }
    }
}

private extension String {
    func isLess(than other: String, preferring preferred: Set<String>) -> Bool {
        let mine = preferred.contains(self), theirs = preferred.contains(other)
        return mine == theirs ? self < other : mine
    }
}

/// Date formatters are costly to make; a desk keeps one locale per language it has written in.
/// Not shared between threads: each desk (and each worker of a ladder run) has its own.
final class LocaleCache {
    private var locales: [String: LetterLocale] = [:]

    /// The locale for a language code, made on first use.
    func locale(for code: String) -> LetterLocale {
        if let cached = locales[code] { return cached }
        let locale = LetterLocale(code: code)
        locales[code] = locale
        return locale
    }
}
